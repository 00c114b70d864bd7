import { significance } from "../../src/core/significance";

describe("significance", () => {
  it("finds conversion rising from 12% to 18% on 1,000 leads each highly significant", () => {
    // z = 0.06 / sqrt(0.15 × 0.85 × 0.002) = 3.7573457…, p = erfc(z/√2)
    expect(significance(120, 1000, 180, 1000)).toBeCloseTo(0.0001717251561136311, 15);
  });

  it("is 1 when the two samples show the same share", () => {
    expect(significance(30, 100, 60, 200)).toBeCloseTo(1, 15);
  });

  it("is symmetric: a fall is as significant as the same rise", () => {
    expect(significance(180, 1000, 120, 1000)).toBe(significance(120, 1000, 180, 1000));
  });

  it("is 1 when the pooled share is 0 or 1 and no test is possible", () => {
    expect(significance(0, 10, 0, 20)).toBe(1);
    expect(significance(10, 10, 20, 20)).toBe(1);
  });

  it("refuses more successes than trials, naming the argument", () => {
    expect(significance(11, 10, 1, 10)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/^baseline_successes/) });
    expect(significance(1, 10, 11, 10)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/^current_successes/) });
  });

  it("v2: one-sided is half the two-sided p-value for a rise", () => {
    expect(significance(120, 1000, 180, 1000, 1)).toBeCloseTo(0.0001717251561136311 / 2, 16);
    expect(significance(120, 1000, 180, 1000, 2)).toBe(significance(120, 1000, 180, 1000));
  });

  it("v2: one-sided tests a rise, so a fall gives p above 0.5", () => {
    expect(significance(180, 1000, 120, 1000, 1)).toBeCloseTo(1 - 0.0001717251561136311 / 2, 15);
    expect(significance(30, 100, 60, 200, 1)).toBeCloseTo(0.5, 15);
  });

  it("v2: refuses tails other than 1 or 2", () => {
    for (const tails of [0, 3, 1.5, -1]) {
      expect(significance(120, 1000, 180, 1000, tails)).toEqual({ code: "#NUM!", message: `tails must be 1 or 2, not ${tails}` });
    }
  });
});
