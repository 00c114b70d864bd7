/*
 * The worked example, computed by a real formula engine with the AIVALUE plugin: no
 * formula yields an error, and the headline outputs equal figures worked out here from
 * the example's inputs, independently of the templates and the add-in's math.
 */
import { DetailedCellError } from "hyperformula";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { LADDER_NAMES as L } from "../../src/templates/evidenceLadder";
import { PRICE_BOOK_NAMES } from "../../src/templates/priceBook";
import { parseCell } from "../../src/sheet/a1";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE } from "../../src/templates/valueContract/examples";
import { CONTRACT_NAMES as C } from "../../src/templates/valueContract";
import { AC } from "../../src/templates/valueContract/actuals";
import { EXAMPLE } from "../../src/templates/valueContract/data";
import { WORKFLOW_NAMES as W } from "../../src/templates/workflowCost";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";

let book: LoadedWorkbook;
const CONTRACT = "Value Contract";
const LADDER = "Evidence Ladder";
const COST = "Workflow Cost";

beforeAll(async () => {
  const { book: xlsx } = workedExample();
  book = await loadIntoHyperFormula(await xlsx.toBuffer());
}, 60_000);

afterAll(() => book?.hf.destroy());

/**
 * The example's payback schedule, month by month: 68,000 up front; 15,000 a month running
 * plus 6,000 of risk cost spread over 12 months; 43,200 ramped over 4 months; 10% a year.
 */
function breakevenByHand(): number {
  let previous = -68000;
  for (let m = 1; m <= 60; m++) {
    const value = 43200 * Math.min(1, m / 4);
    const cumulative = previous + (value - 15000 - 6000 / 12) / Math.pow(1.1, m / 12);
    if (cumulative >= 0) return m - 1 + -previous / (cumulative - previous);
    previous = cumulative;
  }
  throw new Error("the example should pay back within 60 months");
}

describe("the worked example in HyperFormula", () => {
  test("has no formula that yields an error, but #N/A in the hidden chart-only column of months without actuals", () => {
    // Every contract of the example has the column: 60 months less the months each has actuals for.
    const contracts = { [CONTRACT]: EXAMPLE.actuals, "Value Contract (2)": AGENT_EXAMPLE.actuals, "Value Contract (3)": ASSISTANT_EXAMPLE.actuals };
    const chartOnly = (f: { sheet: string; ref: string }) => f.sheet in contracts && parseCell(f.ref).col === AC.chartActual.index;
    const values = book.formulas.map((f) => ({ ...f, value: book.value(f.sheet, f.ref) }));
    const gaps = values.filter((f) => chartOnly(f) && f.value instanceof DetailedCellError && f.value.type === "NA");
    expect(gaps).toHaveLength(Object.values(contracts).reduce((n, a) => n + 60 - (a?.months.length ?? 0), 0));
    const errors = values
      // A chart's missing point is #N/A on purpose (a chart skips #N/A but draws "" as 0).
      .filter((f) => f.value instanceof DetailedCellError && !gaps.includes(f) && !(f.value.type === "NA" && f.formula.includes(",NA())")))
      .map((f) => `${f.sheet}!${f.ref} ${f.formula} → ${(f.value as DetailedCellError).value} ${(f.value as DetailedCellError).message}`);
    expect(errors).toEqual([]);
    expect(book.formulas.length).toBeGreaterThan(300);
  });

  test("costs $0.3807… per completed task: 14 calls, 30% of input cached, 92% success", () => {
    // 14 × (8,000 × (0.7 × $3 + 0.3 × $0.30) + 500 × $15) / 1e6 / 0.92
    const expected = (14 * (8000 * (0.7 * 3 + 0.3 * 0.3) + 500 * 15)) / 1e6 / 0.92;
    expect(book.named(COST, W.CostPerTask)).toBeCloseTo(expected, 12);
    expect(book.named(COST, "StepTableCost")).toBeCloseTo(expected, 12);
  });

  test("realises $199,800 in the year: $453,800 of benefits less $254,000 of cost", () => {
    // Benefits: 504,000 revenue at an 80% contribution margin + 3,680 h × $55 × 25% captured.
    // Costs: one-off 50,000 + 15,000 × 12 lifecycle, 18,000 transition, 6,000 risk.
    const benefits = 504000 * 0.8 + 3680 * 55 * 0.25;
    const cost = 50000 + 15000 * 12 + 18000 + 6000;
    expect(book.named(CONTRACT, C.Realised)).toBeCloseTo(benefits - cost, 9);
    expect(book.named(CONTRACT, "ROI")).toBeCloseTo((benefits - cost) / cost, 12);
  });

  test("breaks even where the month-by-month schedule crosses zero", () => {
    expect(book.named(CONTRACT, C.BreakevenMonths)).toBeCloseTo(breakevenByHand(), 9);
    expect(book.named(CONTRACT, "ScheduleBreakeven")).toBeCloseTo(breakevenByHand(), 9);
  });

  test("reaches the Operational rung: financial evidence is only claimed", () => {
    expect(book.named(LADDER, L.RungLevel)).toBe(3);
    expect(book.named(LADDER, L.RungReached)).toBe("Operational");
    expect(book.named(CONTRACT, C.EvidenceLevel)).toBe("Operational");
  });

  test("weights the benefits at 50%, subtracts the full cost, and says REDESIGN: below the scale line", () => {
    expect(book.named(CONTRACT, C.WeightedValue)).toBeCloseTo(453800 * 0.5 - 254000, 9);
    expect(book.named(LADDER, L.WeightedValue)).toBeCloseTo(453800 * 0.5 - 254000, 9);
    expect(book.named(CONTRACT, C.Verdict)).toBe("REDESIGN");
  });

  test("passes its master checks, except the price book's examples still to verify", () => {
    expect(book.named(CONTRACT, C.MasterCheck)).toBe("OK");
    expect(book.named(LADDER, L.MasterCheck)).toBe("OK");
    expect(book.named(COST, W.MasterCheck)).toBe("OK");
    expect(book.named("Price Book", PRICE_BOOK_NAMES.MasterCheck)).toBe("1 to resolve");
  });
});
