/*
 * Offers the AI Billing import's observed prices to the workbook's Price Book as dated
 * rows ("FOCUS export <file>, <month>"), written only into its empty rows: no existing
 * row is changed, and a price already there (same model and source) is not added twice.
 */
import { type BillingLedger } from "../billing/ledger";
import { priceRows } from "../billing/priceRows";
import { TEMPLATE_MARKS } from "../templates/marks";
import { hasMark, readSheets } from "./billingRead";
import type { ExcelPort } from "./port";

/** The Price Book's table columns, as src/templates/priceBook.ts lays them out from A. */
const WIDTH = 11;
const HEADER = ["Provider", "Model"];
const PROVIDER = "From FOCUS export";

/** The token kinds the Price Book has a column for (input, output, cached input, cache write), by column index. */
export const PRICE_BOOK_COLUMNS = { input: 2, output: 3, "cache read": 4, "cache write": 5 } as const;

/** One Price Book row: provider, model, input, output, cached input, cache write, batch, from, source, verified, example. */
export type PriceBookRow = (string | number)[];

/**
 * The ledger's observed prices as Price Book rows: one per file, month, model and currency,
 * each token kind in its column; a kind the export did not price stays blank, never 0.
 *
 * @example
 * priceBookRows(ledger)[0];
 * //=> ["From FOCUS export", "solora-saturn-4.8", 5, 25, "", "", "", 45778, "FOCUS export per_token.csv, 2025-05 (USD)", "", ""]
 */
export function priceBookRows(ledger: BillingLedger): PriceBookRow[] {
  const rows = new Map<string, PriceBookRow>();
  const column = PRICE_BOOK_COLUMNS;
  for (const p of priceRows(ledger).prices) {
    if (!(p.kind in column)) continue;
    const source = `${p.source} (${p.currency})`;
    const key = `${p.model}\u0000${source}`;
    const [y, m] = p.month.split("-").map(Number);
    const row = rows.get(key) ?? [PROVIDER, p.model, "", "", "", "", "", Date.UTC(y, m - 1, 1) / 86400000 + 25569, source, "", ""];
    row[column[p.kind as keyof typeof column]] = p.perMillion;
    rows.set(key, row);
  }
  return [...rows.values()];
}

export interface PriceBookAppend {
  /** The Price Book written to, or null when the workbook has none. */
  readonly sheet: string | null;
  readonly added: number;
  /** Already in the Price Book (same model and source). */
  readonly present: number;
  /** Left out for want of empty rows: the user can add rows to the table and offer them again. */
  readonly noRoom: number;
  /** Why nothing was written at all (no Price Book, or its table cannot be found), in words; null when it was looked at. */
  readonly refused: string | null;
}

/** Syncs of an append that writes: the extent is read before the cells, since the user may have added rows. */
export const PRICE_BOOK_SYNCS = 5;

/** Shown when the workbook has no Price Book: prices are never written anywhere else. */
export const NO_PRICE_BOOK = "This workbook has no Price Book, so no price was added. Insert one from the Templates tab, then add the prices.";

/**
 * Writes the observed prices into the Price Book's empty rows. {@link PRICE_BOOK_SYNCS} syncs
 * whatever the ledger: sheets, their names, the Price Book's extent, its cells, the write
 * (skipped when there is nothing to add); two when there is no Price Book.
 *
 * @example
 * await appendObservedPrices(context, ledger);
 * //=> { sheet: "Price Book", added: 3, present: 0, noRoom: 0, refused: null }
 */
export async function appendObservedPrices(context: ExcelPort, ledger: BillingLedger): Promise<PriceBookAppend> {
  const { sheets, handles } = await readSheets(context);
  const book = sheets.find((s) => hasMark(s, TEMPLATE_MARKS.priceBook));
  if (book === undefined) return { sheet: null, added: 0, present: 0, noRoom: 0, refused: NO_PRICE_BOOK };
  const ws = handles.get(book.name)!;
  const used = ws.getUsedRangeOrNullObject().load("isNullObject,rowIndex,rowCount");
  await context.sync();
  const top = used.isNullObject ? 0 : used.rowIndex;
  const cells = ws.getRangeByIndexes(top, 0, used.isNullObject ? 1 : used.rowCount, WIDTH).load("formulas");
  await context.sync();

  const grid = cells.formulas;
  const head = grid.findIndex((r) => r[0] === HEADER[0] && r[1] === HEADER[1]);
  if (head < 0) {
    const refused = `“${book.name}” has no price table (no row starts “Provider”, “Model”), so no price was added.`;
    return { sheet: book.name, added: 0, present: 0, noRoom: 0, refused };
  }
  // The table runs from below its header to the first row that is not a price row (its "Units" line).
  let end = head + 1;
  while (end < grid.length && grid[end][0] !== "Units") end++;
  const table = grid.slice(head + 1, end);
  const existing = new Set(table.map((r) => `${r[1]}\u0000${r[8]}`));
  const free = table.map((r, i) => (r.every((v) => v === "" || v === null) ? i : -1)).filter((i) => i >= 0);
  const wanted = priceBookRows(ledger).filter((r) => !existing.has(`${r[1]}\u0000${r[8]}`));
  const present = priceBookRows(ledger).length - wanted.length;
  const written = wanted.slice(0, free.length);
  written.forEach((row, i) => {
    ws.getRangeByIndexes(top + head + 1 + free[i], 0, 1, WIDTH).formulas = [row];
  });
  if (written.length > 0) await context.sync();
  return { sheet: book.name, added: written.length, present, noRoom: wanted.length - written.length, refused: null };
}
