/*
 * Actuals beside the plan, computed in HyperFormula with the add-in's functions. Expected figures
 * are worked out here month by month from the example's inputs, and checked against the core's
 * BREAKEVEN on the re-forecast series: the sheet's native re-forecast must agree with both.
 */
import { breakeven } from "../../src/core/breakeven";
import type { Column } from "../../src/sheet/builder";
import { AC } from "../../src/templates/valueContract/actuals";
import { isCalcError } from "../../src/core/calcError";
import { cellRef, parseRange } from "../../src/sheet/a1";
import { CONTRACT_ACTUAL_NAMES as A, CONTRACT_NAMES as N, valueContract } from "../../src/templates/valueContract";
import { EXAMPLE } from "../../src/templates/valueContract/data";
import type { TemplateOptions } from "../../src/sheet/spec";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { billingStandIn, trackerStandIn } from "../helpers/linkedSheets";
import { compute, withInputs } from "./sheetEngine";

const TIMEOUT = 60_000;
const PLAN = { upfront: 68000, cost: 15000 + 6000 / 12, value: 43200, ramp: 4, rate: 0.1 };
const planValue = (m: number) => PLAN.value * Math.min(1, m / PLAN.ramp);

/** The re-forecast's monthly net flows: actuals where a month has both figures, plan after. */
function reforecastFlows(actuals: ([number, number] | undefined)[], horizon = 60): number[] {
  return Array.from({ length: horizon }, (_, i) => {
    const a = actuals[i];
    return a ? a[0] - a[1] : planValue(i + 1) - PLAN.cost;
  });
}

/** First upward zero crossing of the discounted cumulative, interpolated, worked by hand. */
function crossingByHand(flows: number[]): number | undefined {
  let previous = -PLAN.upfront;
  for (let m = 1; m <= flows.length; m++) {
    const current = previous + flows[m - 1] / Math.pow(1 + PLAN.rate, m / 12);
    if (previous < 0 && current >= 0) return m - 1 - previous / (current - previous);
    previous = current;
  }
  return undefined;
}

const example = (options: TemplateOptions = {}) => valueContract({ example: true, ...options });
const months = EXAMPLE.actuals.months;
/** The input cell of month m's actual value or cost (the named columns, month 1 first). */
function actualKey(spec: ReturnType<typeof valueContract>, name: string, m: number): string {
  const ref = spec.sheets[0].names.find((n) => n.name === name)!.ref;
  const { top, left } = parseRange(ref.replace(/\$/g, ""));
  return cellRef(top + m - 1, left);
}

describe("the worked example's actuals", () => {
  test("six months behind plan: sums to date, months, and a re-forecast break-even later than the plan's", async () => {
    const c = await compute(example());
    const flows = reforecastFlows(months);
    const expected = crossingByHand(flows)!;
    const core = breakeven({ upfrontCost: PLAN.upfront, monthlyCost: 0, monthlyValue: flows, annualDiscountRate: PLAN.rate });
    expect(isCalcError(core) ? core : Math.abs(core - expected)).toBeLessThan(1e-9);
    expect(c.named(A.ActualMonths)).toBe(6);
    expect(c.named(A.ActualValueToDate)).toBeCloseTo(months.reduce((s, [v]) => s + v, 0), 9);
    expect(c.named(A.ActualCostToDate)).toBeCloseTo(months.reduce((s, [, k]) => s + k, 0), 9);
    expect(c.named(A.ReforecastBreakeven)).toBeCloseTo(expected, 9);
    expect(c.named("ReforecastByAddIn")).toBeCloseTo(expected, 9);
    expect(expected).toBeGreaterThan(c.named(N.BreakevenMonths) as number);
    expect(c.named("ReforecastCheck")).toBe(0);
    expect(c.named("ActualsGapCheck")).toBe(0);
    expect(c.named(A.StopRule)).toBe("");
    expect(c.named(A.AllocationKey)).toBe("lead-scoring-mm");
    c.book.hf.destroy();
  }, TIMEOUT);

  test("months without actuals stay blank: no actual net, position or variance, and #N/A only in the hidden chart column", async () => {
    const spec = example();
    const c = await compute(spec);
    const sheet = spec.sheets[0];
    const row = (name: string) => parseRange(sheet.names.find((n) => n.name === name)!.ref.replace(/\$/g, "")).top;
    const seventh = row(A.ActualValue) + 6;
    const at = (col: Column, row: number) => c.book.value(sheet.name, col.at(row));
    expect([at(AC.value, seventh), at(AC.cost, seventh)]).toEqual([null, null]);
    for (const col of [AC.net, AC.cumulative, AC.variance]) expect(at(col, seventh)).toBe("");
    expect(at(AC.chartActual, seventh)).toMatchObject({ type: "NA" });
    expect(at(AC.chartActual, seventh - 1)).toBeCloseTo(at(AC.cumulative, seventh - 1) as number, 9);
    // Variance to plan at month 6 is the actual position less the plan's (column E).
    expect(at(AC.variance, seventh - 1)).toBeCloseTo((at(AC.cumulative, seventh - 1) as number) - (c.book.value(sheet.name, `E${seventh - 1}`) as number), 9);
    c.book.hf.destroy();
  }, TIMEOUT);

  test("a month with a value but no cost is no actual: not counted, not a loss, read at plan in the re-forecast", async () => {
    const spec = example();
    const c = await compute(withInputs(spec, { [actualKey(spec, A.ActualCost, 6)]: null }));
    const partial: ([number, number] | undefined)[] = [...months.slice(0, 5)];
    expect(c.named(A.ActualMonths)).toBe(5);
    expect(c.named(A.ActualValueToDate)).toBeCloseTo(months.slice(0, 5).reduce((s, [v]) => s + v, 0), 9);
    expect(c.named(A.ReforecastBreakeven)).toBeCloseTo(crossingByHand(reforecastFlows(partial))!, 9);
    expect(c.named("ActualsGapCheck")).toBe(0);
    c.book.hf.destroy();
  }, TIMEOUT);

  test("a gap between actuals is flagged, and the re-forecast reads the gap at plan", async () => {
    const spec = example();
    const c = await compute(withInputs(spec, { [actualKey(spec, A.ActualValue, 3)]: null }));
    const gapped = months.map((m, i) => (i === 2 ? undefined : m));
    expect(c.named(A.ActualMonths)).toBe(5);
    expect(c.named("ActualsGapCheck")).toBe(1);
    expect(c.named(A.ReforecastBreakeven)).toBeCloseTo(crossingByHand(reforecastFlows(gapped))!, 9);
    expect(c.named("ReforecastByAddIn")).toBeCloseTo(crossingByHand(reforecastFlows(gapped))!, 9);
    c.book.hf.destroy();
  }, TIMEOUT);

  test("actuals that never pay back read 'not reached', and BREAKEVEN's #N/A agrees", async () => {
    const spec = example({ horizonMonths: 24 });
    const losses = Object.fromEntries(months.flatMap((_, i) => [[actualKey(spec, A.ActualValue, i + 1), 0], [actualKey(spec, A.ActualCost, i + 1), 400000]]));
    const c = await compute(withInputs(spec, losses));
    expect(c.named(A.ReforecastBreakeven)).toBe("not reached");
    expect(c.named("ReforecastByAddIn")).toMatchObject({ type: "NA" });
    expect(c.named("ReforecastCheck")).toBe(0);
    c.book.hf.destroy();
  }, TIMEOUT);
});

