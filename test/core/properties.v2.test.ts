/*
 * Contract v2's properties, over seeded random inputs: BREAKEVEN is the first upward zero
 * crossing of the payback curve (with no upfront cost too), EVIDENCEWEIGHTED is monotone
 * in the level and never above benefits − cost, SAMPLESIZE is the smallest sample that
 * reaches the power, and MDE at that sample is no larger than the rise it was sized for.
 */
import fc from "fast-check";
import { breakeven } from "../../src/core/breakeven";
import { isCalcError } from "../../src/core/calcError";
import { evidenceWeighted } from "../../src/core/evidenceWeighted";
import { mde } from "../../src/core/mde";
import { normSDist } from "../../src/core/normSDist";
import { normSInv } from "../../src/core/normSInv";
import { paybackCurve } from "../../src/core/paybackCurve";
import { sampleSize } from "../../src/core/sampleSize";

const SEED = 20261127;
const runs = { numRuns: 300, seed: SEED };

describe("BREAKEVEN is the first upward zero crossing of PAYBACKCURVE", () => {
  const cashProfile = fc.record({
    upfrontCost: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5000 })),
    monthlyCost: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.array(fc.integer({ min: 0, max: 300 }), { minLength: 24, maxLength: 24 })),
    monthlyValue: fc.array(fc.integer({ min: -400, max: 600 }), { minLength: 24, maxLength: 24 }),
    annualDiscountRate: fc.constantFrom(0, 0.1, -0.2),
  });

  it("reads the crossing off the curve: first negative month, then the first month back at 0 or above", () => {
    fc.assert(
      fc.property(cashProfile, (inputs) => {
        const curve = (paybackCurve(inputs) as number[][]).map(([c]) => c);
        const result = breakeven(inputs);
        const firstNegative = curve.findIndex((c) => c < 0);
        if (firstNegative < 0) return result === 0;
        const back = curve.findIndex((c, m) => m > firstNegative && c >= 0);
        if (back < 0) return isCalcError(result) && result.code === "#N/A";
        const expected = back - 1 + -curve[back - 1] / (curve[back] - curve[back - 1]);
        return result === expected && (result as number) > back - 1 && (result as number) <= back;
      }),
      runs,
    );
  });

  it("never answers 0 for a project that goes negative, whatever its upfront cost", () => {
    fc.assert(
      fc.property(cashProfile, (inputs) => {
        const curve = (paybackCurve(inputs) as number[][]).map(([c]) => c);
        return breakeven(inputs) !== 0 || curve.every((c) => c >= 0);
      }),
      runs,
    );
  });
});

describe("EVIDENCEWEIGHTED", () => {
  const policy = fc
    .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 6, maxLength: 6 })
    .map((ws) => [...ws].sort((a, b) => a - b));
  const money = fc.integer({ min: 0, max: 10_000_000 });

  it("rises (or holds) with the evidence level and never exceeds benefits − cost", () => {
    fc.assert(
      fc.property(money, money, policy, (benefits, cost, weights) => {
        const byLevel = [0, 1, 2, 3, 4, 5].map((level) => evidenceWeighted(benefits, level, weights, cost) as number);
        return byLevel.every((v, i) => (i === 0 || v >= byLevel[i - 1]) && v <= benefits - cost);
      }),
      runs,
    );
  });

  it("is exactly benefits − cost at weight 1 and −cost at weight 0", () => {
    fc.assert(
      fc.property(money, money, (benefits, cost) => {
        const weights = [0, 0.1, 0.25, 0.5, 1, 1];
        return evidenceWeighted(benefits, 4, weights, cost) === benefits - cost && evidenceWeighted(benefits, 0, weights, cost) === -cost;
      }),
      runs,
    );
  });
});

describe("SAMPLESIZE and MDE", () => {
  // Rates in whole basis points keep them distinct shares strictly between 0 and 1.
  const rate = fc.integer({ min: 1, max: 9999 }).map((bp) => bp / 10000);
  const design = fc.record({
    alpha: fc.constantFrom(0.01, 0.05, 0.1, 0.2),
    power: fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99),
    tails: fc.constantFrom(1, 2),
  });
  const rise = fc
    .tuple(rate, rate)
    .filter(([a, b]) => a !== b)
    .map(([a, b]) => (a < b ? [a, b] : [b, a]));

  /** The power the normal approximation promises with n trials a group, written through Φ. */
  function achievedPower(p1: number, p2: number, n: number, alpha: number, tails: number): number {
    const pooled = (p1 + p2) / 2;
    const zAlpha = normSInv(1 - alpha / tails);
    const s0 = Math.sqrt(2 * pooled * (1 - pooled));
    const s1 = Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
    return normSDist((Math.abs(p2 - p1) * Math.sqrt(n) - zAlpha * s0) / s1);
  }

  it("SAMPLESIZE is the smallest n that reaches the power", () => {
    fc.assert(
      fc.property(rise, design, ([p1, p2], { alpha, power, tails }) => {
        const n = sampleSize(p1, p2, alpha, power, tails) as number;
        const enough = achievedPower(p1, p2, n, alpha, tails) >= power - 1e-12;
        const oneFewerShort = n === 1 || achievedPower(p1, p2, n - 1, alpha, tails) < power;
        return Number.isInteger(n) && enough && oneFewerShort;
      }),
      runs,
    );
  });

  it("MDE(p, SAMPLESIZE(p, q)) ≤ q − p, and a rise a millionth smaller needs more trials", () => {
    fc.assert(
      fc.property(rise, design, ([p, q], { alpha, power, tails }) => {
        const n = sampleSize(p, q, alpha, power, tails) as number;
        fc.pre(n >= 2);
        const d = mde(p, n, alpha, power, tails) as number;
        return d > 0 && d <= q - p && (sampleSize(p, p + d * (1 - 1e-6), alpha, power, tails) as number) > n;
      }),
      runs,
    );
  });
});
