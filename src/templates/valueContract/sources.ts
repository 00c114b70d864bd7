/*
 * What a new value contract can link to, as the pane offers it: the evidence ladders, measurement
 * trackers and AI Billing sheets of the workbook, and the allocation keys billed there. Everything here comes from
 * cells and names anyone can edit, so it is validated before it reaches a formula or a picker.
 */

/** A billed allocation key and the currencies it is billed in. */
export interface BilledKey {
  key: string;
  currencies: string[];
}

export interface ActualsSources {
  /** Evidence ladders, for a contract's evidence level to link to (read in the same syncs). */
  ladders: string[];
  /** Measurement trackers (by their mark, never frozen copies). */
  trackers: string[];
  /** AI Billing sheets, each with the keys its table bills. */
  billing: { sheet: string; keys: BilledKey[] }[];
}

export const NO_SOURCES: ActualsSources = { ladders: [], trackers: [], billing: [] };

/** Rows of the billing table read for the key picker: keeps the read far under Excel's 5 MB response limit. */
export const MAX_KEY_ROWS = 10_000;
/** Longest key offered; a longer one is typed by hand if it is really wanted. */
export const MAX_KEY_LENGTH = 255;

/** True for a name Excel accepts for a sheet: 1 to 31 characters, none of []:*?/\, not starting or ending with an apostrophe. */
export function isSheetName(name: unknown): name is string {
  return typeof name === "string" && name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}

/** True for a key worth offering: text, not blank, no control characters, not too long. */
export function isKey(key: unknown): key is string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  return typeof key === "string" && key.trim() !== "" && key.length <= MAX_KEY_LENGTH && !/[\u0000-\u001f\u007f]/.test(key);
}

/** True for an ISO 4217 code as the billing sheet writes it (USD). */
export function isCurrency(code: unknown): code is string {
  return typeof code === "string" && /^[A-Z]{3}$/.test(code);
}

/**
 * The distinct keys of the billing table's key and currency columns (cell values, row by row), each
 * with its currencies. Excel compares text without case, so keys differing only in case are one key
 * (spelled as first seen). Rows with a key or currency that fails validation are left out.
 */
export function billedKeys(keys: readonly unknown[], currencies: readonly unknown[]): BilledKey[] {
  const found = new Map<string, BilledKey>();
  keys.slice(0, MAX_KEY_ROWS).forEach((key, i) => {
    const currency = currencies[i];
    if (!isKey(key) || !isCurrency(currency)) return;
    const entry = found.get(key.toLowerCase()) ?? { key, currencies: [] };
    if (!entry.currencies.includes(currency)) entry.currencies.push(currency);
    found.set(key.toLowerCase(), entry);
  });
  return [...found.values()].sort((a, b) => a.key.localeCompare(b.key));
}
