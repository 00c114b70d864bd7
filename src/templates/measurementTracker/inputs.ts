/* The tracker's top: what is measured, the sequential design fixed at insertion, the sample it plans for, and what a success is worth. */
import { calc, label, output } from "../../sheet/builder";
import { COMPARE_WITH, DESIGN, EXAMPLE, VALUES_EXAMPLE } from "./data";
import { TRACKER_NAMES as T } from "./names";
import { WEEK, type TrackerSheet } from "./sheet";
import { valuesFixedTrials, valuesMetricRows, valuesMoneySection } from "./valuesInputs";

/** The sequential design in one plain sentence, for the sheet and the help, at the design's false-signal rate. */
export function designSentence(alpha: number): string {
  return `The rule looks every week but keeps its ${+(alpha * 100).toPrecision(6)}% false-signal rate, because it uses an O'Brien–Fleming boundary: a high bar in the first weeks that falls to just above the usual one by the last planned look.`;
}
export const DESIGN_SENTENCE = designSentence(DESIGN.alpha);

/** Title, subtitle and the rows the result and the master check are shown on; returns the master check's row. */
export function titleRows(t: TrackerSheet): number {
  const b = t.b;
  const { trials, rise } = t.words;
  b.line([{ f: '="Measurement tracker — "&IF(LEN(MetricName)=0,"(metric not named)",MetricName)', s: "title" }]);
  b.line([{ v: "One metric the contract's outcome names, measured week by week against its baseline. Fill the blue-on-yellow cells.", s: "subtitle" }]);
  const masterRow = b.line([label("Master check")]);
  t.row(T.Rule, "Stop rule", output('=IF(AND(ISNUMBER(RiseWeek),OR(N(FallWeek)=0,RiseWeek<FallWeek)),"SIGNAL",IF(OR(ISNUMBER(FallWeek),AND(WeeksObserved>=StopWeeks,OR(WeeksObserved>=Looks,IF(ISNUMBER(NeededTrials),TrialsSoFar>=NeededTrials,FALSE)))),"STOP","MEASURING"))'), "", `SIGNAL: the ${rise} crossed the sequential boundary first. STOP: ${t.words.fall} crossed it first, or N weeks passed without a signal once the planned ${trials} (or looks) were in. MEASURING: not yet.`);
  const status = t.row(
    "TrackerStatus",
    "In words",
    output(
      `=IF(TrackerRule="SIGNAL","signal at week "&RiseWeek&": the ${rise} crossed the sequential boundary",IF(ISNUMBER(FallWeek),"stop: the metric ${t.kind === "share" ? "fell" : "got worse"} significantly at week "&FallWeek,IF(TrackerRule="STOP","stop: no significant movement after "&WeeksObserved&" weeks and "&TrialsSoFar&" ${trials}",IF(ISNUMBER(NeededTrials),"not enough data yet: "&TrialsSoFar&" of "&NeededTrials&" ${trials}","not enough data yet: no sample is planned until the baseline (at least half the ${trials} per group) and the target are in"))))`,
    ),
    "",
  );
  b.merge(`${WEEK.starts.at(status)}:${WEEK.delta.at(status)}`);
  b.skip();
  return masterRow;
}

/** The metric, its go-live and what it is compared with. */
export function metricSection(t: TrackerSheet): void {
  const b = t.b;
  b.section("1. The metric");
  const text = (name: string, caption: string, v: string | undefined, guidance: string) => {
    const r = t.input(name, caption, v, "text", "", guidance);
    b.merge(`${WEEK.starts.at(r)}:${WEEK.successes.at(r)}`);
  };
  const values = t.kind === "values";
  const example = values ? VALUES_EXAMPLE : EXAMPLE;
  const kindText = values ? "as a mean of values: each week's cases, their mean and standard deviation (minutes per case)" : "as a share: successes out of trials (opportunities out of leads)";
  text("MetricName", "Metric", t.pick(example.metric), `A business metric finance already tracks, ${kindText}.`);
  text("ContractName", "For value contract", t.pick(example.contract), "The contract whose outcome clause names this metric.");
  const goLive = t.input("GoLive", "Go-live date", t.pick(example.goLive), "date", "date", "The first day of week 1: weeks start every 7 days from here.");
  b.validate({ ref: WEEK.starts.at(goLive), date: true, prompt: "The day the intervention went live." });
  t.constant("DaysPerWeek", "Days in a week", 7, "integer", "days");
  const compare = t.input("CompareWith", "Compare with", t.options.trackerControl ? "Control group" : "Baseline", "text", "", "Baseline: the periods before go-live. Control group: a group that kept the old way over the same weeks (fill its columns in the weekly table).");
  b.dropdown(WEEK.starts.at(compare), "Compare with", COMPARE_WITH, "The baseline before go-live, or a control group over the same weeks.");
  if (values) valuesMetricRows(t);
  else {
    const target = t.input("TargetRate", "Target rate", t.pick(EXAMPLE.targetRate), "percent", "share", "The rate the contract promises. The sample the rule plans for is the one that can see a rise to it.");
    b.validate({ ref: WEEK.starts.at(target), decimal: { min: 0, max: 1 }, prompt: "A share between 0% and 100%, above the baseline." });
  }
  const tails = t.input("Tails", "Tails", t.options.trackerTails ?? 2, "integer", "1 or 2", `2 tests for a change either way (a significant ${values ? "change the wrong way" : "fall"} says STOP); 1 tests only for ${values ? "an improvement" : "a rise"}.`);
  b.validate({ ref: WEEK.starts.at(tails), whole: { min: 1, max: 2 }, prompt: `1: ${values ? "an improvement" : "a rise"} only; 2: a change either way.` });
  const stop = t.input("StopWeeks", "Stop rule: N weeks", 6, "integer", "weeks", `If nothing moves in N weeks, stop: after N weeks without a signal, once the planned ${t.words.trials} are in, the rule says STOP.`);
  b.validate({ ref: WEEK.starts.at(stop), whole: { min: 1, max: t.design.looks }, prompt: `Whole weeks, 1 to ${t.design.looks} (the planned looks).` });
  b.skip();
}