describe("actuals linked to a measurement tracker and an AI Billing sheet", () => {
  /** Jan–Jun 2026: the tracker lists March without data; billing has another key, another currency, and two rows for one month. */
  async function linked() {
    const book = new XlsxBook();
    const contract = valueContract({ example: true, trackerSheet: "Measurement Tracker", billingSheet: "AI Billing" });
    const spec = withInputs(contract, { ActualCurrency: "USD", OtherActualCost: 9500 });
    book.insert(spec);
    book.insert(trackerStandIn([["2026-01-01", 7200], ["2026-02-01", 15600], ["2026-03-01", null], ["2026-04-01", 0]], "MEASURING"));
    book.insert(
      billingStandIn([
        ["2026-01-01", "lead-scoring-mm", "USD", 6000],
        ["2026-02-01", "lead-scoring-mm", "USD", 4000],
        ["2026-02-01", "lead-scoring-mm", "USD", 2500.25],
        ["2026-02-01", "lead-scoring-mm", "EUR", 999],
        ["2026-02-01", "other-contract", "USD", 777],
        ["2026-03-01", "lead-scoring-mm", "USD", 6100],
      ]),
    );
    const engine = await loadIntoHyperFormula(await book.toBuffer());
    const sheet = spec.sheets[0];
    const at = (name: string, m: number) => {
      const r = parseRange(sheet.names.find((n) => n.name === name)!.ref.replace(/\$/g, ""));
      return engine.value(sheet.name, cellRef(r.top + m - 1, r.left));
    };
    return { engine, at, named: (n: string) => engine.named(sheet.name, n) };
  }

  test("value by SUMIFS on the tracker's month, blank where it has no number; cost by key, month and currency plus the unbilled cost", async () => {
    const { engine, at, named } = await linked();
    expect([1, 2, 3, 4, 5].map((m) => at(A.ActualValue, m))).toEqual([7200, 15600, "", 0, ""]);
    expect([1, 2, 3, 4].map((m) => at(A.ActualCost, m))).toEqual([6000 + 9500, 6500.25 + 9500, 6100 + 9500, ""]);
    expect(at(A.ScheduleMonthStart, 1)).toBe(Date.UTC(2026, 0, 1) / 86400000 + 25569);
    // Months 1 and 2 have both; March has cost but no measured value, April value but no billing.
    expect(named(A.ActualMonths)).toBe(2);
    expect(named(A.ActualCostToDate)).toBeCloseTo(6000 + 6500.25 + 2 * 9500, 9);
    const flows = reforecastFlows([[7200, 15500], [15600, 16000.25]]);
    expect(named(A.ReforecastBreakeven)).toBeCloseTo(crossingByHand(flows)!, 9);
    expect(named("ReforecastByAddIn")).toBeCloseTo(crossingByHand(flows)!, 9);
    expect(named(A.StopRule)).toBe("MEASURING");
    engine.hf.destroy();
  }, TIMEOUT);
});
