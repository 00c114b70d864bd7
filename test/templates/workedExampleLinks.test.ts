/*
 * The worked example's lead-scoring contract takes its actuals from the workbook, not from typing:
 * value from the Measurement Tracker, cost from the AI Billing sheet, by native formulas. Computed in
 * HyperFormula, each month equals the figure worked out from the raw data (test/helpers/exampleActuals)
 * and the re-forecast equals the core's BREAKEVEN on the re-forecast series, at 1e-9. Then the link is
 * shown live without the add-in: a tracker week and a billing row changed in the engine move the
 * contract's actuals and its re-forecast by exactly what they should.
 */
import { breakeven } from "../../src/core/breakeven";
import { isCalcError } from "../../src/core/calcError";
import { cellRef, parseRange } from "../../src/sheet/a1";
import { BILLING_NAMES } from "../../src/templates/aiBilling/names";
import { CONTRACT_ACTUAL_NAMES as A, CONTRACT_NAMES as N } from "../../src/templates/valueContract";
import { TRACKER_EXAMPLE } from "../../src/templates/measurementTracker";
import { LATER_WEEKS } from "../../src/templates/measurementTracker/halfYear";
import type { SheetSpec } from "../../src/sheet/spec";
import { LEAD_KEY } from "../../scripts/xlsx/billingExample";
import { EXAMPLE_LINKS, workedExample } from "../../scripts/xlsx/workedExample";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";
import { VALUE_PER_SUCCESS, exampleActuals } from "../helpers/exampleActuals";

const TIMEOUT = 180_000;
const PLAN = { upfront: 68000, cost: 15500, value: 43200, ramp: 4, rate: 0.1 };

/** BREAKEVEN on the re-forecast series: the actuals, then the plan's net for the rest of the 60 months. */
function reforecast(actuals: [number, number][]): number {
  const flows = Array.from({ length: 60 }, (_, i) => (actuals[i] ? actuals[i][0] - actuals[i][1] : PLAN.value * Math.min(1, (i + 1) / PLAN.ramp) - PLAN.cost));
  const r = breakeven({ upfrontCost: PLAN.upfront, monthlyCost: 0, monthlyValue: flows, annualDiscountRate: PLAN.rate });
  if (isCalcError(r)) throw new Error("the re-forecast never pays back");
  return r;
}

/** The i-th cell (0 first) of a scoped name's one-column range. */
function cellOf(sheet: Pick<SheetSpec, "names">, name: string, i: number): string {
  const r = parseRange(sheet.names.find((n) => n.name === name)!.ref.replace(/\$/g, ""));
  return cellRef(r.top + i, r.left);
}

async function example() {
  const { book, plans } = workedExample();
  const engine = await loadIntoHyperFormula(await book.toBuffer());
  const contract = plans[0].sheets[0];
  const sheetOf = (name: string) => plans.find((p) => p.sheets[0].name === name)!.sheets[0];
  const month = (name: string, m: number) => engine.value(contract.name, cellOf(contract, name, m - 1));
  const named = (name: string) => engine.named(contract.name, name);
  return { engine, contract, sheetOf, month, named };
}

/** Sets a cell of the engine by its address, as a user typing into the workbook would. */
function type(engine: LoadedWorkbook, sheet: string, ref: string, value: number): void {
  const r = parseRange(ref);
  engine.hf.setCellContents({ sheet: engine.hf.getSheetId(sheet)!, row: r.top - 1, col: r.left - 1 }, value);
}

