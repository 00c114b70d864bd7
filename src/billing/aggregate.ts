import type { Charge } from "./charge";
import { type Decimal, ExactSum, multiplyDecimal } from "./decimal";
import { CostAccumulator, type CostSums } from "./sums";
import { ownedText } from "./ownedText";
import type { TokenKind } from "./tokenKind";
import { tokenUnit, type TokenUnit } from "./tokenUnits";

/** What a line of the AI Billing table is about: one value of each dimension. */
export interface BillingGroup {
  /** "YYYY-MM". */
  readonly month: string;
  /** The allocation key's value, or {@link UNALLOCATED}. */
  readonly allocation: string;
  readonly model: string;
  readonly kind: TokenKind;
  /** ChargeCategory, with corrections and negative amounts apart. */
  readonly line: string;
  readonly currency: string;
  /** PricingUnit as written: quantities in different units are never added. */
  readonly pricingUnit: string;
}

/** One line of the aggregated table, before provenance is attached. */
export interface BillingLine extends BillingGroup {
  readonly costs: CostSums;
  /** Sum of PricingQuantity, in `pricingUnit`. */
  readonly pricingQuantity: Decimal;
  /** Sum of ConsumedQuantity converted to tokens; `null` when no row was metered in a token count. */
  readonly consumedTokens: Decimal | null;
}

/** The allocation value of rows that do not carry the chosen key. */
export const UNALLOCATED = "(unallocated)";

/** Lines kept at most: the sheet stays a summary whatever the file's size. */
export const MAX_LINES = 50000;

interface Accumulator {
  readonly group: BillingGroup;
  readonly costs: CostAccumulator;
  readonly pricingQuantity: ExactSum;
  /** `null` until a row metered in a token count is added. */
  consumedTokens: ExactSum | null;
}

/**
 * Sums charges into lines as they are read; memory grows with the number of distinct
 * lines, never with the number of rows.
 *
 * @example
 * const lines = new Aggregation();
 * lines.add(charge, "lead-scoring");
 * lines.lines(); //=> [{ month: "2025-05", allocation: "lead-scoring", model: "solora-saturn-4.8", … }]
 */
export class Aggregation {
  private readonly groups = new Map<string, Accumulator>();
  private readonly units = new Map<string, TokenUnit>();

  /** Adds a charge; false when it would open a line beyond {@link MAX_LINES}. */
  add(charge: Charge, allocation: string): boolean {
    const { month, model, kind, line, currency, pricingUnit } = charge;
    const key = `${month}\u0000${allocation}\u0000${model}\u0000${kind}\u0000${line}\u0000${currency}\u0000${pricingUnit}`;
    let acc = this.groups.get(key);
    if (acc === undefined) {
      if (this.groups.size >= MAX_LINES) return false;
      // The group outlives the piece of the file its strings were cut from.
      const group = { month, allocation: ownedText(allocation), model: ownedText(model), kind, line: ownedText(line), currency, pricingUnit: ownedText(pricingUnit) };
      acc = {
        group,
        costs: new CostAccumulator(),
        pricingQuantity: new ExactSum(),
        consumedTokens: null,
      };
      this.groups.set(ownedText(key), acc);
    }
    acc.costs.add(charge);
    if (charge.pricingQuantity !== null) acc.pricingQuantity.add(charge.pricingQuantity);
    const consumed = this.tokens(charge.consumedQuantity, charge.consumedUnit);
    if (consumed !== null) (acc.consumedTokens ??= new ExactSum()).add(consumed);
    return true;
  }

  /** The lines so far, in a stable order (month, allocation, model, kind, line, currency, unit). */
  lines(): BillingLine[] {
    return [...this.groups.values()]
      .map(({ group, costs, pricingQuantity, consumedTokens }) => ({
        ...group,
        costs: costs.value(),
        pricingQuantity: pricingQuantity.value(),
        consumedTokens: consumedTokens === null ? null : consumedTokens.value(),
      }))
      .sort(compareGroups);
  }

  /** A quantity in a token unit as a count of tokens; `null` when it is not one. */
  private tokens(quantity: Decimal | null, unit: string): Decimal | null {
    if (quantity === null) return null;
    let parsed = this.units.get(unit);
    if (parsed === undefined) {
      parsed = tokenUnit(unit);
      if (this.units.size >= 1000) this.units.clear();
      this.units.set(ownedText(unit), parsed);
    }
    return parsed.ok ? multiplyDecimal(quantity, parsed.tokens) : null;
  }
}

const ORDER: readonly (keyof BillingGroup)[] = ["month", "allocation", "model", "kind", "line", "currency", "pricingUnit"];

/** Orders lines by month, then allocation, model, kind, line, currency and unit. */
export function compareGroups(a: BillingGroup, b: BillingGroup): number {
  for (const key of ORDER) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  return 0;
}
