import { CalcError } from "./calcError";

const millions = (x: number) => x.toLocaleString("en-US", { maximumFractionDigits: 2 });

/**
 * Monthly volume, in millions of tokens, above which self-hosting is cheaper than
 * paying the API: the fixed monthly cost over the saving on each million tokens.
 * With a `capacity` (millions of tokens one deployment serves in a month), a break-even
 * volume past it is no break-even: a second deployment's fixed cost is due first.
 *
 * Preconditions: apiPrice, monthlyFixedCost, marginalPrice ≥ 0.
 *
 * @example
 * hostingBreakeven(3, 9000, 0.5); //=> 3600
 * hostingBreakeven(3, 9000, 0.5, 2000); //=> #N/A: one deployment is full at 2,000 M tokens…
 */
export function hostingBreakeven(
  apiPrice: number,
  monthlyFixedCost: number,
  marginalPrice = 0,
  capacity?: number,
): number | CalcError {
  if (capacity !== undefined && !(capacity > 0)) {
    return new CalcError("#NUM!", `capacity must be above 0 (millions of tokens a month), not ${capacity}`);
  }
  if (apiPrice <= marginalPrice) {
    return new CalcError(
      "#N/A",
      `self-hosting never breaks even: api_price (${apiPrice}) is not above marginal_price (${marginalPrice})`,
    );
  }
  const volume = monthlyFixedCost / (apiPrice - marginalPrice);
  if (capacity !== undefined && volume > capacity) {
    return new CalcError(
      "#N/A",
      `one deployment is full at ${millions(capacity)} M tokens a month before self-hosting breaks even at ${millions(volume)} M`,
    );
  }
  return volume;
}