test("six months of actuals read from the tracker and the AI Billing sheet: behind plan, break-even re-forecast later than planned", async () => {
  const { engine, contract, month, named } = await example();
  const actuals = exampleActuals();
  expect(actuals).toHaveLength(6);
  const formulaOf = (name: string) => engine.formulas.find((f) => f.sheet === contract.name && f.ref === cellOf(contract, name, 0))!.formula;
  expect(formulaOf(A.ActualValue)).toContain(`'${EXAMPLE_LINKS.trackerSheet}'!TrackerMonthlyValue`);
  expect(formulaOf(A.ActualCost)).toContain(`'${EXAMPLE_LINKS.billingSheet}'!${BILLING_NAMES.EffectiveCost}`);
  actuals.forEach(([value, cost], i) => {
    expect(Math.abs((month(A.ActualValue, i + 1) as number) - value)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((month(A.ActualCost, i + 1) as number) - cost)).toBeLessThanOrEqual(1e-9);
  });
  // July has neither a tracker week nor a billing row: blank, never 0.
  expect([month(A.ActualValue, 7), month(A.ActualCost, 7)]).toEqual(["", ""]);
  expect(named(A.ActualMonths)).toBe(6);
  const expected = reforecast(actuals);
  expect(Math.abs((named(A.ReforecastBreakeven) as number) - expected)).toBeLessThanOrEqual(1e-9);
  expect(Math.abs((named("ReforecastByAddIn") as number) - expected)).toBeLessThanOrEqual(1e-9);
  // The story the README quotes: behind plan at month 6, and paying back later than the plan's 4.88 months.
  expect(month("ActualNet", 6)).not.toBe("");
  const position = engine.value(contract.name, cellOf(contract, "ReforecastCumulative", 6)) as number;
  const planned = engine.value(contract.name, cellOf(contract, "ScheduleCumulative", 6)) as number;
  expect(position).toBeLessThan(0);
  expect(planned).toBeGreaterThan(0);
  expect(expected).toBeGreaterThan(named(N.BreakevenMonths) as number);
  expect([position, planned, expected, named(N.BreakevenMonths)].map((x) => Math.round((x as number) * 100) / 100)).toEqual([-29141.1, 29709.36, 7.11, 4.88]);
  expect(named(A.StopRule)).toBe("SIGNAL");
  expect(named(N.MasterCheck)).toBe("OK");
  engine.hf.destroy();
}, TIMEOUT);

test("the links stay live without the add-in: a tracker week and a billing row changed in the engine move the actuals and the re-forecast", async () => {
  const { engine, month, named, sheetOf } = await example();
  const actuals = exampleActuals();
  const tracker = sheetOf(EXAMPLE_LINKS.trackerSheet);
  // Week 20 starts on 18 May 2026: five more conversions that week are worth 5 × $1,344 more in May (month 5).
  const week = 19;
  type(engine, tracker.name, cellOf(tracker, "WeekSuccesses", week), LATER_WEEKS.successes[week - TRACKER_EXAMPLE.treatedSuccesses.length] + 5);
  actuals[4][0] += 5 * VALUE_PER_SUCCESS;
  expect(Math.abs((month(A.ActualValue, 5) as number) - actuals[4][0])).toBeLessThanOrEqual(1e-9);

  // A corrected billing row: the lead-scoring key's June output tokens cost $1,000 more.
  const billing = sheetOf(EXAMPLE_LINKS.billingSheet);
  const rows = parseRange(billing.names.find((n) => n.name === BILLING_NAMES.Key)!.ref.replace(/\$/g, ""));
  const june = Date.UTC(2026, 5, 1) / 86400000 + 25569;
  const row = Array.from({ length: rows.bottom - rows.top + 1 }, (_, i) => i).find(
    (i) => engine.value(billing.name, cellOf(billing, BILLING_NAMES.Key, i)) === LEAD_KEY && engine.value(billing.name, cellOf(billing, BILLING_NAMES.Month, i)) === june,
  )!;
  const costCell = cellOf(billing, BILLING_NAMES.EffectiveCost, row);
  type(engine, billing.name, costCell, (engine.value(billing.name, costCell) as number) + 1000);
  actuals[5][1] += 1000;
  expect(Math.abs((month(A.ActualCost, 6) as number) - actuals[5][1])).toBeLessThanOrEqual(1e-9);

  const moved = reforecast(actuals);
  expect(Math.abs(moved - reforecast(exampleActuals()))).toBeGreaterThan(0.01);
  expect(Math.abs((named(A.ReforecastBreakeven) as number) - moved)).toBeLessThanOrEqual(1e-9);
  expect(Math.abs((named(A.ActualValueToDate) as number) - actuals.reduce((s, [v]) => s + v, 0))).toBeLessThanOrEqual(1e-9);
  expect(Math.abs((named(A.ActualCostToDate) as number) - actuals.reduce((s, [, c]) => s + c, 0))).toBeLessThanOrEqual(1e-9);
  engine.hf.destroy();
}, TIMEOUT);
