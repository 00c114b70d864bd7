import { CalcError, isCalcError } from "./calcError";
import { checkRate, requiredSeparation, testDesign } from "./testDesign";

/**
 * Trials needed per group for {@link significance} to detect a change of the success
 * rate from `baselineRate` to `targetRate` at significance `alpha` with probability
 * `power`: the smallest whole n with |p2 − p1|·√n ≥ z_a·√(2p̄(1−p̄)) + z_b·√(p1q1 + p2q2)
 * (the normal approximation without continuity correction), at least 1.
 *
 * @example
 * sampleSize(0.12, 0.18); //=> 555
 * sampleSize(0.12, 0.18, 0.05, 0.8, 1); //=> 437
 */
export function sampleSize(
  baselineRate: number,
  targetRate: number,
  alpha = 0.05,
  power = 0.8,
  tails: number = 2,
): number | CalcError {
  const badRate = checkRate("baseline_rate", baselineRate) ?? checkRate("target_rate", targetRate);
  if (badRate) return badRate;
  if (targetRate === baselineRate) {
    return new CalcError("#NUM!", "target_rate equals baseline_rate: there is no change to detect");
  }
  const design = testDesign(alpha, power, tails);
  if (isCalcError(design)) return design;
  if (tails === 1 && targetRate < baselineRate) {
    return new CalcError("#NUM!", "a one-sided test (tails 1) detects a rise: target_rate must be above baseline_rate");
  }
  const separation = requiredSeparation(baselineRate, targetRate, design);
  // A negative separation (alpha above 0.5 one-sided) is reached by any sample.
  if (separation <= 0) return 1;
  return Math.max(1, Math.ceil((separation / (targetRate - baselineRate)) ** 2));
}
