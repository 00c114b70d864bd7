/*
 * Actuals beside the plan without the add-in: LibreOffice recalculates the worked example and a
 * contract linked to a tracker and a billing sheet. Its native re-forecast break-even equals the
 * core's BREAKEVEN on the re-forecast series at 1e-9, and every native cell of the linked
 * contract's actuals equals what HyperFormula computes — the SUMIFS, COUNTIFS and SUMPRODUCT
 * guards read the same in both engines.
 */
import { DetailedCellError } from "hyperformula";
import { breakeven } from "../../src/core/breakeven";
import { parseCell, parseRange } from "../../src/sheet/a1";
import { CONTRACT_ACTUAL_NAMES as A, valueContract } from "../../src/templates/valueContract";
import { AC } from "../../src/templates/valueContract/actuals";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { recalculate, resultAt } from "../../harness/libreoffice";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { exampleActuals } from "../helpers/exampleActuals";
import { billingStandIn, trackerStandIn } from "../helpers/linkedSheets";
import { withInputs } from "./sheetEngine";

const TIMEOUT = 240_000;
const CONTRACT = "Value Contract";

test("the worked example's re-forecast break-even, read natively by LibreOffice from its linked tracker and billing sheet, is the core's BREAKEVEN on the re-forecast series", async () => {
  const { book, plans } = workedExample();
  const file = await recalculate(await book.toBuffer());
  const ws = file.getWorksheet(CONTRACT)!;
  const at = (name: string) => plans[0].sheets[0].names.find((n) => n.name === name)!.ref.replace(/\$/g, "");
  // Its actuals are linked: value from the tracker, cost from the AI Billing sheet, worked out here from the raw data.
  const months = exampleActuals();
  const flows = Array.from({ length: 60 }, (_, i) => {
    const actual = months[i];
    return actual ? actual[0] - actual[1] : 43200 * Math.min(1, (i + 1) / 4) - 15500;
  });
  const core = breakeven({ upfrontCost: 68000, monthlyCost: 0, monthlyValue: flows, annualDiscountRate: 0.1 }) as number;
  expect(Math.abs((resultAt(ws, at(A.ReforecastBreakeven)) as number) - core)).toBeLessThanOrEqual(1e-9);
  expect(resultAt(ws, at(A.ActualMonths))).toBe(6);
  const top = parseRange(at(A.ActualValue)).top;
  months.forEach(([value, cost], i) => {
    expect(Math.abs((resultAt(ws, AC.value.at(top + i)) as number) - value)).toBeLessThanOrEqual(1e-9);
    expect(Math.abs((resultAt(ws, AC.cost.at(top + i)) as number) - cost)).toBeLessThanOrEqual(1e-9);
  });
  expect(resultAt(ws, at("ActualsGapCheck"))).toBe(0);
  // The J-curve's actual column: #N/A (a gap in Excel) from month 7, never "".
  expect(resultAt(ws, AC.chartActual.at(parseRange(at(A.ActualValue)).top + 6))).toEqual({ error: "#N/A" });
}, TIMEOUT);

test("a contract linked to a tracker and a billing sheet computes the same natively in LibreOffice as in HyperFormula", async () => {
  const book = new XlsxBook();
  const spec = withInputs(valueContract({ example: true, trackerSheet: "Measurement Tracker", billingSheet: "AI Billing" }), { ActualCurrency: "USD", OtherActualCost: 9500 });
  book.insert(spec);
  book.insert(trackerStandIn([["2026-01-01", 7200], ["2026-02-01", 15600], ["2026-03-01", null], ["2026-04-01", 0]], "SIGNAL"));
  book.insert(billingStandIn([["2026-01-01", "lead-scoring-mm", "USD", 6000], ["2026-02-01", "LEAD-SCORING-MM", "USD", 6500.25], ["2026-02-01", "lead-scoring-mm", "EUR", 999], ["2026-03-01", "lead-scoring-mm", "USD", 6100]]));
  const buffer = await book.toBuffer();
  const engine = await loadIntoHyperFormula(buffer);
  const ws = (await recalculate(buffer)).getWorksheet(CONTRACT)!;
  // Native cells only: the add-in's cross-check and the check that reads it are #NAME? without the add-in.
  const actuals = engine.formulas.filter((f) => f.sheet === CONTRACT && parseCell(f.ref).col >= AC.start.index && !/AIVALUE\.|ReforecastByAddIn/.test(f.formula));
  expect(actuals.length).toBeGreaterThan(60 * 9);
  const mismatches = actuals.flatMap((f) => {
    const expected = engine.value(CONTRACT, f.ref);
    const raw = resultAt(ws, f.ref);
    const got = raw instanceof Date ? raw.getTime() / 86400000 + 25569 : raw;
    const same =
      typeof expected === "number" && typeof got === "number"
        ? Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
        : expected instanceof DetailedCellError
          ? (got as { error?: string } | null)?.error === expected.value
          : got === expected || (expected === "" && got === 0);
    return same ? [] : [`${f.ref} ${f.formula}: LibreOffice ${JSON.stringify(got)}, HyperFormula ${JSON.stringify(expected)}`];
  });
  expect(mismatches).toEqual([]);
  expect(engine.named(CONTRACT, A.ActualMonths)).toBe(2);
  expect(engine.named(CONTRACT, A.StopRule)).toBe("SIGNAL");
  engine.hf.destroy();
}, TIMEOUT);
