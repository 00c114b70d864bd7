/*
 * Every error branch of the function contract: the Excel error code it gives and a
 * message that names the function and the argument at fault.
 */
import * as f from "../../src/functions/library";
import { cell, column, excelError, OMITTED, row, type Range } from "../helpers/excel";

const n = cell;
const omitted = OMITTED;
const wf = (over: Partial<Record<"calls" | "inTok" | "outTok" | "inP" | "outP" | "sr" | "cs" | "cp", Range>>) =>
  f.WORKFLOWCOST.call(
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
  ["WORKFLOWCOST steps of different lengths", () => wf({ calls: column(1, 2, 3), inP: column(3, 4) }), "#VALUE!", /input_price has 2 steps but calls_per_task has 3/],
  ["WORKFLOWCOST a block, not a row or column", () => wf({ calls: [[1, 2], [3, 4]] }), "#VALUE!", /calls_per_task must be one row or one column/],
  ["WORKFLOWCOST a range for a scalar", () => wf({ sr: row(0.9, 0.8) }), "#VALUE!", /success_rate expects a single value/],
  ["SELFHOSTCOST zero hourly cost", () => f.SELFHOSTCOST.call(n(0), n(2000), n(0.5)), "#NUM!", /hourly_cost must be greater than 0/],
  ["SELFHOSTCOST zero throughput", () => f.SELFHOSTCOST.call(n(12), n(0), n(0.5)), "#NUM!", /tokens_per_second/],
  ["SELFHOSTCOST utilisation 0", () => f.SELFHOSTCOST.call(n(12), n(2000), n(0)), "#NUM!", /utilisation/],
  ["SELFHOSTCOST utilisation missing", () => f.SELFHOSTCOST.call(n(12), n(2000), n(null)), "#VALUE!", /utilisation is required/],
  ["SELFHOSTCOST negative fixed cost", () => f.SELFHOSTCOST.call(n(12), n(2000), n(0.5), n(-1)), "#NUM!", /fixed_monthly_cost/],
  ["HOSTINGBREAKEVEN API no dearer than hosting", () => f.HOSTINGBREAKEVEN.call(n(1), n(9000), n(2)), "#N/A", /self-hosting never breaks even: api_price/],
  ["HOSTINGBREAKEVEN negative fixed cost", () => f.HOSTINGBREAKEVEN.call(n(3), n(-5)), "#NUM!", /monthly_fixed_cost/],
  ["CAPTURED capture rate above 1", () => f.CAPTURED.call(n(100), n(50), n(1.3)), "#NUM!", /capture_rate must be at least 0, at most 1/],
  ["CAPTURED capture rate left out", () => f.CAPTURED.call(n(100), n(50), n(null)), "#VALUE!", /capture_rate is required/],
  ["CAPTURED ranges of different shapes", () => f.CAPTURED.call(column(1, 2), column(1, 2, 3), n(0.5)), "#VALUE!", /hourly_cost is 3×1 but hours_released is 2×1/],
  ["AVOIDEDLOSS probability above 1", () => f.AVOIDEDLOSS.call(n(1000), n(1.5), n(0.1)), "#NUM!", /probability_without/],
  ["AVOIDEDLOSS negative loss", () => f.AVOIDEDLOSS.call(n(-1000), n(0.5), n(0.1)), "#NUM!", /loss_amount/],
  [
    "REALISED negative cost",
    () => f.REALISED.call(n(1), n(0), n(0), n(0), n(0), n(-5), n(0)),
    "#NUM!",
    /lifecycle_cost must be at least 0 \(got -5\): enter costs as positive amounts; they are subtracted/,
  ],
  ["REALISED text in a benefit range", () => f.REALISED.call(column(1, "n/a"), n(0), n(0), n(0), n(0), n(1), n(0)), "#VALUE!", /incremental_revenue/],
  ["ROI zero cost", () => f.ROI.call(n(10), n(0)), "#DIV/0!", /ROI: cost is 0/],
  ["ROI negative cost", () => f.ROI.call(n(10), n(-3)), "#NUM!", /cost must be at least 0/],
  ["COSTOFDELAY negative delay", () => f.COSTOFDELAY.call(n(1000), n(-1)), "#NUM!", /delay_days/],
  ["BREAKEVEN never pays back", () => f.BREAKEVEN.call(n(1000), n(100), n(50)), "#N/A", /BREAKEVEN: does not break even within 120 months/],
  ["BREAKEVEN ramp on a series", () => f.BREAKEVEN.call(n(100), n(0), row(10, 20), n(3)), "#VALUE!", /ramp_months/],
  ["BREAKEVEN series of different lengths", () => f.BREAKEVEN.call(n(100), row(1, 2, 3), row(10, 20)), "#VALUE!", /monthly_cost has 3 months but monthly_value has 2/],
  ["BREAKEVEN horizon 0", () => f.BREAKEVEN.call(n(100), n(0), n(10), omitted, omitted, n(0)), "#NUM!", /horizon_months must be a whole number, at least 1, at most 1200/],
  ["BREAKEVEN horizon not whole", () => f.BREAKEVEN.call(n(100), n(0), n(10), omitted, omitted, n(12.5)), "#NUM!", /horizon_months/],
  ["BREAKEVEN rate of -100%", () => f.BREAKEVEN.call(n(100), n(0), n(10), omitted, n(-1)), "#NUM!", /annual_discount_rate must be greater than -1/],
  ["BREAKEVEN negative upfront", () => f.BREAKEVEN.call(n(-100), n(0), n(10)), "#NUM!", /upfront_cost/],
  ["BREAKEVEN missing value", () => f.BREAKEVEN.call(n(100), n(0), n(null)), "#VALUE!", /monthly_value is required/],
  ["PAYBACKCURVE months over 1200", () => f.PAYBACKCURVE.call(n(100), n(0), n(10), omitted, omitted, n(1201)), "#NUM!", /PAYBACKCURVE: months/],
  ["PAYBACKCURVE ramp on a series", () => f.PAYBACKCURVE.call(n(100), n(0), column(10, 20), n(2)), "#VALUE!", /ramp_months/],
  ["UPLIFT zero baseline", () => f.UPLIFT.call(n(0), n(5)), "#DIV/0!", /UPLIFT: the mean of baseline is 0/],
  ["UPLIFT empty baseline", () => f.UPLIFT.call(column(null, ""), n(5)), "#DIV/0!", /baseline has no numbers/],
  ["SIGNIFICANCE more successes than trials", () => f.SIGNIFICANCE.call(n(11), n(10), n(1), n(10)), "#NUM!", /baseline_successes must not exceed baseline_trials/],
  ["SIGNIFICANCE fractional successes", () => f.SIGNIFICANCE.call(n(1.5), n(10), n(1), n(10)), "#NUM!", /baseline_successes must be a whole number/],
  ["SIGNIFICANCE zero trials", () => f.SIGNIFICANCE.call(n(0), n(0), n(1), n(10)), "#NUM!", /baseline_trials must be a whole number, greater than 0/],
  [
    "EVIDENCELEVEL unknown status",
    () => f.EVIDENCELEVEL.call(n(true), n("Done"), n(null), n(null), n(null)),
    "#VALUE!",
    /behavioural must be TRUE\/FALSE, 1\/0, blank or one of Evidenced, Audited, Yes, None, Planned, Claimed, No; got text "Done"/,
  ],
  ["EVIDENCELEVEL as_text not a flag", () => f.EVIDENCELEVEL.call(n(1), n(1), n(1), n(1), n(1), n("yes please")), "#VALUE!", /as_text must be TRUE or FALSE/],
  ["EVIDENCEWEIGHTED level 6", () => f.EVIDENCEWEIGHTED.call(n(100), n(6)), "#NUM!", /evidence_level must be a whole number, at least 0, at most 5/],
  ["EVIDENCEWEIGHTED unknown rung", () => f.EVIDENCEWEIGHTED.call(n(100), n("Cultural")), "#VALUE!", /evidence_level must be 0…5 or one of None, Technical/],
  ["EVIDENCEWEIGHTED falling weights", () => f.EVIDENCEWEIGHTED.call(n(100), n(2), row(0.5, 0.4, 0.6, 0.8, 1)), "#NUM!", /weights must not fall/],
  ["EVIDENCEWEIGHTED four weights", () => f.EVIDENCEWEIGHTED.call(n(100), n(2), row(0.1, 0.4, 0.6, 0.8)), "#NUM!", /weights needs 5 cells/],
  ["EVIDENCEWEIGHTED weight above 1", () => f.EVIDENCEWEIGHTED.call(n(100), n(2), row(0.1, 0.4, 0.6, 0.8, 1.5)), "#NUM!", /weights \(item 5\)/],
  ["VERDICT stop above scale", () => f.VERDICT.call(n(1), n(10), n(20)), "#NUM!", /VERDICT: stop_threshold \(20\) is above scale_threshold \(10\)/],
  ["VERDICT level as words", () => f.VERDICT.call(n(1), n(10), n(5), n("high")), "#VALUE!", /evidence_level/],
];

describe("error branches of the function contract", () => {
  test.each(cases)("%s", (_name, call, code, message) => {
    const error = excelError(call);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });
});
