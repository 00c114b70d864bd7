import { CalcError, isCalcError } from "./calcError";
import { testDesign } from "./testDesign";

/**
 * Cases needed **per group** for a two-sample test of means to detect a change from
 * `baselineMean` to `targetMean` when one case's standard deviation is `sd`:
 * ⌈ 2·sd²·(z_a + z_b)² / (target − baseline)² ⌉, the normal-approximation formula that
 * {@link sampleSize} is for shares, with z_a = Φ⁻¹(1 − alpha/tails) and z_b = Φ⁻¹(power).
 *
 * @example
 * sampleSizeMeans(3, 8, 7.5); //=> 566
 * sampleSizeMeans(3, 8, 7.5, 0.05, 0.8, 1); //=> 446
 */
export function sampleSizeMeans(sd: number, baselineMean: number, targetMean: number, alpha = 0.05, power = 0.8, tails: number = 2): number | CalcError {
  if (!(sd > 0 && Number.isFinite(sd))) return new CalcError("#NUM!", `the standard deviation must be above 0, not ${sd}`);
  if (!(Number.isFinite(baselineMean) && Number.isFinite(targetMean))) return new CalcError("#VALUE!", "the baseline and target means must be numbers");
  if (targetMean === baselineMean) return new CalcError("#NUM!", "the target equals the baseline: there is no change to detect");
  const design = testDesign(alpha, power, tails);
  if (isCalcError(design)) return design;
  const z = design.zAlpha + design.zBeta;
  return Math.max(1, Math.ceil((2 * sd * sd * z * z) / (targetMean - baselineMean) ** 2));
}
