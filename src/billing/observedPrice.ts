import type { BillingLine } from "./aggregate";
import { type Decimal, divideToNumber, isNegative, isZero, multiplyDecimal } from "./decimal";
import { MILLION, tokenUnit } from "./tokenUnits";

/** A price per 1M tokens, or why there is none. */
export type ObservedPrice = { readonly ok: true; readonly perMillion: number } | { readonly ok: false; readonly reason: string };

/**
 * EffectiveCost ÷ PricingQuantity, per 1M tokens: what the tokens of a usage line really
 * cost, discounts and commitment drawdowns included. Quantities in other token blocks
 * ("1000 Tokens", "Tokens") are converted exactly; a unit that is not a count of tokens
 * is refused with the reason, never guessed.
 *
 * @example
 * observedPrice(d("52.50"), d("2.10"), "1000000 Tokens"); //=> { ok: true, perMillion: 25 }
 * observedPrice(d("0.05"), d("10"), "1000 Tokens");       //=> { ok: true, perMillion: 5 }
 * observedPrice(d("6"), d("6"), "1000000 Token-Hours");    //=> { ok: false, reason: '"1000000 Token-Hours" is not a count of tokens, …' }
 */
export function observedPrice(effectiveCost: Decimal, pricingQuantity: Decimal, pricingUnit: string): ObservedPrice {
  const unit = tokenUnit(pricingUnit);
  if (!unit.ok) return { ok: false, reason: unit.message };
  if (isZero(pricingQuantity) || isNegative(pricingQuantity)) {
    return { ok: false, reason: "No tokens were priced (PricingQuantity is not positive), so there is no price per token." };
  }
  // cost / (quantity × tokens per unit) × 1,000,000
  const perMillion = divideToNumber(multiplyDecimal(effectiveCost, MILLION), multiplyDecimal(pricingQuantity, unit.tokens));
  return perMillion === null ? { ok: false, reason: "No tokens were priced." } : { ok: true, perMillion };
}

/**
 * The observed price of an aggregated line. Only plain usage lines have one: a purchase,
 * credit, correction or negative line is money moved, not a price paid per token.
 */
export function linePrice(line: BillingLine): ObservedPrice {
  if (line.line !== "Usage") return { ok: false, reason: `A ${line.line} line has no price per token.` };
  if (line.kind === "none") return { ok: false, reason: "The line is not metered in tokens." };
  return observedPrice(line.costs.effective, line.pricingQuantity, line.pricingUnit);
}
