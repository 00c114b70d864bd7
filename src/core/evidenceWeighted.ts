import { CalcError } from "./calcError";
import { DEFAULT_EVIDENCE_WEIGHTS } from "./rungs";

/**
 * The credit a value claim earns at the evidence it has: benefits × weight(level) − cost.
 * Only the benefits are weighted: the cost is spent whatever the evidence says, so at
 * level 0 a contract shows its cost as a loss rather than 0. `weights` holds 6 weights
 * (levels 0…5) or 5 (levels 1…5, level 0 weighing 0); they must not fall as the level rises.
 *
 * Preconditions: level a whole number 0…5; each weight in [0, 1].
 *
 * @example
 * evidenceWeighted(100000, 3); //=> 50000
 * evidenceWeighted(277000, 3, undefined, 254000); //=> -115500
 */
export function evidenceWeighted(
  benefits: number,
  level: number,
  weights: readonly number[] = DEFAULT_EVIDENCE_WEIGHTS,
  cost = 0,
): number | CalcError {
  if (weights.length !== 5 && weights.length !== 6) {
    return new CalcError("#NUM!", `weights needs 5 cells (levels 1…5) or 6 (levels 0…5), not ${weights.length}`);
  }
  const byLevel = weights.length === 5 ? [0, ...weights] : weights;
  for (let i = 1; i < byLevel.length; i++) {
    if (byLevel[i] < byLevel[i - 1]) {
      return new CalcError("#NUM!", `weights must not fall as the level rises (level ${i} weighs less than level ${i - 1})`);
    }
  }
  if (cost < 0) return new CalcError("#NUM!", "enter cost as a positive amount; it is subtracted");
  return benefits * byLevel[level] - cost;
}
