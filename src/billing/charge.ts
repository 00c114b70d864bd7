import { chargeMonth } from "./chargeMonth";
import type { ColumnIndex, FocusColumn } from "./columns";
import { type Decimal, isNegative, parseDecimal } from "./decimal";
import { type JsonObject, JsonObjects } from "./jsonObjects";
import { ownedText } from "./ownedText";
import { type TokenKind, tokenKind } from "./tokenKind";
import { mentionsTokens } from "./tokenUnits";

/**
 * One FOCUS row read into the values the AI Billing sheet aggregates, or the reason
 * it cannot be. Cost columns are exact decimals; nothing is defaulted.
 */
export interface Charge {
  readonly currency: string;
  /** "YYYY-MM", UTC month of ChargePeriodStart. */
  readonly month: string;
  /** ChargeCategory, marked when a correction or a negative amount, so it shows as its own line. */
  readonly line: string;
  readonly billed: Decimal;
  readonly effective: Decimal;
  /** `null` when the file leaves the cell empty (or has no such column). */
  readonly list: Decimal | null;
  readonly contracted: Decimal | null;
  readonly pricingQuantity: Decimal | null;
  readonly pricingUnit: string;
  readonly consumedQuantity: Decimal | null;
  readonly consumedUnit: string;
  /** SkuPriceDetails' ModelId, else SkuId, else SkuMeter. */
  readonly model: string;
  readonly kind: TokenKind;
  /** Generative AI usage (see {@link isAiCharge}); other rows are counted, not aggregated. */
  readonly ai: boolean;
  readonly tags: JsonObject;
}

/** A row that cannot be aggregated, and its costs when those at least could be read. */
export interface RowProblem {
  readonly row: number;
  readonly message: string;
  readonly costs: { readonly currency: string; readonly billed: Decimal; readonly effective: Decimal } | null;
}

/** FOCUS's ChargeCategory values, spelled as FOCUS spells them. */
const CATEGORIES = new Map(["Usage", "Purchase", "Tax", "Credit", "Adjustment"].map((c) => [c.toLowerCase(), c]));

/** Optional numeric columns, in the order {@link ChargeReader.read} reads them. */
const NUMBER_COLUMNS = ["ListCost", "ContractedCost", "PricingQuantity", "ConsumedQuantity"] as const;

/** The label shown when a model cannot be named from the row. */
export const NO_MODEL = "(model not stated)";

/** Reads rows against one header; remembers repeated JSON and dates across rows. */
export class ChargeReader {
  private readonly json = new JsonObjects();
  private readonly months = new Map<string, string | null>();

  constructor(
    private readonly index: ColumnIndex,
    private readonly width: number,
  ) {}

  /**
   * Reads one record.
   *
   * @example
   * reader.read(fields, 7); // a Charge, or { row: 7, message: 'EffectiveCost "12,50" is not a number.', costs: null }
   */
  read(fields: readonly string[], row: number): Charge | RowProblem {
    const fail = (message: string, costs: RowProblem["costs"] = null): RowProblem => ({ row, message: `Row ${row}: ${message}`, costs });
    if (fields.length !== this.width) return fail(`has ${fields.length} fields where the header has ${this.width}.`);
    const cell = (column: FocusColumn): string => {
      const i = this.index[column];
      return i < 0 ? "" : fields[i];
    };

    const billed = parseDecimal(cell("BilledCost"));
    const effective = parseDecimal(cell("EffectiveCost"));
    if (billed === null) return fail(`BilledCost ${quoted(cell("BilledCost"))} is not a number.`);
    if (effective === null) return fail(`EffectiveCost ${quoted(cell("EffectiveCost"))} is not a number.`);
    const currency = cell("BillingCurrency").trim().toUpperCase();
    if (currency === "") return fail("BillingCurrency is empty.");
    const costs = { currency, billed, effective };

    const month = this.month(cell("ChargePeriodStart"));
    if (month === null) return fail(`ChargePeriodStart ${quoted(cell("ChargePeriodStart"))} is not an ISO 8601 date-time.`, costs);
    const numbers: (Decimal | null)[] = [];
    for (const column of NUMBER_COLUMNS) {
      const text = cell(column);
      const value = text.trim() === "" ? null : parseDecimal(text);
      if (value === null && text.trim() !== "") return fail(`${column} ${quoted(text)} is not a number.`, costs);
      numbers.push(value);
    }
    const details = this.json.read(cell("SkuPriceDetails").trim());
    if (details === null) return fail(`SkuPriceDetails is not a JSON object: ${excerpt(cell("SkuPriceDetails"))}`, costs);
    const tags = this.json.read(cell("Tags").trim());
    if (tags === null) return fail(`Tags is not a JSON object: ${excerpt(cell("Tags"))}`, costs);

    const pricingUnit = cell("PricingUnit").trim();
    const consumedUnit = cell("ConsumedUnit").trim();
    const isTokens = mentionsTokens(pricingUnit) || mentionsTokens(consumedUnit);
    const skuMeter = cell("SkuMeter").trim();
    const modelId = typeof details.ModelId === "string" ? details.ModelId.trim() : "";
    const [list, contracted, pricingQuantity, consumedQuantity] = numbers;
    return {
      currency,
      month,
      line: chargeLine(cell("ChargeCategory"), cell("ChargeClass"), isNegative(billed) || isNegative(effective)),
      billed,
      effective,
      list,
      contracted,
      pricingQuantity,
      pricingUnit,
      consumedQuantity,
      consumedUnit,
      model: modelId || cell("SkuId").trim() || skuMeter || NO_MODEL,
      kind: tokenKind(details, skuMeter, isTokens),
      ai: isAiCharge(cell("ServiceCategory"), isTokens, details),
      tags,
    };
  }

  private month(text: string): string | null {
    let month = this.months.get(text);
    if (month === undefined) {
      month = chargeMonth(text);
      if (this.months.size >= 10000) this.months.clear();
      this.months.set(ownedText(text), month);
    }
    return month;
  }
}

/** True when `x` is a {@link RowProblem}. */
export function isRowProblem(x: Charge | RowProblem): x is RowProblem {
  return "message" in x;
}

/**
 * A charge is AI usage when FOCUS files it under "AI and Machine Learning", when it is
 * metered or priced in tokens, or when its SkuPriceDetails names a model or token kind.
 * The first rule keeps commitment purchases for AI tokens, which are priced in money.
 */
export function isAiCharge(serviceCategory: string, isTokens: boolean, details: JsonObject): boolean {
  if (serviceCategory.trim().toLowerCase() === "ai and machine learning" || isTokens) return true;
  return ["ModelId", "TokenDirection", "TokenCacheAction", "TokenType"].some((key) => details[key] !== undefined);
}

/**
 * The line a charge shows on: its category, with corrections and negative amounts
 * (refunds, reversals) kept apart so they are seen rather than netted away.
 *
 * @example
 * chargeLine("Usage", "Correction", true); //=> "Usage correction (negative)"
 * chargeLine("Credit", "", true); //=> "Credit"
 */
export function chargeLine(category: string, chargeClass: string, negative: boolean): string {
  const name = CATEGORIES.get(category.trim().toLowerCase()) ?? (category.trim() || "(no category)");
  const correction = chargeClass.trim().toLowerCase() === "correction" ? " correction" : "";
  // A credit is negative by nature; saying so adds nothing.
  const sign = negative && name !== "Credit" ? " (negative)" : "";
  return `${name}${correction}${sign}`;
}

function quoted(text: string): string {
  return text.trim() === "" ? "(empty)" : `"${excerpt(text)}"`;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}
