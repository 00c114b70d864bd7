import { CalcError } from "./calcError";
import { normSInv } from "./normSInv";

/** The normal quantiles a two-proportion test is sized with. */
export interface TestDesign {
  /** Φ⁻¹(1 − alpha/tails): how far z must go to be significant. */
  zAlpha: number;
  /** Φ⁻¹(power): how far beyond that the true effect must sit. */
  zBeta: number;
}

/**
 * Checks SAMPLESIZE's and MDE's shared arguments and turns them into quantiles. Power
 * must exceed alpha/tails: below it a test "detects" a change that is not there.
 *
 * @example
 * testDesign(0.05, 0.8, 2); //=> { zAlpha: 1.9599639845400536, zBeta: 0.8416212335729144 }
 */
export function testDesign(alpha: number, power: number, tails: number): TestDesign | CalcError {
  if (tails !== 1 && tails !== 2) return new CalcError("#NUM!", `tails must be 1 or 2, not ${tails}`);
  if (!(alpha > 0 && alpha < 1)) return new CalcError("#NUM!", `alpha must be between 0 and 1, not ${alpha}`);
  if (!(power > 0 && power < 1)) return new CalcError("#NUM!", `power must be between 0 and 1, not ${power}`);
  if (power <= alpha / tails) {
    return new CalcError("#NUM!", `power (${power}) must be above alpha/tails (${alpha / tails}), or no data is needed`);
  }
  return { zAlpha: normSInv(1 - alpha / tails), zBeta: normSInv(power) };
}

/**
 * z_a·√(2·p̄·(1−p̄)) + z_b·√(p1(1−p1) + p2(1−p2)) with p̄ = (p1+p2)/2: the distance, in
 * standard errors of one trial per group, that |p2 − p1|·√n must cover.
 */
export function requiredSeparation(p1: number, p2: number, { zAlpha, zBeta }: TestDesign): number {
  const pooled = (p1 + p2) / 2;
  return zAlpha * Math.sqrt(2 * pooled * (1 - pooled)) + zBeta * Math.sqrt(p1 * (1 - p1) + p2 * (1 - p2));
}

/** A rate of a two-group test must be a share strictly between 0 and 1 (a rate of 0 or 1 has no variance to test). */
export function checkRate(name: string, rate: number): CalcError | null {
  return rate > 0 && rate < 1 ? null : new CalcError("#NUM!", `${name} must be a share between 0 and 1, not ${rate}`);
}
