import { CalcError } from "../../src/core/calcError";
import { sampleSize } from "../../src/core/sampleSize";

describe("sampleSize", () => {
  it("needs 555 leads a group to see conversion rise from 12% to 18% (two-sided, alpha 5%, power 80%)", () => {
    // p̄ = 0.15: 1.959964·√0.255 + 0.841621·√(0.1056 + 0.1476) = 1.413234; (1.413234 / 0.06)² = 554.79
    expect(sampleSize(0.12, 0.18)).toBe(555);
    expect(sampleSize(0.12, 0.18, 0.05, 0.8, 2)).toBe(555);
  });

  it("needs 437 one-sided", () => {
    // 1.644854·√0.255 + 0.841621·√0.2532 = 1.254107; (1.254107 / 0.06)² = 436.89
    expect(sampleSize(0.12, 0.18, 0.05, 0.8, 1)).toBe(437);
  });

  it("is symmetric two-sided: a fall needs as many trials as the same rise", () => {
    expect(sampleSize(0.18, 0.12)).toBe(555);
  });

  it("needs more trials for more power or a stricter alpha", () => {
    expect(sampleSize(0.12, 0.18, 0.05, 0.9)).toBeGreaterThan(555);
    expect(sampleSize(0.12, 0.18, 0.01, 0.8)).toBeGreaterThan(555);
  });

  it("is at least 1 when any sample reaches the power", () => {
    // one-sided alpha 0.9 puts z_a at −1.28, and the separation falls below 0
    expect(sampleSize(0.01, 0.99, 0.9, 0.95, 1)).toBe(1);
  });

  it.each([
    [[0, 0.18], "baseline_rate must be a share between 0 and 1, not 0"],
    [[1, 0.18], "baseline_rate must be a share between 0 and 1, not 1"],
    [[0.12, 0], "target_rate must be a share between 0 and 1, not 0"],
    [[0.12, 1.2], "target_rate must be a share between 0 and 1, not 1.2"],
    [[0.12, 0.12], "target_rate equals baseline_rate: there is no change to detect"],
    [[0.12, 0.18, 0], "alpha must be between 0 and 1, not 0"],
    [[0.12, 0.18, 1], "alpha must be between 0 and 1, not 1"],
    [[0.12, 0.18, 0.05, 0], "power must be between 0 and 1, not 0"],
    [[0.12, 0.18, 0.05, 1], "power must be between 0 and 1, not 1"],
    [[0.12, 0.18, 0.05, 0.02], "power (0.02) must be above alpha/tails (0.025), or no data is needed"],
    [[0.12, 0.18, 0.05, 0.8, 3], "tails must be 1 or 2, not 3"],
    [[0.18, 0.12, 0.05, 0.8, 1], "a one-sided test (tails 1) detects a rise: target_rate must be above baseline_rate"],
  ] as [number[], string][])("refuses %j with #NUM!: %s", (args, message) => {
    const [p1, p2, ...rest] = args;
    expect(sampleSize(p1, p2, ...rest)).toEqual(new CalcError("#NUM!", message));
  });
});
