/**
 * Expected loss avoided against the counterfactual: loss × (p without − p with),
 * summed over the items. Negative when the intervention raises exposure — a
 * result to report, not an error.
 *
 * Preconditions: equal-length arrays; loss ≥ 0; probabilities in [0, 1].
 *
 * @example
 * avoidedLoss([2_000_000], [0.05], [0.02]); //=> 60000
 */
export function avoidedLoss(
  lossAmount: readonly number[],
  probabilityWithout: readonly number[],
  probabilityWith: readonly number[],
): number {
  let total = 0;
  for (let i = 0; i < lossAmount.length; i++) {
    total += lossAmount[i] * (probabilityWithout[i] - probabilityWith[i]);
  }
  return total;
}
