/**
 * FOCUS's JSON columns (Tags, SkuPriceDetails) read as objects. The same text repeats on
 * most rows of an export (one SKU price, one resource's tags), so parsed objects are
 * remembered, up to a bound that keeps memory flat on files with unique values per row.
 */

import { ownedText } from "./ownedText";

/** A JSON object's properties; an empty cell reads as no properties. */
export type JsonObject = Readonly<Record<string, unknown>>;

const EMPTY: JsonObject = Object.freeze({});

/** Distinct texts remembered before the memory is cleared. */
const REMEMBERED = 10000;

/** Reads JSON object cells, remembering recent texts. */
export class JsonObjects {
  private readonly seen = new Map<string, JsonObject | null>();

  /**
   * The object a cell holds, or `null` when the text is not a JSON object
   * (invalid JSON, an array, a bare string).
   *
   * @example
   * new JsonObjects().read('{"ai-value-contract":"lead-scoring"}'); //=> { "ai-value-contract": "lead-scoring" }
   * new JsonObjects().read("{team: ops}"); //=> null
   */
  read(text: string): JsonObject | null {
    if (text === "") return EMPTY;
    const known = this.seen.get(text);
    if (known !== undefined) return known;
    // Parsed from a copy: the object's strings may be views into the text they were parsed from.
    const owned = ownedText(text);
    const value = parseObject(owned);
    if (this.seen.size >= REMEMBERED) this.seen.clear();
    this.seen.set(owned, value);
    return value;
  }
}

function parseObject(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}
