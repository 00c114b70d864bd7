/*
 * The rows a values tracker (a mean: minutes per case, revenue per lead) has where a share
 * tracker has its own: which way is better, the target mean, the planned sample in native
 * formulas (no AIVALUE function sizes a test of means), and what one unit of the metric is worth.
 */
import { calc } from "../../sheet/builder";
import { DIRECTIONS, VALUES_EXAMPLE } from "./data";
import { WEEK, type TrackerSheet } from "./sheet";

/** Which way is better, and the target mean the contract promises. */
export function valuesMetricRows(t: TrackerSheet): void {
  const b = t.b;
  const better = t.input("Better", "Better when the mean is", t.pick("Lower"), "text", "", "Lower for minutes or cost per case, Higher for revenue per lead.");
  b.dropdown(WEEK.starts.at(better), "Better when", DIRECTIONS, "Higher or Lower.");
  // The test, the boundary and the money all read improvement as positive, whichever way is better.
  t.row("Direction", "Sign of an improvement", calc('=IF(Better="Lower",-1,IF(Better="Higher",1,""))', "integer"), "+1 or −1");
  t.input("TargetMean", "Target mean", t.pick(VALUES_EXAMPLE.targetMean), "decimal", "metric units", "The mean the contract promises. The sample the rule plans for is the one that can see a change to it.");
}

/** The fixed-sample cases per group, natively: ⌈2·σ²·(z_a + z_b)² / (target − baseline)²⌉ with σ the baseline's standard deviation. */
export function valuesFixedTrials(t: TrackerSheet): void {
  t.row("ZAlpha", "z the test must reach, one look", calc("=NORMSINV(1-Alpha/Tails)", "decimal"), "z");
  t.row("ZBeta", "z for the power", calc("=NORMSINV(Power)", "decimal"), "z");
  t.row(
    "FixedTrials",
    "Cases per group, one look",
    calc('=IF(AND(ISNUMBER(BaselineVariance),ISNUMBER(TargetMean),N(BaselineMean)<>N(TargetMean)),ROUNDUP(2*BaselineVariance*(ZAlpha+ZBeta)^2/(TargetMean-BaselineMean)^2,0),NA())', "integer"),
    "cases",
    "The two-sample test of means: twice the baseline's variance × (z for alpha + z for power)² ÷ the promised change².",
  );
}

/** What one unit of improvement in one case is worth: e.g. a minute saved × the cost of a minute × the share that is value. */
export function valuesMoneySection(t: TrackerSheet): void {
  const b = t.b;
  const ex = t.options.example ? VALUES_EXAMPLE : undefined;
  b.section("3. What the delta is worth");
  t.input("UnitValue", "Value of one unit in one case", ex?.unitValue, "currency", "currency", "What one unit of the metric is worth in one case: the loaded cost of a minute, or a dollar of revenue.");
  const margin = t.input("ContributionMargin", "Contribution margin", ex?.contributionMargin, "percent", "share", "Share of that which is value: 100% for a cost saved, the contribution margin for revenue.");
  b.validate({ ref: WEEK.starts.at(margin), decimal: { min: 0, max: 1 }, prompt: "A share between 0% and 100%." });
  t.row("ValuePerUnit", "Value of one unit of improvement", calc("=UnitValue*ContributionMargin", "currency"), "currency", "Each week: improvement against the reference mean × the week's cases × this.");
  b.skip();
}