/** The design's constants, computed when the tracker was inserted, and the sample size it plans for. */
export function designSection(t: TrackerSheet): void {
  const b = t.b;
  const d = t.design;
  b.section("2. The sequential design and the sample it needs");
  const { trials } = t.words;
  t.constant("Alpha", "False-signal rate (alpha)", d.alpha, "percent", "share", designSentence(d.alpha));
  t.constant("Power", "Power", d.power, "percent", "share", `The chance the rule signals by the last look if the target ${t.kind === "share" ? "rate" : "mean"} is true.`);
  t.constant("Looks", "Planned weekly looks", d.looks, "integer", "looks", "Chosen when the tracker was inserted; the boundary is computed for them. Insert a new tracker for another number.");
  t.constant("BoundaryOneSided", "Boundary constant, one-sided", d.constant[0], "number", "z", "O'Brien–Fleming's constant c for these looks (exact, by recursive integration): week k signals when z ≥ c·√(looks / k).");
  t.constant("BoundaryTwoSided", "Boundary constant, two-sided", d.constant[1], "number", "z");
  t.constant("InflationOneSided", "Sample inflation, one-sided", d.inflation[0], "number", "× fixed sample", `How many more ${trials} than a single end-of-test look the boundary needs to keep the power.`);
  t.constant("InflationTwoSided", "Sample inflation, two-sided", d.inflation[1], "number", "× fixed sample");
  t.row("BoundaryConstant", "Boundary constant used", calc("=IF(Tails=1,BoundaryOneSided,BoundaryTwoSided)", "number"), "z");
  t.row("Inflation", "Sample inflation used", calc("=IF(Tails=1,InflationOneSided,InflationTwoSided)", "number"), "× fixed sample");
  const Trials = trials[0].toUpperCase() + trials.slice(1);
  if (t.kind === "values") valuesFixedTrials(t);
  else t.row("FixedTrials", "Trials per group, one look", output("=AIVALUE.SAMPLESIZE(BaselineRate,TargetRate,Alpha,Power,Tails)", "integer"), "trials", "SAMPLESIZE: what a single test at the end would need in each group.");
  t.row("SequentialTrials", `${Trials} per group, weekly looks`, calc("=ROUNDUP(FixedTrials*Inflation,0)", "integer"), trials, "The same, inflated for the weekly looks.");
  const baseline = t.kind === "values" ? "BaselineCount" : "BaselineTrials";
  t.row(
    "NeededTrials",
    `${Trials} the treated group needs`,
    output(`=IF(CompareWith="Control group",SequentialTrials,IF(1/SequentialTrials+1/SequentialTrials>1/${baseline},ROUNDUP(1/(1/SequentialTrials+1/SequentialTrials-1/${baseline}),0),NA()))`, "integer"),
    trials,
    `Against a baseline already in hand, the treated ${trials} that give as much information as two groups of the size above; #N/A when the baseline has fewer than half of it.`,
  );
  t.row("WeeklyTrialsPlanned", `${Trials} a week to finish in the planned looks`, calc("=ROUNDUP(NeededTrials/Looks,0)", "integer"), `${trials} / week`);
  b.skip();
}

/** What one extra success is worth: extra opportunities × win rate × deal size × contribution margin. */
export function moneySection(t: TrackerSheet): void {
  if (t.kind === "values") return valuesMoneySection(t);
  const b = t.b;
  b.section("3. What the delta is worth");
  const share = (name: string, caption: string, v: number | undefined, guidance: string) => {
    const r = t.input(name, caption, v, "percent", "share", guidance);
    b.validate({ ref: WEEK.starts.at(r), decimal: { min: 0, max: 1 }, prompt: "A share between 0% and 100%." });
  };
  share("WinRate", "Win rate of an extra success", t.pick(EXAMPLE.winRate), "The share of extra opportunities that become closed deals.");
  t.input("DealSize", "Deal size", t.pick(EXAMPLE.dealSize), "currency", "currency", "Average revenue of one deal.");
  share("ContributionMargin", "Contribution margin", t.pick(EXAMPLE.contributionMargin), "Share of that revenue left after the costs of serving it: revenue is not value. Use the contract's.");
  t.row("ValuePerSuccess", "Value of one extra success", calc("=WinRate*DealSize*ContributionMargin", "currency"), "currency", "Each week: (treated successes − reference rate × treated trials) × this.");
  b.skip();
}
