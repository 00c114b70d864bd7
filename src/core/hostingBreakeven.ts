import { CalcError } from "./calcError";

/**
 * Monthly volume, in millions of tokens, above which self-hosting is cheaper than
 * paying the API: the fixed monthly cost over the saving on each million tokens.
 *
 * Preconditions: every argument ≥ 0.
 *
 * @example
 * hostingBreakeven(3, 9000, 0.5); //=> 3600
 */
export function hostingBreakeven(
  apiPrice: number,
  monthlyFixedCost: number,
  marginalPrice = 0,
): number | CalcError {
  if (apiPrice <= marginalPrice) {
    return new CalcError(
      "#N/A",
      `self-hosting never breaks even: api_price (${apiPrice}) is not above marginal_price (${marginalPrice})`,
    );
  }
  return monthlyFixedCost / (apiPrice - marginalPrice);
}
