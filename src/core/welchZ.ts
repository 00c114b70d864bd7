import { CalcError } from "./calcError";
import type { Moments } from "./pooledMoments";

/**
 * The z statistic of the difference of two means with unequal variances (Welch's standard
 * error, normal reference): (current − reference) / √(v₁/n₁ + v₂/n₂). The tracker's weeks hold
 * hundreds of cases, where the normal and Student's t agree to the third decimal, and the
 * sequential boundary is defined on the normal scale.
 *
 * @example
 * welchZ({ n: 100, mean: 10, variance: 4 }, { n: 100, mean: 9.5, variance: 4 }); //=> -1.7677669529663689
 */
export function welchZ(reference: Moments, current: Moments): number | CalcError {
  const se2 = reference.variance / reference.n + current.variance / current.n;
  if (!(se2 > 0)) return new CalcError("#DIV/0!", "both groups have no spread: the difference has no standard error");
  return (current.mean - reference.mean) / Math.sqrt(se2);
}
