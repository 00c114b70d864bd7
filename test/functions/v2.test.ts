/*
 * What contract v2 changed on the Excel surface, through the functions Excel calls:
 * spare step rows, credits, capacity, tails, fail-closed verdicts, benefits less cost,
 * and the two functions that size a test.
 */
import * as f from "../../src/functions/library";
import { cell as n, column, excelError, OMITTED as omitted } from "../helpers/excel";

describe("WORKFLOWCOST", () => {
  test("skips step rows blank in every step range, as templates keep spare rows", () => {
    const withSpares = f.WORKFLOWCOST.call(column(4, null, 8), column(6000, "", 9000), column(300, null, 400), column(3, null, 3), 15);
    expect(withSpares).toBeCloseTo(f.WORKFLOWCOST.call(column(4, 8), column(6000, 9000), column(300, 400), 3, 15), 12);
  });

  test("does not count a value that stands for every step as a cell of a spare row", () => {
    expect(f.WORKFLOWCOST.call(column(14, null), column(8000, null), n(500), n(3), n(15))).toBeCloseTo(0.441, 12);
  });

  test("lets cached_price be blank, or a range of blanks, when nothing is cached", () => {
    const plain = f.WORKFLOWCOST.call(n(14), n(8000), n(500), n(3), n(15));
    expect(f.WORKFLOWCOST.call(n(14), n(8000), n(500), n(3), n(15), omitted, n(0), n(null))).toBe(plain);
    expect(f.WORKFLOWCOST.call(column(14, 2), n(8000), n(500), n(3), n(15), omitted, omitted, column(null, ""))).toBeCloseTo(
      f.WORKFLOWCOST.call(column(14, 2), n(8000), n(500), n(3), n(15)),
      12,
    );
  });
});

describe("HOSTINGBREAKEVEN", () => {
  test("keeps the break-even volume while one deployment can serve it", () => {
    expect(f.HOSTINGBREAKEVEN.call(n(3), n(9000), n(0.5), n(3600))).toBe(3600);
    expect(excelError(() => f.HOSTINGBREAKEVEN.call(n(3), n(9000), n(0.5), n(3599))).code).toBe("#N/A");
  });
});

describe("ROI", () => {
  test("accepts credit lines as long as the total cost is positive", () => {
    expect(f.ROI.call(n(504000), column(200000, -20000))).toBeCloseTo(1.8, 12);
  });
});

describe("BREAKEVEN", () => {
  test("pays back only from a negative position: a dip then recovery, not a start at 0", () => {
    expect(f.BREAKEVEN.call(n(0), n(30), n(60), n(3))).toBeCloseTo(2, 12);
    expect(f.BREAKEVEN.call(n(0), n(10), n(60))).toBe(0);
  });
});

describe("SIGNIFICANCE", () => {
  test("takes tails: one-sided is half the two-sided p for a rise, above 0.5 for a fall", () => {
    const two = f.SIGNIFICANCE.call(n(120), n(1000), n(180), n(1000));
    expect(f.SIGNIFICANCE.call(n(120), n(1000), n(180), n(1000), n(2))).toBe(two);
    expect(f.SIGNIFICANCE.call(n(120), n(1000), n(180), n(1000), n(1))).toBeCloseTo(two / 2, 15);
    expect(f.SIGNIFICANCE.call(n(180), n(1000), n(120), n(1000), n(1))).toBeGreaterThan(0.5);
  });
});

describe("SAMPLESIZE and MDE", () => {
  test("size the contract's example: 555 a group two-sided, 437 one-sided", () => {
    expect(f.SAMPLESIZE.call(n(0.12), n(0.18))).toBe(555);
    expect(f.SAMPLESIZE.call(n(0.12), n(0.18), omitted, omitted, n(1))).toBe(437);
    expect(f.SAMPLESIZE.call(n(0.12), n(0.18), n(0.05), n(0.8), n(2))).toBe(555);
  });

  test("MDE at SAMPLESIZE's trials is at most the rise it was sized for, and needs no fewer trials", () => {
    const rise = f.MDE.call(n(0.12), n(555));
    expect(rise).toBeGreaterThan(0);
    expect(rise).toBeLessThanOrEqual(0.06);
    // A hair above the MDE (0.12 + rise itself rounds in the last bit) 555 trials suffice.
    expect(f.SAMPLESIZE.call(n(0.12), n(0.12 + rise + 1e-12))).toBeLessThanOrEqual(555);
  });
});

describe("EVIDENCEWEIGHTED", () => {
  test("weights the benefits and subtracts the cost unweighted", () => {
    expect(f.EVIDENCEWEIGHTED.call(n(504000), n(3), omitted, n(180000))).toBe(504000 * 0.5 - 180000);
    expect(f.EVIDENCEWEIGHTED.call(n(504000), n(0), omitted, column(150000, 104000))).toBe(-254000);
  });

  test("keeps a v1 call's meaning when cost is left out", () => {
    expect(f.EVIDENCEWEIGHTED.call(n(504000), n(3))).toBe(252000);
  });
});

describe("VERDICT", () => {
  test("fails closed: evidence left out or blank is level 0, so value above the line is PROVE", () => {
    expect(f.VERDICT.call(n(324000), n(200000), n(50000))).toBe("PROVE");
    expect(f.VERDICT.call(n(324000), n(200000), n(50000), n(null))).toBe("PROVE");
    expect(f.VERDICT.call(n(324000), n(200000), n(50000), n("Financial"))).toBe("SCALE");
  });

  test("refuses a required level of 0, as desktop Excel passes a blank cell: #NUM!, which shows no message", () => {
    expect(excelError(() => f.VERDICT.call(n(324000), n(200000), n(50000), n(4), n(0)))).toEqual({ code: "#NUM!", message: "" });
  });
});
