/*
 * The worked example, computed by a real formula engine with the AIVALUE plugin: no
 * formula yields an error, and the headline outputs equal figures worked out here from
 * the example's inputs, independently of the templates and the add-in's math.
 */
import { DetailedCellError } from "hyperformula";
import { workedExample } from "../../scripts/xlsx/workedExample";
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

/** The example's payback schedule, month by month: 68,000 up front, 15,000 a month, 46,000 ramped over 4 months, 10% a year. */
function breakevenByHand(): number {
  let previous = -68000;
  for (let m = 1; m <= 48; m++) {
    const value = 46000 * Math.min(1, m / 4);
    const cumulative = previous + (value - 15000) / Math.pow(1.1, m / 12);
    if (cumulative >= 0) return m - 1 + -previous / (cumulative - previous);
    previous = cumulative;
  }
  throw new Error("the example should pay back within 48 months");
}

describe("the worked example in HyperFormula", () => {
  test("has no formula that yields an error", () => {
    const errors = book.formulas
      .map((f) => ({ ...f, value: book.value(f.sheet, f.ref) }))
      .filter((f) => f.value instanceof DetailedCellError)
      .map((f) => `${f.sheet}!${f.ref} ${f.formula} → ${(f.value as DetailedCellError).value} ${(f.value as DetailedCellError).message}`);
    expect(errors).toEqual([]);
    expect(book.formulas.length).toBeGreaterThan(300);
  });

  test("costs $0.3807… per completed task: 14 calls, 30% of input cached, 92% success", () => {
    // 14 × (8,000 × (0.7 × $3 + 0.3 × $0.30) + 500 × $15) / 1e6 / 0.92
    const expected = (14 * (8000 * (0.7 * 3 + 0.3 * 0.3) + 500 * 15)) / 1e6 / 0.92;
    expect(book.named(COST, "CostPerTask")).toBeCloseTo(expected, 12);
    expect(book.named(COST, "StepTableCost")).toBeCloseTo(expected, 12);
  });

  test("realises $300,600 in the year: $554,600 of benefits less $254,000 of cost", () => {
    // Benefits: 504,000 revenue + 3,680 h × $55 × 25% captured. Costs: one-off 50,000 + 15,000 × 12
    // lifecycle, 18,000 transition, 6,000 risk.
    const benefits = 504000 + 3680 * 55 * 0.25;
    const cost = 50000 + 15000 * 12 + 18000 + 6000;
    expect(book.named(CONTRACT, "Realised")).toBeCloseTo(benefits - cost, 9);
    expect(book.named(CONTRACT, "ROI")).toBeCloseTo((benefits - cost) / cost, 12);
  });

  test("breaks even where the month-by-month schedule crosses zero", () => {
    expect(book.named(CONTRACT, "BreakevenMonths")).toBeCloseTo(breakevenByHand(), 9);
    expect(book.named(CONTRACT, "ScheduleBreakeven")).toBeCloseTo(breakevenByHand(), 9);
  });

  test("reaches the Operational rung: financial evidence is only claimed", () => {
    expect(book.named(LADDER, "RungLevel")).toBe(3);
    expect(book.named(LADDER, "RungReached")).toBe("Operational");
    expect(book.named(CONTRACT, "EvidenceLevel")).toBe("Operational");
  });

  test("weights the realised value at 50% and says PROVE", () => {
    expect(book.named(CONTRACT, "WeightedValue")).toBeCloseTo(300600 * 0.5, 9);
    expect(book.named(LADDER, "WeightedValue")).toBeCloseTo(300600 * 0.5, 9);
    expect(book.named(CONTRACT, "Verdict")).toBe("PROVE");
  });

  test("passes its master checks, except the price book's examples still to verify", () => {
    expect(book.named(CONTRACT, "MasterCheck")).toBe("OK");
    expect(book.named(LADDER, "MasterCheck")).toBe("OK");
    expect(book.named(COST, "MasterCheck")).toBe("OK");
    expect(book.named("Price Book", "MasterCheck")).toBe("1 to resolve");
  });
});
