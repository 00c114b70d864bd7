/* The aggregated table: one row per line of the ledger, never a raw FOCUS row. */
import { type BillingSheetRow } from "../../billing/sheetRows";
import { type LedgerLine } from "../../billing/ledger";
import { lineRecord } from "../../billing/ledgerText";
import { tokenUnit } from "../../billing/tokenUnits";
import { SheetBuilder, header } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { COL, MONEY, RECORD } from "./layout";
import { BILLING_NAMES, BILLING_READ_NAMES, BILLING_TABLE_NAMES } from "./names";

/** Text cells of the table are text: a model "1-2" or a key "2025" must not become a date or a number. */
const text = (v: string): Cell => ({ v, fmt: "text" });
const num = (v: number | null, fmt: Cell["fmt"]): Cell => ({ v, fmt });

/** Tokens priced: PricingQuantity in tokens, or blank when the unit is not a count of tokens. */
function pricedTokens(row: BillingSheetRow): number | null {
  const unit = tokenUnit(row.pricingUnit);
  return unit.ok && row.kind !== "none" ? row.pricingQuantity * Number(unit.tokens) : null;
}

/** The table's header, its rows and the names over its columns; returns the first and last data rows. */
export function table(b: SheetBuilder, rows: readonly BillingSheetRow[], lines: readonly LedgerLine[], fileNames: ReadonlyMap<string, string>): { first: number; last: number } {
  b.section("Aggregated AI usage (month × key × model × token kind)");
  b.line([{ v: "One row per month, allocation key, model, token kind, charge line, currency and file: sums of the FOCUS rows, never the rows themselves. Money is in the row's currency.", s: "subtitle" }]);
  b.line(
    [
      "Allocation key",
      "Month",
      "Currency",
      "Model",
      "Token kind",
      "Charge line",
      "PricingUnit",
      "Tokens consumed",
      "PricingQuantity",
      "Tokens priced",
      "BilledCost",
      "EffectiveCost",
      "ListCost",
      "ContractedCost",
      "Rows",
      "File",
      "Note",
    ].map((h) => header(h)),
  );
  b.put(b.row - 1, RECORD.index, [header("Exact record (read by the next import; do not edit)")]);
  const first = b.row;
  for (const [i, r] of rows.entries()) {
    b.put(b.row, RECORD.index, [{ v: lineRecord(lines[i]), s: "calc", fmt: "text" }]);
    b.line([
      text(r.allocation),
      num(r.monthStart, "date"),
      text(r.currency),
      text(r.model),
      text(r.kind),
      text(r.line),
      text(r.pricingUnit),
      num(r.consumedTokens, "integer"),
      num(r.pricingQuantity, "number"),
      num(pricedTokens(r), "integer"),
      num(r.billedCost, MONEY),
      num(r.effectiveCost, MONEY),
      num(r.listCost, MONEY),
      num(r.contractedCost, MONEY),
      num(r.rows, "integer"),
      text(fileNames.get(r.source) ?? r.source),
      r.note ? text(r.note) : undefined,
    ]);
  }
  // Every name needs a range: an empty ledger keeps one blank row, which every SUMIFS reads as nothing.
  if (rows.length === 0) b.skip();
  const last = b.row - 1;
  const column = (name: string, c: keyof typeof COL) => b.name(name, COL[c].range(first, last, true));
  column(BILLING_NAMES.Key, "key");
  column(BILLING_NAMES.Month, "month");
  column(BILLING_NAMES.Currency, "currency");
  column(BILLING_NAMES.EffectiveCost, "effective");
  column(BILLING_TABLE_NAMES.Model, "model");
  column(BILLING_TABLE_NAMES.Kind, "kind");
  column(BILLING_TABLE_NAMES.Line, "line");
  column(BILLING_TABLE_NAMES.Tokens, "priced");
  column(BILLING_TABLE_NAMES.BilledCost, "billed");
  column(BILLING_TABLE_NAMES.ListCost, "list");
  column(BILLING_TABLE_NAMES.ContractedCost, "contracted");
  column(BILLING_TABLE_NAMES.Rows, "rows");
  b.name(BILLING_READ_NAMES.LineRecords, RECORD.range(first, last, true));
  return { first, last };
}
