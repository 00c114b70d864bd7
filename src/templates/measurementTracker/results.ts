/* Where the weeks stand, the money by month that a contract's actuals read, and the check block. */
import { calc, header } from "../../sheet/builder";
import { checkBlock, type Check } from "../common";
import { MONEY_MONTHS } from "./data";
import { TRACKER_NAMES as T } from "./names";
import { WEEK, type TrackerSheet } from "./sheet";

/** The weeks so far, the latest look and the first crossing either way, which the stop rule at the top reads. */
export function resultSection(t: TrackerSheet): void {
  const b = t.b;
  b.section("6. Where the test stands");
  t.row("WeeksObserved", "Weeks observed", calc("=COUNT(WeekTrials)", "integer"), "weeks", "Fill weeks in order from week 1.");
  t.row("TrialsSoFar", "Trials so far", calc("=SUM(WeekTrials)", "integer"), "trials");
  t.row("RiseWeek", "Rise crossed the boundary in week", calc('=IFERROR(MATCH(1,WeekCrossed,0),"")', "integer"), "week", "Blank until it does; the test ends there.");
  t.row("FallWeek", "Fall crossed the boundary in week", calc('=IFERROR(MATCH(-1,WeekCrossed,0),"")', "integer"), "week", "Two-sided only.");
  t.row("LatestZ", "z at the latest week", calc('=IF(WeeksObserved>0,INDEX(WeekZ,WeeksObserved),"")', "decimal"), "z");
  t.row("LatestP", "SIGNIFICANCE at the latest week", calc('=IF(WeeksObserved>0,INDEX(WeekPValues,WeeksObserved),"")', "pValue"), "p-value", "The p-value of one test: against 0.05 every week it would signal far more often than 5% of the time. The boundary above is what the rule uses.");
  t.row("LatestPNative", "The same from z, without the add-in", calc('=IF(ISNUMBER(LatestZ),Tails*(1-NORMDIST(IF(Tails=1,LatestZ,ABS(LatestZ)),0,1,TRUE)),"")', "pValue"), "p-value", "Cross-check of the line above.");
  t.input("Tolerance", "Agreement tolerance", 1e-9, "number", "p-value", "How closely the native p-value must match AIVALUE.SIGNIFICANCE.");
  b.skip();
}

/** Value by calendar month, for the value contract's actuals to read (TrackerMonths, TrackerMonthlyValue). */
export function monthsSection(t: TrackerSheet): void {
  const b = t.b;
  b.section("7. Value by month");
  const head = b.line([header("Month"), header("Value"), header("Unit")]);
  b.put(head, WEEK.trials.index, [{ v: "Each week's value counted in the month the week starts in; blank for a month without observations, so a contract never reads a missing month as 0.", s: "guide" }]);
  b.merge(`${WEEK.trials.at(head)}:${WEEK.delta.at(head)}`);
  const first = b.row;
  for (let i = 0; i < MONEY_MONTHS; i++) {
    const r = b.row;
    const month = WEEK.week.at(r);
    const prev = WEEK.week.at(r - 1);
    b.line([
      calc(i === 0 ? '=IF(ISNUMBER(GoLive),DATE(YEAR(GoLive),MONTH(GoLive),1),"")' : `=IF(ISNUMBER(${prev}),EDATE(${prev},1),"")`, "date"),
      calc(`=IF(ISNUMBER(${month}),IF(COUNTIFS(WeekMonths,${month},WeekTrials,">0")>0,SUMIFS(WeekValue,WeekMonths,${month}),""),"")`, "currency"),
      { v: "currency", s: "unit" },
    ]);
  }
  const last = b.row - 1;
  b.name(T.Months, WEEK.week.range(first, last, true));
  b.name(T.MonthlyValue, WEEK.starts.range(first, last, true));
  t.row("ValueSoFar", "Value so far", calc(`=SUM(${T.MonthlyValue})`, "currency"), "currency", "Every observed week's value.");
  t.row("WeekValueTotal", "The same from the weeks", calc("=SUM(WeekValue)", "currency"), "currency");
  b.skip();
}

export function checksSection(t: TrackerSheet, masterRow: number): void {
  const within = (s: string, n: string) => `SUMPRODUCT((${s}>${n})*1)`;
  const checks: Check[] = [
    { label: "Metric named", formula: "=IF(LEN(TRIM(MetricName))=0,1,0)", advice: "Name the metric in section 1." },
    { label: "Go-live date given", formula: "=IF(ISNUMBER(GoLive),0,1)", advice: "Enter the first day of week 1." },
    { label: "Target above the baseline", formula: "=IF(AND(ISNUMBER(TargetRate),ISNUMBER(BaselineRate)),IF(AND(TargetRate>BaselineRate,TargetRate<1),0,1),1)", advice: "The target rate must sit above the baseline mean and below 100%." },
    { label: "Stop rule within the planned looks", formula: "=IF(AND(ISNUMBER(StopWeeks),StopWeeks>=1,StopWeeks<=Looks),0,1)", advice: "N weeks from 1 to the planned looks." },
    { label: "Baseline covers three months", formula: '=IF(COUNT(BaselineTrialCounts)>=IF(BaselinePeriods="Months",3,ROWS(BaselineTrialCounts)),0,1)', advice: "Give the last 13 weeks, or the last 3 months, before go-live." },
    {
      label: "Successes within trials",
      formula: `=IF(${within("BaselineSuccessCounts", "BaselineTrialCounts")}+${within("WeekSuccesses", "WeekTrials")}=0,0,1)`,
      advice: "No period can have more successes than trials.",
    },
    { label: "Control group filled when compared with", formula: '=IF(CompareWith="Control group",IF(COUNT(WeekControlTrials)=WeeksObserved,0,1),0)', advice: "Fill the control columns for every observed week, or compare with the baseline." },
    { label: "Baseline large enough to plan", formula: "=IF(ISNUMBER(NeededTrials),0,1)", advice: "The baseline needs at least half the trials per group: add baseline periods or compare with a control group." },
    { label: "Value inputs given", formula: "=IF(AND(ISNUMBER(WinRate),ISNUMBER(DealSize),ISNUMBER(ContributionMargin)),0,1)", advice: "Enter the win rate, deal size and contribution margin in section 3." },
    { label: "Native p-value agrees with SIGNIFICANCE", formula: '=IF(ISNUMBER(LatestP),IF(ABS(LatestP-LatestPNative)<=Tolerance,0,1),0)', advice: "The native cross-check and AIVALUE.SIGNIFICANCE must agree." },
    { label: "Money table holds every week", formula: "=IF(ABS(ValueSoFar-WeekValueTotal)<=Tolerance*MAX(1,ABS(WeekValueTotal)),0,1)", advice: "A week falls outside the months of the money table." },
  ];
  const top = t.b.row;
  const master = checkBlock(t.b, checks);
  // The advice beside each check, and the master check's, spread across the columns beside it.
  for (let r = top + 1; r < t.b.row; r++) t.b.merge(`${WEEK.trials.at(r)}:${WEEK.delta.at(r)}`);
  t.b.put(masterRow, WEEK.starts.index, [{ f: `=${master}`, s: "master" }]);
}
