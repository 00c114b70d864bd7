/*
 * The ledger as text the AI Billing sheet keeps, so a later session (the pane reloaded, the
 * ledger gone from memory) can rebuild it exactly: the sheet's numbers are rounded doubles,
 * these are the import's exact decimals. One JSON text cell per line and one per file. The
 * text comes back from a workbook anyone may have edited, so reading it validates every field.
 */
import type { AllocationKey } from "./proposal";
import type { Provenance } from "./importer";
import type { LedgerLine } from "./ledger";
import { type Decimal, decimalToString, parseDecimal } from "./decimal";
import type { CurrencyCosts } from "./sums";
import { TOKEN_KINDS, type TokenKind } from "./tokenKind";

/** First element of a line's record: a later layout gets another tag, never a silent misreading. */
const LINE_TAG = "L1";
const FILE_TAG = "F1";

/** What was read, or why it cannot be trusted (in words, without the row: the caller knows it). */
export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

class Invalid extends Error {}

const text = (d: Decimal): string => decimalToString(d);

function costsText(c: CurrencyCosts): string[] {
  return [c.currency, text(c.billed), text(c.effective), text(c.list), text(c.contracted), ...[c.rows, c.listMissing, c.contractedMissing].map(String)];
}

/**
 * A ledger line as the text its sheet row keeps.
 *
 * @example
 * lineRecord(line); //=> '["L1","2025-05","lead-scoring","solora-saturn-4.8","input","Usage","USD","1000000 Tokens","9f2c…","42","42","45","0","3","0","3","8.4","8400000"]'
 */
export function lineRecord(l: LedgerLine): string {
  const c = l.costs;
  return JSON.stringify([
    LINE_TAG,
    l.month,
    l.allocation,
    l.model,
    l.kind,
    l.line,
    l.currency,
    l.pricingUnit,
    l.source,
    ...costsText({ ...c, currency: l.currency }).slice(1),
    text(l.pricingQuantity),
    l.consumedTokens === null ? "" : text(l.consumedTokens),
  ]);
}

/** A file's provenance, with its exact totals per currency, as the text its sheet row keeps. */
export function fileRecord(p: Provenance): string {
  const totals = (list: readonly CurrencyCosts[]) => list.map(costsText);
  const { sha256, fileName, bytes, focusVersion, delimiter, rowsRead, rowsKept, rowsNotAi, rowsMalformed, allocation, months, currencies } = p;
  return JSON.stringify([
    FILE_TAG,
    { sha256, fileName, bytes, focusVersion, delimiter, rowsRead, rowsKept, rowsNotAi, rowsMalformed, allocation, months, currencies },
    { kept: totals(p.totals.kept), notAi: totals(p.totals.notAi), malformed: totals(p.totals.malformed) },
  ]);
}

function decimal(v: unknown, what: string): Decimal {
  // Only what decimalToString writes: a sign, digits, a point; no exponent, no spaces.
  const d = typeof v === "string" && /^-?\d{1,40}(\.\d{1,40})?$/.test(v) ? parseDecimal(v) : null;
  if (d === null) throw new Invalid(`${what} "${String(v)}" is not an exact decimal`);
  return d;
}

function count(v: unknown, what: string): number {
  const n = typeof v === "string" ? Number(v) : v;
  if (typeof n !== "number" || !Number.isSafeInteger(n) || n < 0 || (typeof v === "string" && !/^\d+$/.test(v))) throw new Invalid(`${what} "${String(v)}" is not a count`);
  return n;
}

function str(v: unknown, what: string, pattern?: RegExp, rule?: string): string {
  if (typeof v !== "string" || v.length > 1000 || (pattern !== undefined && !pattern.test(v))) throw new Invalid(`${what} "${String(v).slice(0, 80)}" ${rule ?? "is not text"}`);
  return v;
}

const sha = (v: unknown) => str(v, "The SHA-256", /^[0-9a-f]{64}$/, "is not 64 hexadecimal digits");
const currency = (v: unknown) => str(v, "The currency", /^[A-Z]{3}$/, "is not a 3-letter currency code");
const month = (v: unknown) => str(v, "The month", /^\d{4}-(0[1-9]|1[0-2])$/, "is not a month (YYYY-MM)");

function kind(v: unknown): TokenKind {
  const k = TOKEN_KINDS.find((t) => t === v);
  if (k === undefined) throw new Invalid(`The token kind "${String(v)}" is not one the import writes`);
  return k;
}

