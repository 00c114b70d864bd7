import { addDecimal, type Decimal, multiplyDecimal, ZERO } from "./decimal";
import type { BillingLedger } from "./ledger";
import { observedPrice } from "./observedPrice";
import type { TokenKind } from "./tokenKind";
import { tokenUnit } from "./tokenUnits";

/** An observed price the Price Book can take as a dated row. */
export interface PriceRow {
  /** "YYYY-MM": the month the price was paid in. */
  readonly month: string;
  readonly model: string;
  readonly kind: TokenKind;
  readonly currency: string;
  /** EffectiveCost per 1M tokens over the month's usage of this model and kind. */
  readonly perMillion: number;
  readonly tokens: Decimal;
  readonly effectiveCost: Decimal;
  /** "FOCUS export <file>, <month>". */
  readonly source: string;
}

/** Usage the import could not price, and why: shown beside the prices, never dropped silently. */
export interface UnpricedUsage {
  readonly month: string;
  readonly model: string;
  readonly kind: TokenKind;
  readonly pricingUnit: string;
  readonly reason: string;
}

interface Pool {
  readonly row: Omit<PriceRow, "perMillion" | "tokens" | "effectiveCost">;
  tokens: Decimal;
  effectiveCost: Decimal;
}

/**
 * Observed prices per file, month, model, token kind and currency, over plain usage
 * lines (all allocation values together: a price does not depend on who used it).
 * Lines priced in different token blocks are pooled in tokens, exactly.
 *
 * @example
 * priceRows(ledger).prices;
 * //=> [{ month: "2025-05", model: "solora-saturn-4.8", kind: "input", currency: "USD", perMillion: 5,
 * //      source: "FOCUS export per_token.csv, 2025-05", … }, …]
 */
export function priceRows(ledger: BillingLedger): { prices: PriceRow[]; unpriced: UnpricedUsage[] } {
  const names = new Map(ledger.files.map((file) => [file.sha256, file.fileName]));
  const pools = new Map<string, Pool>();
  const unpriced: UnpricedUsage[] = [];
  for (const line of ledger.lines) {
    if (line.line !== "Usage" || line.kind === "none") continue;
    const unit = tokenUnit(line.pricingUnit);
    if (!unit.ok) {
      const { month, model, kind, pricingUnit } = line;
      unpriced.push({ month, model, kind, pricingUnit, reason: unit.message });
      continue;
    }
    const key = [line.source, line.month, line.model, line.kind, line.currency].join("\u0000");
    const pool = pools.get(key) ?? {
      row: {
        month: line.month,
        model: line.model,
        kind: line.kind,
        currency: line.currency,
        source: `FOCUS export ${names.get(line.source) ?? line.source}, ${line.month}`,
      },
      tokens: ZERO,
      effectiveCost: ZERO,
    };
    pool.tokens = addDecimal(pool.tokens, multiplyDecimal(line.pricingQuantity, unit.tokens));
    pool.effectiveCost = addDecimal(pool.effectiveCost, line.costs.effective);
    pools.set(key, pool);
  }
  const prices: PriceRow[] = [];
  for (const { row, tokens, effectiveCost } of pools.values()) {
    const price = observedPrice(effectiveCost, tokens, "Tokens");
    if (price.ok) prices.push({ ...row, perMillion: price.perMillion, tokens, effectiveCost });
    else unpriced.push({ month: row.month, model: row.model, kind: row.kind, pricingUnit: "Tokens", reason: price.reason });
  }
  return { prices, unpriced };
}
