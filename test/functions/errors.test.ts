/*
 * Every error branch of the function contract: the Excel error code it gives and a
 * message that names the function and the argument at fault (read from `evaluate`, since
 * Excel itself shows the message of #VALUE! and #N/A only, as the last test proves).
 */
import * as f from "../../src/functions/library";
import { isCalcError } from "../../src/core/calcError";
import { LIBRARY } from "../../src/functions/library";
import { CODES_WITH_MESSAGES } from "../../src/functions/reference";
import { cell, column, excelError, OMITTED, row, type Range } from "../helpers/excel";

const n = cell;
const omitted = OMITTED;
const wf = (over: Partial<Record<"calls" | "inTok" | "outTok" | "inP" | "outP" | "sr" | "cs" | "cp", Range>>) =>
  f.WORKFLOWCOST.evaluate(
    over.calls ?? n(14),
    over.inTok ?? n(8000),
    over.outTok ?? n(500),
    over.inP ?? n(3),
    over.outP ?? n(15),
    over.sr ?? omitted,
    over.cs ?? omitted,
    over.cp ?? omitted,
  );

type Case = [string, () => unknown, string, RegExp];

const cases: Case[] = [
  ["WORKFLOWCOST negative tokens", () => wf({ inTok: n(-1) }), "#NUM!", /WORKFLOWCOST: input_tokens must be at least 0/],
  ["WORKFLOWCOST success_rate 0", () => wf({ sr: n(0) }), "#NUM!", /success_rate must be greater than 0, at most 1/],
  ["WORKFLOWCOST success_rate above 1", () => wf({ sr: n(1.2) }), "#NUM!", /success_rate/],
  ["WORKFLOWCOST cached_share above 1", () => wf({ cs: n(1.5) }), "#NUM!", /cached_share/],
  ["WORKFLOWCOST cached share without price", () => wf({ cs: n(0.4) }), "#VALUE!", /cached_price is required when cached_share > 0/],
  ["WORKFLOWCOST price as words", () => wf({ inP: n("three") }), "#VALUE!", /input_price must be a number, not text "three"/],
  ["WORKFLOWCOST price as boolean", () => wf({ outP: n(true) }), "#VALUE!", /output_price must be a number, not TRUE/],
  ["WORKFLOWCOST missing price", () => wf({ inP: n(null) }), "#VALUE!", /input_price is required/],
  ["WORKFLOWCOST blank price in a step", () => wf({ calls: column(1, 2), inP: column(3, null) }), "#VALUE!", /input_price \(item 2\) is blank/],
  ["WORKFLOWCOST steps of different lengths", () => wf({ calls: column(1, 2, 3), inP: column(3, 4) }), "#VALUE!", /calls_per_task has 3 steps but input_price has 2/],
  ["WORKFLOWCOST v2: every step blank", () => wf({ calls: column(null, null), inTok: column("", null), outTok: column(null, null), inP: column(null, null), outP: column(null, "") }), "#VALUE!", /no workflow step has values/],
  ["WORKFLOWCOST v2: a step half filled", () => wf({ calls: column(1, 2), outP: column(15, null) }), "#VALUE!", /output_price \(item 2\) is blank/],
  ["WORKFLOWCOST v2: blank cached price while cached_share > 0", () => wf({ cs: n(0.5), cp: n(null) }), "#VALUE!", /cached_price is required when cached_share > 0/],
  ["WORKFLOWCOST v2: cached price blank in a step that is cached", () => wf({ calls: column(1, 2), cs: n(0.5), cp: column(0.3, null) }), "#VALUE!", /cached_price \(item 2\) is blank/],
  ["WORKFLOWCOST a block, not a row or column", () => wf({ calls: [[1, 2], [3, 4]] }), "#VALUE!", /calls_per_task must be one row or one column/],
  ["WORKFLOWCOST a range for a scalar", () => wf({ sr: row(0.9, 0.8) }), "#VALUE!", /success_rate expects a single value/],
  ["SELFHOSTCOST zero hourly cost", () => f.SELFHOSTCOST.evaluate(n(0), n(2000), n(0.5)), "#NUM!", /hourly_cost must be greater than 0/],
  ["SELFHOSTCOST zero throughput", () => f.SELFHOSTCOST.evaluate(n(12), n(0), n(0.5)), "#NUM!", /tokens_per_second/],
  ["SELFHOSTCOST utilisation 0", () => f.SELFHOSTCOST.evaluate(n(12), n(2000), n(0)), "#NUM!", /utilisation/],
  ["SELFHOSTCOST utilisation missing", () => f.SELFHOSTCOST.evaluate(n(12), n(2000), n(null)), "#VALUE!", /utilisation is required/],
  ["SELFHOSTCOST negative fixed cost", () => f.SELFHOSTCOST.evaluate(n(12), n(2000), n(0.5), n(-1)), "#NUM!", /fixed_monthly_cost/],
  ["HOSTINGBREAKEVEN API no dearer than hosting", () => f.HOSTINGBREAKEVEN.evaluate(n(1), n(9000), n(2)), "#N/A", /self-hosting never breaks even: api_price/],
  ["HOSTINGBREAKEVEN negative fixed cost", () => f.HOSTINGBREAKEVEN.evaluate(n(3), n(-5)), "#NUM!", /monthly_fixed_cost/],
  [
    "HOSTINGBREAKEVEN v2: one deployment full first",
    () => f.HOSTINGBREAKEVEN.evaluate(n(3), n(9000), n(0.5), n(2000)),
    "#N/A",
    /HOSTINGBREAKEVEN: one deployment is full at 2,000 M tokens a month before self-hosting breaks even at 3,600 M/,
  ],
  ["HOSTINGBREAKEVEN v2: capacity 0", () => f.HOSTINGBREAKEVEN.evaluate(n(3), n(9000), n(0.5), n(0)), "#NUM!", /capacity must be greater than 0/],
  ["HOSTINGBREAKEVEN v2: capacity as text", () => f.HOSTINGBREAKEVEN.evaluate(n(3), n(9000), n(0.5), n("lots")), "#VALUE!", /capacity must be a number/],
  ["CAPTURED capture rate above 1", () => f.CAPTURED.evaluate(n(100), n(50), n(1.3)), "#NUM!", /capture_rate must be at least 0, at most 1/],
  ["CAPTURED capture rate left out", () => f.CAPTURED.evaluate(n(100), n(50), n(null)), "#VALUE!", /capture_rate is required/],
  ["CAPTURED ranges of different shapes", () => f.CAPTURED.evaluate(column(1, 2), column(1, 2, 3), n(0.5)), "#VALUE!", /hourly_cost is 3×1 but hours_released is 2×1/],
  ["AVOIDEDLOSS probability above 1", () => f.AVOIDEDLOSS.evaluate(n(1000), n(1.5), n(0.1)), "#NUM!", /probability_without/],
  ["AVOIDEDLOSS negative loss", () => f.AVOIDEDLOSS.evaluate(n(-1000), n(0.5), n(0.1)), "#NUM!", /loss_amount/],
  [
    "REALISED negative cost",
    () => f.REALISED.evaluate(n(1), n(0), n(0), n(0), n(0), n(-5), n(0)),
    "#NUM!",
    /lifecycle_cost must be at least 0 \(got -5\): enter costs as positive amounts; they are subtracted/,
  ],
  ["REALISED text in a benefit range", () => f.REALISED.evaluate(column(1, "n/a"), n(0), n(0), n(0), n(0), n(1), n(0)), "#VALUE!", /incremental_revenue/],
  ["ROI zero cost", () => f.ROI.evaluate(n(10), n(0)), "#DIV/0!", /ROI: cost is 0/],
  ["ROI v2: negative total cost", () => f.ROI.evaluate(n(10), n(-3)), "#NUM!", /ROI: the total cost is negative \(-3\): credits may reduce the cost, not exceed it/],
  ["ROI v2: credits that cancel the cost", () => f.ROI.evaluate(n(10), column(5, -5)), "#DIV/0!", /ROI: cost is 0/],
  ["COSTOFDELAY negative delay", () => f.COSTOFDELAY.evaluate(n(1000), n(-1)), "#NUM!", /delay_days/],
  ["BREAKEVEN never pays back", () => f.BREAKEVEN.evaluate(n(1000), n(100), n(50)), "#N/A", /BREAKEVEN: does not break even within 120 months/],
  ["BREAKEVEN v2: no upfront cost but a monthly loss", () => f.BREAKEVEN.evaluate(n(0), n(100), n(50)), "#N/A", /does not break even within 120 months/],
  ["BREAKEVEN horizon unlike the series", () => f.BREAKEVEN.evaluate(n(100), row(1, 2, 3), n(50), omitted, omitted, n(12)), "#VALUE!", /the horizon is the series length \(3 months\)/],
  ["BREAKEVEN ramp on a series", () => f.BREAKEVEN.evaluate(n(100), n(0), row(10, 20), n(3)), "#VALUE!", /ramp_months/],
  ["BREAKEVEN series of different lengths", () => f.BREAKEVEN.evaluate(n(100), row(1, 2, 3), row(10, 20)), "#VALUE!", /monthly_cost has 3 months but monthly_value has 2/],
  ["BREAKEVEN horizon 0", () => f.BREAKEVEN.evaluate(n(100), n(0), n(10), omitted, omitted, n(0)), "#NUM!", /horizon_months must be a whole number, at least 1, at most 1200/],
  ["BREAKEVEN horizon not whole", () => f.BREAKEVEN.evaluate(n(100), n(0), n(10), omitted, omitted, n(12.5)), "#NUM!", /horizon_months/],
  ["BREAKEVEN rate of -100%", () => f.BREAKEVEN.evaluate(n(100), n(0), n(10), omitted, n(-1)), "#NUM!", /annual_discount_rate must be greater than -1/],
  ["BREAKEVEN negative upfront", () => f.BREAKEVEN.evaluate(n(-100), n(0), n(10)), "#NUM!", /upfront_cost/],
  ["BREAKEVEN missing value", () => f.BREAKEVEN.evaluate(n(100), n(0), n(null)), "#VALUE!", /monthly_value is required/],
  ["PAYBACKCURVE months over 1200", () => f.PAYBACKCURVE.evaluate(n(100), n(0), n(10), omitted, omitted, n(1201)), "#NUM!", /PAYBACKCURVE: months/],
  ["PAYBACKCURVE ramp on a series", () => f.PAYBACKCURVE.evaluate(n(100), n(0), column(10, 20), n(2)), "#VALUE!", /ramp_months/],
  ["UPLIFT zero baseline", () => f.UPLIFT.evaluate(n(0), n(5)), "#DIV/0!", /UPLIFT: the mean of baseline is 0/],
  ["UPLIFT empty baseline", () => f.UPLIFT.evaluate(column(null, ""), n(5)), "#DIV/0!", /baseline has no numbers/],
  ["SIGNIFICANCE more successes than trials", () => f.SIGNIFICANCE.evaluate(n(11), n(10), n(1), n(10)), "#NUM!", /baseline_successes must not exceed baseline_trials/],
  ["SIGNIFICANCE fractional successes", () => f.SIGNIFICANCE.evaluate(n(1.5), n(10), n(1), n(10)), "#NUM!", /baseline_successes must be a whole number/],
  ["SIGNIFICANCE zero trials", () => f.SIGNIFICANCE.evaluate(n(0), n(0), n(1), n(10)), "#NUM!", /baseline_trials must be a whole number, greater than 0/],
  ["SIGNIFICANCE v2: tails 3", () => f.SIGNIFICANCE.evaluate(n(120), n(1000), n(180), n(1000), n(3)), "#NUM!", /tails must be a whole number, at least 1, at most 2 \(got 3\)/],
  ["SIGNIFICANCE v2: tails 1.5", () => f.SIGNIFICANCE.evaluate(n(120), n(1000), n(180), n(1000), n(1.5)), "#NUM!", /tails must be a whole number/],
  ["SAMPLESIZE baseline rate 0", () => f.SAMPLESIZE.evaluate(n(0), n(0.18)), "#NUM!", /SAMPLESIZE: baseline_rate must be greater than 0, less than 1 \(got 0\)/],
  ["SAMPLESIZE target rate 1", () => f.SAMPLESIZE.evaluate(n(0.12), n(1)), "#NUM!", /target_rate must be greater than 0, less than 1/],
  ["SAMPLESIZE rates equal", () => f.SAMPLESIZE.evaluate(n(0.12), n(0.12)), "#NUM!", /target_rate equals baseline_rate: there is no change to detect/],
  ["SAMPLESIZE one-sided fall", () => f.SAMPLESIZE.evaluate(n(0.18), n(0.12), omitted, omitted, n(1)), "#NUM!", /one-sided test \(tails 1\) detects a rise/],
  ["SAMPLESIZE alpha 0", () => f.SAMPLESIZE.evaluate(n(0.12), n(0.18), n(0)), "#NUM!", /alpha must be greater than 0, less than 1/],
  ["SAMPLESIZE power 1", () => f.SAMPLESIZE.evaluate(n(0.12), n(0.18), omitted, n(1)), "#NUM!", /power must be greater than 0, less than 1/],
  ["SAMPLESIZE power below alpha", () => f.SAMPLESIZE.evaluate(n(0.12), n(0.18), n(0.5), n(0.2)), "#NUM!", /power \(0.2\) must be above alpha\/tails/],
  ["SAMPLESIZE tails 0", () => f.SAMPLESIZE.evaluate(n(0.12), n(0.18), omitted, omitted, n(0)), "#NUM!", /tails must be a whole number/],
  ["SAMPLESIZE rate as text", () => f.SAMPLESIZE.evaluate(n("twelve"), n(0.18)), "#VALUE!", /baseline_rate must be a number, not text "twelve"/],
  ["SAMPLESIZE rate left out", () => f.SAMPLESIZE.evaluate(n(0.12), n(null)), "#VALUE!", /target_rate is required/],
  ["MDE one trial", () => f.MDE.evaluate(n(0.12), n(1)), "#NUM!", /MDE: trials_per_group must be a whole number, at least 2 \(got 1\)/],
  ["MDE fractional trials", () => f.MDE.evaluate(n(0.12), n(2.5)), "#NUM!", /trials_per_group must be a whole number/],
  ["MDE baseline rate 1", () => f.MDE.evaluate(n(1), n(500)), "#NUM!", /baseline_rate must be greater than 0, less than 1/],
  ["MDE nothing detectable", () => f.MDE.evaluate(n(0.9), n(2)), "#N/A", /MDE: no target rate below 1 is detectable from 0.9 with 2 trials per group/],
  ["MDE power below alpha", () => f.MDE.evaluate(n(0.12), n(500), n(0.5), n(0.2)), "#NUM!", /power \(0.2\) must be above alpha\/tails/],
  ["MDE trials as a range", () => f.MDE.evaluate(n(0.12), column(500, 600)), "#VALUE!", /trials_per_group expects a single value/],
  [
    "EVIDENCELEVEL unknown status",
    () => f.EVIDENCELEVEL.evaluate(n(true), n("Done"), n(null), n(null), n(null)),
    "#VALUE!",
    /behavioural must be TRUE\/FALSE, 1\/0, blank or one of Evidenced, Audited, Yes, None, Planned, Claimed, No; got text "Done"/,
  ],
  ["EVIDENCELEVEL as_text not a flag", () => f.EVIDENCELEVEL.evaluate(n(1), n(1), n(1), n(1), n(1), n("yes please")), "#VALUE!", /as_text must be TRUE or FALSE/],
  ["EVIDENCEWEIGHTED level 6", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(6)), "#NUM!", /evidence_level must be a whole number, at least 0, at most 5/],
  ["EVIDENCEWEIGHTED unknown rung", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n("Cultural")), "#VALUE!", /evidence_level must be 0…5 or one of None, Technical/],
  ["EVIDENCEWEIGHTED falling weights", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(2), row(0.5, 0.4, 0.6, 0.8, 1)), "#NUM!", /weights must not fall/],
  ["EVIDENCEWEIGHTED four weights", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(2), row(0.1, 0.4, 0.6, 0.8)), "#NUM!", /weights needs 5 cells/],
  ["EVIDENCEWEIGHTED weight above 1", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(2), row(0.1, 0.4, 0.6, 0.8, 1.5)), "#NUM!", /weights \(item 5\)/],
  ["EVIDENCEWEIGHTED v2: negative cost", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(2), omitted, n(-5)), "#NUM!", /EVIDENCEWEIGHTED: cost must be at least 0 \(got -5\)/],
  ["EVIDENCEWEIGHTED v2: cost as text", () => f.EVIDENCEWEIGHTED.evaluate(n(100), n(2), omitted, column(5, "n/a")), "#VALUE!", /cost must be a number/],
  ["VERDICT v2: required level 0", () => f.VERDICT.evaluate(n(1), n(10), n(5), n(3), n(0)), "#NUM!", /VERDICT: required_level 0 would scale without any evidence/],
  ["VERDICT v2: required level as words", () => f.VERDICT.evaluate(n(1), n(10), n(5), n(3), n("most")), "#VALUE!", /required_level must be 0…5 or one of None/],
  ["VERDICT stop above scale", () => f.VERDICT.evaluate(n(1), n(10), n(20)), "#NUM!", /VERDICT: stop_threshold \(20\) is above scale_threshold \(10\)/],
  ["VERDICT level as words", () => f.VERDICT.evaluate(n(1), n(10), n(5), n("high")), "#VALUE!", /evidence_level/],
];

describe("error branches of the function contract", () => {
  test.each(cases)("%s", (_name, evaluate, code, message) => {
    const error = evaluate();
    if (!isCalcError(error)) throw new Error(`expected ${code}, got ${String(error)}`);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});

describe("what Excel shows", () => {
  const declared = LIBRARY.flatMap((fn) => fn.errors.map((e) => [`${fn.id} ${e.code} when ${e.when}`, fn, e.example] as const));

  test.each(declared)("%s: the code, and the message only for #VALUE! and #N/A", (_name, fn, example) => {
    const evaluated = fn.evaluate(...example);
    if (!isCalcError(evaluated)) throw new Error("the declared error example gives a result");
    const shown = excelError(() => fn.call(...example));
    expect(shown.code).toBe(evaluated.code);
    expect(shown.message).toBe(CODES_WITH_MESSAGES.includes(evaluated.code) ? evaluated.message : "");
  });
});
