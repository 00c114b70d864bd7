/* Where the AI Billing sheet keeps what: its columns, shared by every section. */
import { columns } from "../../sheet/builder";

/**
 * The aggregated table's columns, from A. The sections above the table reuse them: money
 * always sits under BilledCost / EffectiveCost, so the eye can run down a column.
 */
export const COL = columns([
  "key",
  "month",
  "currency",
  "model",
  "kind",
  "line",
  "unit",
  "tokens",
  "quantity",
  "priced",
  "billed",
  "effective",
  "list",
  "contracted",
  "rows",
  "file",
  "note",
]);

export type ColumnKey = keyof typeof COL;

export const WIDTHS = [24, 12, 10, 28, 12, 16, 15, 17, 16, 15, 14, 14, 14, 16, 10, 26, 40, 2, 16];

/** Outside the print area; the sheet keeps no lists, but the builder wants the column. */
export const LISTS = 19;

/**
 * Beyond the print area, beside each provenance and table row: the exact record the row was
 * written from (src/billing/ledgerText.ts), which a later import reads back to rebuild the ledger.
 */
export const RECORD = columns(["record"], LISTS + 1).record;

/** A labelled row: label in A, value in B, unit in C, guidance in D. */
export const ROW = { value: COL.month.index, unit: COL.currency.index, guide: COL.model.index };

/** Fixed by the contract: prices are per million tokens. */
export const TOKENS_PER_PRICE_UNIT = 1_000_000;

/** Money on this sheet is in the row's own currency, never the workbook's: a plain two-decimal format. */
export const MONEY = "decimal" as const;
