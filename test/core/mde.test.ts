import { CalcError } from "../../src/core/calcError";
import { mde } from "../../src/core/mde";
import { normSInv } from "../../src/core/normSInv";

/** SAMPLESIZE's separation, written out again: z_a·√(2p̄q̄) + z_b·√(p1q1 + p2q2). */
function separation(p1: number, p2: number, alpha = 0.05, power = 0.8, tails = 2): number {
  const pooled = (p1 + p2) / 2;
  return normSInv(1 - alpha / tails) * Math.sqrt(2 * pooled * (1 - pooled)) + normSInv(power) * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
}

describe("mde", () => {
  it("finds that 555 leads a group detect a rise of 12% conversion by just under 6 points", () => {
    const d = mde(0.12, 555) as number;
    // 555 is 554.79 rounded up, so a slightly smaller rise than 0.06 is detectable
    expect(d).toBeLessThan(0.06);
    expect(d).toBeGreaterThan(0.0599);
    // and d solves d·√n = separation
    expect(d * Math.sqrt(555)).toBeCloseTo(separation(0.12, 0.12 + d), 12);
  });

  it("detects a smaller rise one-sided, and with more trials", () => {
    const twoSided = mde(0.12, 555) as number;
    expect(mde(0.12, 555, 0.05, 0.8, 1)).toBeLessThan(twoSided);
    expect(mde(0.12, 5550)).toBeLessThan(twoSided);
    const d = mde(0.12, 437, 0.05, 0.8, 1) as number;
    expect(d * Math.sqrt(437)).toBeCloseTo(separation(0.12, 0.12 + d, 0.05, 0.8, 1), 12);
  });

  it("is #N/A when no target rate below 1 is detectable", () => {
    // at 50% with 2 trials a group even a rise to 100% is short: 0.5·√2 = 0.71 < 1.62
    expect(mde(0.5, 2)).toEqual(new CalcError("#N/A", "no target rate below 1 is detectable from 0.5 with 2 trials per group"));
  });

  it.each([
    [[0, 100], "baseline_rate must be a share between 0 and 1, not 0"],
    [[1, 100], "baseline_rate must be a share between 0 and 1, not 1"],
    [[0.12, 1], "trials_per_group must be a whole number of at least 2, not 1"],
    [[0.12, 2.5], "trials_per_group must be a whole number of at least 2, not 2.5"],
    [[0.12, 100, 0], "alpha must be between 0 and 1, not 0"],
    [[0.12, 100, 0.05, 1], "power must be between 0 and 1, not 1"],
    [[0.12, 100, 0.05, 0.8, 0], "tails must be 1 or 2, not 0"],
    [[0.12, 100, 0.5, 0.2], "power (0.2) must be above alpha/tails (0.25), or no data is needed"],
  ] as [number[], string][])("refuses %j with #NUM!: %s", (args, message) => {
    const [p, n, ...rest] = args;
    expect(mde(p, n, ...rest)).toEqual(new CalcError("#NUM!", message));
  });
});
