import { CalcError } from "../../src/core/calcError";
import { normSInv } from "../../src/core/normSInv";
import { obrienFleming } from "../../src/core/obrienFleming";
import { sequentialCrossing } from "../../src/core/sequentialCrossing";
import { sequentialInflation } from "../../src/core/sequentialInflation";
import { solveBracketed } from "../../src/core/solveBracketed";

/** Jennison & Turnbull (2000), table 2.3: O'Brien–Fleming C_B(K, 0.05) two-sided and R for power 0.8. */
const TABLE: [number, number, number][] = [
  [2, 1.977, 1.008],
  [3, 2.004, 1.017],
  [4, 2.024, 1.024],
  [5, 2.04, 1.028],
  [6, 2.053, 1.032],
  [8, 2.072, 1.037],
  [10, 2.087, 1.04],
  [12, 2.098, 1.042],
];

describe("sequentialCrossing", () => {
  it("is the plain z-test with one look", () => {
    const { upper, lower } = sequentialCrossing([normSInv(0.975)], 0, true);
    expect(upper).toBeCloseTo(0.025, 12);
    expect(lower).toBeCloseTo(0.025, 12);
    expect(sequentialCrossing([normSInv(0.8)], 0, false)).toEqual({ upper: expect.closeTo(0.2, 12), lower: 0 });
  });

  it("with two looks equals the bivariate normal written out (correlation √½)", () => {
    // P(Z1 ≥ b or Z2 ≥ b) = 1 − P(Z1 < b, Z2 < b), the second by integrating Z2 | Z1 ~ N(ρz, 1 − ρ²).
    const b = 2;
    const rho = Math.SQRT1_2;
    let both = 0;
    const h = 1e-3;
    for (let z = -9; z < b; z += h) {
      const mid = z + h / 2;
      const phi = Math.exp(-mid * mid / 2) / Math.sqrt(2 * Math.PI);
      both += phi * (1 - sequentialCrossing([(b - rho * mid) / Math.sqrt(1 - rho * rho)], 0, false).upper) * h;
    }
    expect(sequentialCrossing([b, b], 0, false).upper).toBeCloseTo(1 - both, 6);
  });
});

describe("obrienFleming and sequentialInflation", () => {
  it.each(TABLE)("match Jennison & Turnbull for %i looks", (looks, c, r) => {
    expect(obrienFleming(looks, 0.05, 2)).toBeCloseTo(c, 3);
    expect(sequentialInflation(looks, 0.05, 0.8, 2)).toBeCloseTo(r, 2);
  });

  it("spends exactly alpha and keeps exactly the power", () => {
    const c = obrienFleming(6, 0.05, 1) as number;
    const bounds = Array.from({ length: 6 }, (_, k) => c * Math.sqrt(6 / (k + 1)));
    expect(sequentialCrossing(bounds, 0, false).upper).toBeCloseTo(0.05, 8);
    const r = sequentialInflation(6, 0.05, 0.8, 1) as number;
    const drift = Math.sqrt(r) * (normSInv(0.95) + normSInv(0.8));
    expect(sequentialCrossing(bounds, drift, false).upper).toBeCloseTo(0.8, 8);
  });

  it("are the fixed-sample test with one look", () => {
    expect(obrienFleming(1, 0.05, 2)).toBeCloseTo(normSInv(0.975), 8);
    expect(sequentialInflation(1, 0.05, 0.8, 1)).toBeCloseTo(1, 8);
  });

  it.each([
    [[0, 0.05, 2], "looks must be a whole number of at least 1, not 0"],
    [[2.5, 0.05, 2], "looks must be a whole number of at least 1, not 2.5"],
    [[3, 0, 2], "alpha must be between 0 and 1, not 0"],
    [[3, 0.05, 3], "tails must be 1 or 2, not 3"],
  ] as [[number, number, number], string][])("refuses %j", (args, message) => {
    expect(obrienFleming(...args)).toEqual(new CalcError("#NUM!", message));
  });

  it("refuses a power at or below alpha", () => {
    expect(sequentialInflation(4, 0.05, 0.02, 2)).toEqual(new CalcError("#NUM!", "power must be above alpha/tails and below 1, not 0.02"));
  });
});

describe("solveBracketed", () => {
  it("finds a root in a handful of calls", () => {
    let calls = 0;
    const x = solveBracketed((v) => (calls++, v * v - 2), 1, 2, 1e-12);
    expect(x).toBeCloseTo(Math.SQRT2, 11);
    expect(calls).toBeLessThan(20);
  });
});