function list(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v) || v.length > 10000) throw new Invalid(`${what} is not a list`);
  return v;
}

function costs(v: unknown): CurrencyCosts {
  const a = list(v, "A file total");
  if (a.length !== 8) throw new Invalid("A file total has the wrong number of fields");
  return {
    currency: currency(a[0]),
    billed: decimal(a[1], "BilledCost"),
    effective: decimal(a[2], "EffectiveCost"),
    list: decimal(a[3], "ListCost"),
    contracted: decimal(a[4], "ContractedCost"),
    rows: count(a[5], "Rows"),
    listMissing: count(a[6], "Rows without ListCost"),
    contractedMissing: count(a[7], "Rows without ContractedCost"),
  };
}

function allocation(v: unknown): AllocationKey | null {
  if (v === null) return null;
  if (typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 1 && keys[0] === "tag") return { tag: str(o.tag, "The allocation tag") };
    if (keys.length === 1 && keys[0] === "column") return { column: str(o.column, "The allocation column") };
  }
  throw new Invalid("The allocation key is not a tag or a column");
}

function parse<T>(record: unknown, read: (fields: unknown[]) => T): Parsed<T> {
  try {
    if (typeof record !== "string" || record.length > 100000) throw new Invalid("The stored record is not text");
    let fields: unknown;
    try {
      fields = JSON.parse(record);
    } catch {
      throw new Invalid("The stored record is not readable (it was edited)");
    }
    return { ok: true, value: read(list(fields, "The stored record")) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, reason: e.message };
    throw e;
  }
}

/**
 * A line read back from its sheet row's text, every field checked.
 *
 * @example
 * parseLineRecord(lineRecord(line)); //=> { ok: true, value: line }
 * parseLineRecord('["L1","2025-13",…]'); //=> { ok: false, reason: 'The month "2025-13" is not a month (YYYY-MM)' }
 */
export function parseLineRecord(record: unknown): Parsed<LedgerLine> {
  return parse(record, (f) => {
    if (f.length !== 18 || f[0] !== LINE_TAG) throw new Invalid("The stored record is not a line of this version");
    const c = costs([f[6], ...f.slice(9, 16)]);
    return {
      month: month(f[1]),
      allocation: str(f[2], "The allocation key"),
      model: str(f[3], "The model"),
      kind: kind(f[4]),
      line: str(f[5], "The charge line"),
      currency: c.currency,
      pricingUnit: str(f[7], "The PricingUnit"),
      source: sha(f[8]),
      costs: { billed: c.billed, effective: c.effective, list: c.list, contracted: c.contracted, rows: c.rows, listMissing: c.listMissing, contractedMissing: c.contractedMissing },
      pricingQuantity: decimal(f[16], "PricingQuantity"),
      consumedTokens: f[17] === "" ? null : decimal(f[17], "Tokens consumed"),
    };
  });
}

/** A file's provenance read back from its sheet row's text, every field checked. */
export function parseFileRecord(record: unknown): Parsed<Provenance> {
  return parse(record, (f) => {
    if (f.length !== 3 || f[0] !== FILE_TAG || typeof f[1] !== "object" || f[1] === null || typeof f[2] !== "object" || f[2] === null) {
      throw new Invalid("The stored record is not a file of this version");
    }
    const p = f[1] as Record<string, unknown>;
    const t = f[2] as Record<string, unknown>;
    const delimiter = str(p.delimiter, "The delimiter", /^[,;\t]$/, "is not a comma, a semicolon or a tab");
    return {
      sha256: sha(p.sha256),
      fileName: str(p.fileName, "The file name"),
      bytes: count(p.bytes, "Bytes"),
      focusVersion: str(p.focusVersion, "The FOCUS version"),
      delimiter,
      rowsRead: count(p.rowsRead, "Rows read"),
      rowsKept: count(p.rowsKept, "AI rows kept"),
      rowsNotAi: count(p.rowsNotAi, "Rows not AI"),
      rowsMalformed: count(p.rowsMalformed, "Malformed rows"),
      allocation: allocation(p.allocation),
      months: list(p.months, "The months").map(month),
      currencies: list(p.currencies, "The currencies").map(currency),
      totals: { kept: list(t.kept, "The totals").map(costs), notAi: list(t.notAi, "The totals").map(costs), malformed: list(t.malformed, "The totals").map(costs) },
    };
  });
}
