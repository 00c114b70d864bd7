/**
 * The FOCUS columns the import reads, and the header check that says in words which
 * ones a file lacks. Column IDs are FOCUS's own PascalCase names.
 */

/**
 * Without these the file's costs cannot be totalled by currency and month: FOCUS makes
 * every one mandatory. ChargeClass is mandatory too, but a published AI example omits it,
 * so it is read when present.
 */
export const REQUIRED_COLUMNS = [
  "BilledCost",
  "EffectiveCost",
  "BillingCurrency",
  "ChargePeriodStart",
  "ChargeCategory",
  "PricingQuantity",
  "PricingUnit",
] as const;

/** Read when present; a missing one reads as an empty cell. */
export const OPTIONAL_COLUMNS = [
  "ChargePeriodEnd",
  "ChargeClass",
  "ListCost",
  "ContractedCost",
  "ConsumedQuantity",
  "ConsumedUnit",
  "ServiceCategory",
  "SkuId",
  "SkuMeter",
  "SkuPriceDetails",
  "Tags",
] as const;

/** Columns offered as an allocation key, besides tag keys and `x_` columns. */
export const KEY_COLUMNS = [
  "SubAccountId",
  "SubAccountName",
  "ResourceId",
  "ResourceName",
  "BillingAccountId",
  "ServiceName",
  "PrincipalId",
] as const;

export type FocusColumn = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

/** Where each column sits in a record; -1 when the file has no such column. */
export type ColumnIndex = Readonly<Record<FocusColumn, number>>;

/** The header read: known columns, allocation-key candidates, and all names as written. */
export interface Header {
  readonly index: ColumnIndex;
  /** Candidate allocation columns present: KEY_COLUMNS and `x_` columns, with their positions. */
  readonly keyColumns: ReadonlyMap<string, number>;
  readonly names: readonly string[];
  /** The FOCUS version the columns show, e.g. "1.1 or later" (see {@link focusVersion}). */
  readonly version: string;
}

/** A header that is not a FOCUS cost and usage header, in words. */
export interface HeaderProblem {
  readonly kind: "not-focus";
  readonly missing: readonly string[];
  readonly message: string;
}

/**
 * Maps a header record to column positions. Names match exactly, or else ignoring case
 * (an export re-saved by a tool that lowercases headers is still FOCUS); a name that
 * appears twice is refused, as the file would be ambiguous.
 *
 * @example
 * const h = readHeader(["BilledCost", "EffectiveCost"]);
 * // h is a HeaderProblem naming BillingCurrency, ChargePeriodStart, ChargeCategory, PricingQuantity, PricingUnit
 */
export function readHeader(record: readonly string[]): Header | HeaderProblem {
  const names = record.map((name) => name.trim());
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const repeated: string[] = [];
  names.forEach((name, i) => {
    if (exact.has(name)) repeated.push(name);
    exact.set(name, i);
    const lower = name.toLowerCase();
    folded.set(lower, folded.has(lower) ? -2 : i);
  });
  if (repeated.length > 0) {
    return {
      kind: "not-focus",
      missing: [],
      message: `The column ${quoteList(repeated)} appears more than once, so its values are ambiguous.`,
    };
  }
  const find = (name: string): number => exact.get(name) ?? Math.max(folded.get(name.toLowerCase()) ?? -1, -1);
  const missing = REQUIRED_COLUMNS.filter((name) => find(name) < 0);
  if (missing.length > 0) {
    return {
      kind: "not-focus",
      missing,
      message:
        `This is not a FOCUS cost and usage file: it has no ${quoteList(missing)} column` +
        `${missing.length > 1 ? "s" : ""}. Export cost and usage in the FOCUS format (1.0 or later) and pick that file.`,
    };
  }
  const index = {} as Record<FocusColumn, number>;
  for (const name of [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]) index[name] = find(name);
  const keyColumns = new Map<string, number>();
  for (const name of KEY_COLUMNS) if (find(name) >= 0) keyColumns.set(name, find(name));
  names.forEach((name, i) => {
    if (/^x_/i.test(name)) keyColumns.set(name, i);
  });
  return { index, keyColumns, names, version: focusVersion(new Set(names.map((name) => name.toLowerCase()))) };
}

/**
 * Columns that first appeared in a FOCUS version, newest first, as the specification's
 * column pages give their "version introduced".
 */
const INTRODUCED: readonly [string, readonly string[]][] = [
  ["1.1", ["SkuMeter", "SkuPriceDetails"]],
  ["1.0", ["ConsumedQuantity", "ConsumedUnit"]],
];

/**
 * The earliest FOCUS version whose columns the header shows: a lower bound for the
 * provenance block, not a claim about the exporter.
 *
 * @example
 * focusVersion(new Set(["billedcost", "skumeter"])); //=> "1.1 or later"
 */
export function focusVersion(lowerCaseNames: ReadonlySet<string>): string {
  for (const [version, columns] of INTRODUCED) {
    if (columns.some((column) => lowerCaseNames.has(column.toLowerCase()))) return `${version} or later`;
  }
  return "before 1.0 (no ConsumedQuantity column)";
}

/** True when `x` is a {@link HeaderProblem}. */
export function isHeaderProblem(x: Header | HeaderProblem): x is HeaderProblem {
  return "kind" in x;
}

/** "A", "A and B", "A, B and C" — each name in quotes. */
function quoteList(names: readonly string[]): string {
  const quoted = names.map((name) => `"${name}"`);
  return quoted.length <= 1 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

/** FOCUS columns that also serve to recognise the delimiter of a header line. */
export const KNOWN_COLUMNS: ReadonlySet<string> = new Set<string>([
  ...REQUIRED_COLUMNS,
  ...OPTIONAL_COLUMNS,
  ...KEY_COLUMNS,
]);
