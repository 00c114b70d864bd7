/*
 * The wrappers Excel calls, run as formulas in cells of a real formula engine: examples
 * from the help page, ranges with blanks, a spilled curve, nesting inside native
 * formulas, and errors that reach the cell with their messages.
 */
import { HyperFormula, DetailedCellError } from "hyperformula";
import { LIBRARY } from "../../src/functions/library";
import { exampleFormula, formula } from "../../src/functions/reference";
import { registerAivalue } from "../../harness/hyperformula";

let hf: HyperFormula;

beforeAll(async () => {
  await registerAivalue();
});

afterEach(() => hf?.destroy());

function sheet(rows: (string | number | boolean | null)[][]): HyperFormula {
  // No display rounding: parity is checked at 1e-9 and beyond. Array arithmetic as in Excel 365.
  hf = HyperFormula.buildFromArray(rows, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  return hf;
}

const value = (row: number, col: number) => hf.getCellValue({ sheet: 0, row, col });

describe("AIVALUE functions in HyperFormula", () => {
  test.each(LIBRARY.map((f) => [f.id, { formula: exampleFormula(f), result: f.example.result }] as const))("the help page's worked example for %s returns what it says", (_id, example) => {
    // HyperFormula spells the boolean constants as functions.
    sheet([[example.formula.replace(/\bTRUE\b/g, "TRUE()")]]);
    if (Array.isArray(example.result)) {
      example.result.forEach(([expected], row) => expect(value(row, 0)).toBeCloseTo(expected, 9));
    } else if (typeof example.result === "number") {
      expect(value(0, 0)).toBeCloseTo(example.result, 9);
    } else {
      expect(value(0, 0)).toBe(example.result);
    }
  });

  test.each(LIBRARY.flatMap((f) => f.errors.map((e) => [formula(f, e.example), e.code] as const)))(
    "the reference's error example %s gives %s in a cell",
    (text, code) => {
      sheet([[text]]);
      expect((value(0, 0) as DetailedCellError).value).toBe(code);
    },
  );

  test("SAMPLESIZE sizes a test that SIGNIFICANCE then passes, and MDE reads the same design back", () => {
    sheet([
      [0.12, 0.18, "=AIVALUE.SAMPLESIZE(A1, B1)", "=AIVALUE.MDE(A1, C1)"],
      ["=ROUND(A1*C1, 0)", "=ROUND(B1*C1, 0)", "=AIVALUE.SIGNIFICANCE(A2, C1, B2, C1)", "=AIVALUE.SAMPLESIZE(A1, B1, 0.05, 0.8, 1)"],
    ]);
    expect(value(0, 2)).toBe(555);
    expect(value(0, 3)).toBeLessThanOrEqual(0.06);
    expect(value(1, 2)).toBeLessThan(0.05);
    expect(value(1, 3)).toBe(437);
  });

  test("WORKFLOWCOST skips a spare step row that the sheet leaves blank (v2)", () => {
    sheet([
      [4, 6000, 300, 3, 15, "=AIVALUE.WORKFLOWCOST(A1:A3, B1:B3, C1:C3, D1:D3, E1:E3)"],
      [null, null, null, null, null, "=SUMPRODUCT(A1:A3, B1:B3*D1:D3 + C1:C3*E1:E3)/1e6"],
      [2, 2500, 900, 0.8, 4],
    ]);
    expect(value(0, 5)).toBeCloseTo(value(1, 5) as number, 12);
  });

  test("WORKFLOWCOST takes a step table as column ranges and agrees with SUMPRODUCT", () => {
    sheet([
      [4, 6000, 300, 3, 15, "=AIVALUE.WORKFLOWCOST(A1:A3, B1:B3, C1:C3, D1:D3, E1:E3, 0.9)"],
      [8, 9000, 400, 3, 15, "=SUMPRODUCT(A1:A3, B1:B3*D1:D3 + C1:C3*E1:E3)/1e6/0.9"],
      [2, 2500, 900, 0.8, 4],
    ]);
    expect(value(0, 5)).toBeCloseTo(value(1, 5) as number, 12);
  });

  test("CAPTURED skips rows blank in every range, as SUMPRODUCT would", () => {
    sheet([
      [1200, 55, 0.3, "=AIVALUE.CAPTURED(A1:A4, B1:B4, C1:C4)"],
      [null, null, null, "=SUMPRODUCT(A1:A4, B1:B4, C1:C4)"],
      [800, 70, 0.5],
      [null, null, null],
    ]);
    expect(value(0, 3)).toBeCloseTo(value(1, 3) as number, 9);
  });

  test("CAPTURED refuses a row whose cost is blank but whose hours are not", () => {
    sheet([
      [800, 70, 0.5, "=AIVALUE.CAPTURED(A1:A2, B1:B2, C1:C2)"],
      [1200, null, 0.3],
    ]);
    const error = value(0, 3) as DetailedCellError;
    expect(error.value).toBe("#VALUE!");
    expect(error.message).toBe("CAPTURED: hourly_cost (item 2) is blank while the other arguments have values there");
  });

  test("PAYBACKCURVE spills months + 1 rows and BREAKEVEN reads its zero crossing", () => {
    sheet([["=AIVALUE.PAYBACKCURVE(300, 10, 60, 3, 0.08, 12)", "=AIVALUE.BREAKEVEN(300, 10, 60, 3, 0.08, 12)"]]);
    const curve = Array.from({ length: 13 }, (_, m) => value(m, 0) as number);
    expect(curve[0]).toBe(-300);
    expect(value(13, 0)).toBeNull();
    const t = value(0, 1) as number;
    const m = Math.ceil(t);
    expect(curve[m - 1]).toBeLessThan(0);
    expect(curve[m]).toBeGreaterThanOrEqual(0);
    expect(t).toBeCloseTo(m - 1 - curve[m - 1] / (curve[m] - curve[m - 1]), 12);
  });

  test("BREAKEVEN takes monthly series as rows, with the horizon their length", () => {
    sheet([
      [20, 20, 20, 20, 20, 20],
      [0, 40, 80, 120, 120, 120],
      ["=AIVALUE.BREAKEVEN(100, A1:F1, A2:F2)"],
    ]);
    // Net -20, 20, 60, 100: cumulative -100, -120, -100, -40, 60 → crosses in month 4.
    expect(value(2, 0)).toBeCloseTo(3 + 40 / 100, 12);
  });

  test("AIVALUE results feed native formulas and native results feed AIVALUE", () => {
    sheet([
      [0.12, 0.18, "=ROUND(AIVALUE.UPLIFT(A1, B1) * 100, 1) & \"%\""],
      [504000, 180000, "=AIVALUE.ROI(SUM(A2), B2 * 1)"],
      [null, null, "=IF(AIVALUE.EVIDENCELEVEL(TRUE(), \"Yes\", \"Audited\", 1, \"planned\") >= 4, \"scale\", \"prove\")"],
    ]);
    expect(value(0, 2)).toBe("50%");
    expect(value(1, 2)).toBeCloseTo(1.8, 12);
    expect(value(2, 2)).toBe("scale");
  });

  test("UPLIFT ignores blank cells in its averages", () => {
    sheet([
      [10, 12, "=AIVALUE.UPLIFT(A1:A3, B1:B3)"],
      [null, 18, "=(AVERAGE(B1:B3) - AVERAGE(A1:A3)) / ABS(AVERAGE(A1:A3))"],
      [20, null],
    ]);
    expect(value(0, 2)).toBeCloseTo(value(1, 2) as number, 12);
  });

  test("an error in an argument's cell propagates unchanged", () => {
    sheet([["=1/0", "=AIVALUE.ROI(A1, 10)", "=AIVALUE.REALISED(A1:A2, 0, 0, 0, 0, 1, 1)"]]);
    expect((value(0, 1) as DetailedCellError).value).toBe("#DIV/0!");
    expect((value(0, 2) as DetailedCellError).value).toBe("#DIV/0!");
  });

  test("errors reach the cell with the code the contract gives and a message naming the argument", () => {
    sheet([
      ["=AIVALUE.BREAKEVEN(1000, 100, 50)"],
      ["=AIVALUE.ROI(10, 0)"],
      ["=AIVALUE.WORKFLOWCOST(14, 8000, 500, \"three\", 15)"],
      ["=AIVALUE.VERDICT(1, 10, 20)"],
    ]);
    const errors = [0, 1, 2, 3].map((row) => value(row, 0) as DetailedCellError);
    expect(errors.map((e) => e.value)).toEqual(["#N/A", "#DIV/0!", "#VALUE!", "#NUM!"]);
    expect(errors[0].message).toMatch(/does not break even within 120 months/);
    expect(errors[1].message).toMatch(/cost/);
    expect(errors[2].message).toMatch(/input_price/);
    expect(errors[3].message).toMatch(/stop_threshold/);
  });

  test("numbers stored as text are accepted; booleans where a number belongs are not", () => {
    sheet([["'12", "=AIVALUE.COSTOFDELAY(365, A1)", "=AIVALUE.COSTOFDELAY(365, TRUE())"]]);
    expect(value(0, 1)).toBeCloseTo(12, 12);
    expect((value(0, 2) as DetailedCellError).value).toBe("#VALUE!");
  });
});
