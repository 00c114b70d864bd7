import { CalcError, isCalcError } from "./calcError";
import { testDesign } from "./testDesign";

/**
 * Minimum detectable difference of two means: the smallest |current − reference| that groups
 * of these sizes and spreads detect with probability `power` at significance `alpha` —
 * (z_a + z_b)·√(sd₁²/n₁ + sd₂²/n₂), {@link sampleSizeMeans} solved for the difference. Sizes need
 * not be whole: the tracker passes its cases divided by the sequential design's inflation.
 *
 * @example
 * mdeMeans(3, 566, 3, 566); //=> 0.49961086486…
 */
export function mdeMeans(sd1: number, n1: number, sd2: number, n2: number, alpha = 0.05, power = 0.8, tails: number = 2): number | CalcError {
  if (!(sd1 >= 0 && sd2 >= 0 && Number.isFinite(sd1) && Number.isFinite(sd2))) return new CalcError("#NUM!", "standard deviations must not be negative");
  if (!(n1 > 0 && n2 > 0 && Number.isFinite(n1) && Number.isFinite(n2))) return new CalcError("#NUM!", "group sizes must be above 0");
  const design = testDesign(alpha, power, tails);
  if (isCalcError(design)) return design;
  return (design.zAlpha + design.zBeta) * Math.sqrt((sd1 * sd1) / n1 + (sd2 * sd2) / n2);
}
