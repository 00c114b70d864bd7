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
  const { trials, rise } = t.words;
  t.row("TrialsSoFar", `${trials[0].toUpperCase()}${trials.slice(1)} so far`, calc("=SUM(WeekTrials)", "integer"), trials);
  t.row("RiseWeek", `${rise[0].toUpperCase()}${rise.slice(1)} crossed the boundary in week`, calc('=IFERROR(MATCH(1,WeekCrossed,0),"")', "integer"), "week", "Blank until it does; the test ends there.");
  t.row("FallWeek", t.kind === "share" ? "Fall crossed the boundary in week" : "Worsening crossed the boundary in week", calc('=IFERROR(MATCH(-1,WeekCrossed,0),"")', "integer"), "week", "Two-sided only.");
  t.row("LatestZ", "z at the latest week", calc('=IF(WeeksObserved>0,INDEX(WeekZ,WeeksObserved),"")', "decimal"), "z");
  if (t.kind === "values") {
    // No AIVALUE function tests means: the weekly p-value is already native, so there is nothing to cross-check.
    t.row("LatestP", "p-value at the latest week", calc('=IF(WeeksObserved>0,INDEX(WeekPValues,WeeksObserved),"")', "pValue"), "p-value", "The p-value of one test: against 0.05 every week it would signal far more often than 5% of the time. The boundary above is what the rule uses.");
    t.input("Tolerance", "Agreement tolerance", 1e-9, "number", "ratio", "How closely the money table must match the weeks, relative to their total.");
    b.skip();
    return;
  }
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

/** A kind's own checks, where they stand among the common ones: its target, its inputs' consistency, the rest. */
interface KindChecks {
  target: Check;
  complete: Check;
  tail: Check[];
}

/** The checks only a share tracker has: its target, successes within trials, its value inputs and the SIGNIFICANCE cross-check. */
function shareChecks(): KindChecks {
  const within = (s: string, n: string) => `SUMPRODUCT((${s}>${n})*1)`;
  return {
    target: { label: "Target above the baseline", formula: "=IF(AND(ISNUMBER(TargetRate),ISNUMBER(BaselineRate)),IF(AND(TargetRate>BaselineRate,TargetRate<1),0,1),1)", advice: "The target rate must sit above the baseline mean and below 100%." },
    complete: {
      label: "Successes within trials",
      formula: `=IF(${within("BaselineSuccessCounts", "BaselineTrialCounts")}+${within("WeekSuccesses", "WeekTrials")}=0,0,1)`,
      advice: "No period can have more successes than trials.",
    },
    tail: [
      { label: "Value inputs given", formula: "=IF(AND(ISNUMBER(WinRate),ISNUMBER(DealSize),ISNUMBER(ContributionMargin)),0,1)", advice: "Enter the win rate, deal size and contribution margin in section 3." },
    { label: "Native p-value agrees with SIGNIFICANCE", formula: '=IF(ISNUMBER(LatestP),IF(ABS(LatestP-LatestPNative)<=Tolerance,0,1),0)', advice: "The native cross-check and AIVALUE.SIGNIFICANCE must agree." },
    ],
  };
}

/** The checks only a values tracker has: its direction and target, a mean and a spread for every period, and its value inputs. */
function valuesChecks(): KindChecks {
  const complete = (counts: string, means: string, sds: string) => `AND(COUNT(${means})=COUNT(${counts}),COUNT(${sds})=COUNT(${counts}))`;
  return {
    target: { label: "Target better than the baseline", formula: "=IF(AND(ISNUMBER(TargetMean),ISNUMBER(BaselineMean),ISNUMBER(Direction)),IF(Direction*(TargetMean-BaselineMean)>0,0,1),1)", advice: "Say which way is better, and give a target mean better than the baseline mean." },
    complete: {
      label: "Every period has its mean and spread",
      formula: `=IF(AND(${complete("BaselineCounts", "BaselineMeans", "BaselineSDs")},${complete("WeekTrials", "WeekMeans", "WeekSDs")}),0,1)`,
      advice: "Each row with cases needs its mean and standard deviation.",
    },
    tail: [{ label: "Value inputs given", formula: "=IF(AND(ISNUMBER(UnitValue),ISNUMBER(ContributionMargin)),0,1)", advice: "Enter the value of one unit and the margin in section 3." }],
  };
}

export function checksSection(t: TrackerSheet, masterRow: number): void {
  const values = t.kind === "values";
  const counts = values ? "BaselineCounts" : "BaselineTrialCounts";
  const own = values ? valuesChecks() : shareChecks();
  const checks: Check[] = [
    { label: "Metric named", formula: "=IF(LEN(TRIM(MetricName))=0,1,0)", advice: "Name the metric in section 1." },
    { label: "Go-live date given", formula: "=IF(ISNUMBER(GoLive),0,1)", advice: "Enter the first day of week 1." },
    own.target,
    { label: "Stop rule within the planned looks", formula: "=IF(AND(ISNUMBER(StopWeeks),StopWeeks>=1,StopWeeks<=Looks),0,1)", advice: "N weeks from 1 to the planned looks." },
    { label: "Baseline covers three months", formula: `=IF(COUNT(${counts})>=IF(BaselinePeriods="Months",3,ROWS(${counts})),0,1)`, advice: "Give the last 13 weeks, or the last 3 months, before go-live." },
    own.complete,
    { label: "Control group filled when compared with", formula: '=IF(CompareWith="Control group",IF(COUNT(WeekControlTrials)=WeeksObserved,0,1),0)', advice: "Fill the control columns for every observed week, or compare with the baseline." },
    { label: "Baseline large enough to plan", formula: "=IF(ISNUMBER(NeededTrials),0,1)", advice: `The baseline needs at least half the ${t.words.trials} per group: add baseline periods or compare with a control group.` },
    ...own.tail,
    { label: "Money table holds every week", formula: "=IF(ABS(ValueSoFar-WeekValueTotal)<=Tolerance*MAX(1,ABS(WeekValueTotal)),0,1)", advice: "A week falls outside the months of the money table." },
  ];
  const top = t.b.row;
  const master = checkBlock(t.b, checks);
  // The advice beside each check, and the master check's, spread across the columns beside it.
  for (let r = top + 1; r < t.b.row; r++) t.b.merge(`${WEEK.trials.at(r)}:${WEEK.delta.at(r)}`);
  t.b.put(masterRow, WEEK.starts.index, [{ f: `=${master}`, s: "master" }]);
}
