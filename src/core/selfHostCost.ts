import { HOURS_PER_MONTH } from "./units";

/**
 * Effective price per 1M tokens of a self-hosted deployment: what a month of the
 * deployment costs, busy or idle, over the tokens it actually serves in that month.
 *
 * Preconditions: hourlyCost > 0, tokensPerSecond > 0, 0 < utilisation ≤ 1, fixedMonthlyCost ≥ 0.
 *
 * @example
 * // $12/hour, 2,000 tokens/s, busy 50% of the month
 * selfHostCost(12, 2000, 0.5); //=> 3.3333333333
 */
export function selfHostCost(
  hourlyCost: number,
  tokensPerSecond: number,
  utilisation: number,
  fixedMonthlyCost = 0,
): number {
  const monthlyCost = hourlyCost * HOURS_PER_MONTH + fixedMonthlyCost;
  const monthlyTokens = tokensPerSecond * 3600 * HOURS_PER_MONTH * utilisation;
  return (monthlyCost / monthlyTokens) * 1e6;
}
