import { CalcError, isCalcError } from "./calcError";
import { checkRate, requiredSeparation, testDesign } from "./testDesign";

// The first sign change is bracketed on this grid, then bisected to double precision.
const GRID = 1024;

/**
 * Minimum detectable effect: the smallest rise d > 0 of the success rate from
 * `baselineRate` that `trialsPerGroup` trials per group detect, under
 * {@link sampleSize}'s formula without the rounding up — the smallest root of
 * d·√n = z_a·√(2p̄(1−p̄)) + z_b·√(p(1−p) + (p+d)(1−p−d)).
 *
 * @example
 * mde(0.12, 555); //=> 0.0599871800…
 */
export function mde(
  baselineRate: number,
  trialsPerGroup: number,
  alpha = 0.05,
  power = 0.8,
  tails: number = 2,
): number | CalcError {
  const badRate = checkRate("baseline_rate", baselineRate);
  if (badRate) return badRate;
  if (!(Number.isInteger(trialsPerGroup) && trialsPerGroup >= 2)) {
    return new CalcError("#NUM!", `trials_per_group must be a whole number of at least 2, not ${trialsPerGroup}`);
  }
  const design = testDesign(alpha, power, tails);
  if (isCalcError(design)) return design;
  const rootN = Math.sqrt(trialsPerGroup);
  const room = 1 - baselineRate;
  // Negative until the rise is detectable; at d = 0 it is −(z_a + z_b)·√(2pq) < 0.
  const margin = (d: number) => d * rootN - requiredSeparation(baselineRate, baselineRate + d, design);

  const undetectable = new CalcError(
    "#N/A",
    `no target rate below 1 is detectable from ${baselineRate} with ${trialsPerGroup} trials per group`,
  );
  let lo = 0;
  let hi: number | undefined;
  for (let k = 1; k <= GRID; k++) {
    const d = (room * k) / GRID;
    if (margin(d) >= 0) {
      hi = d;
      break;
    }
    lo = d;
  }
  if (hi === undefined) return undetectable;
  for (let mid = (lo + hi) / 2; mid > lo && mid < hi; mid = (lo + hi) / 2) {
    if (margin(mid) >= 0) hi = mid;
    else lo = mid;
  }
  return hi < room ? hi : undetectable;
}
