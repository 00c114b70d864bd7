/*
 * Observed prices: per month, model, token kind and currency, EffectiveCost over the
 * tokens priced, per 1M tokens — native SUMIFS over the table, so the sheet shows them
 * without the add-in and they move with the table.
 */
import type { BillingSheetRow } from "../../billing/sheetRows";
import type { UnpricedUsage } from "../../billing/priceRows";
import { SheetBuilder, calc, guide, header, label } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { COL, MONEY } from "./layout";
import { BILLING_NAMES, BILLING_TABLE_NAMES } from "./names";

const N = { ...BILLING_NAMES, ...BILLING_TABLE_NAMES };
const text = (v: string): Cell => ({ v, s: "calc", fmt: "text" });

/** The charge line whose tokens have a price: credits, purchases and corrections are money moved, not prices paid. */
export const PRICED_LINE = "Usage";

interface PriceKey {
  monthStart: number;
  currency: string;
  model: string;
  kind: string;
}

function priceKeys(rows: readonly BillingSheetRow[], priced: (r: BillingSheetRow) => boolean): PriceKey[] {
  const seen = new Map<string, PriceKey>();
  for (const r of rows) {
    if (r.line !== PRICED_LINE || r.kind === "none" || !priced(r)) continue;
    const key = [r.monthStart, r.currency, r.model, r.kind].join("\u0000");
    if (!seen.has(key)) seen.set(key, { monthStart: r.monthStart, currency: r.currency, model: r.model, kind: r.kind });
  }
  const order = (k: PriceKey) => [String(k.monthStart), k.currency, k.model, k.kind].join("\u0000");
  return [...seen.values()].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

/** The observed-price block; `priced` says whether a row's unit converts to tokens. */
export function prices(b: SheetBuilder, rows: readonly BillingSheetRow[], priced: (r: BillingSheetRow) => boolean, unpriced: readonly UnpricedUsage[]): void {
  b.section("Observed prices per 1M tokens");
  b.line([{ v: "What the tokens really cost: EffectiveCost (discounts and commitment drawdowns included) over the tokens priced, plain usage lines only.", s: "subtitle" }]);
  const lineRow = b.field("Charge line priced", text(PRICED_LINE), { guide: "Only usage is priced: credits, purchases and corrections are money moved." });
  const line = COL.month.at(lineRow, true);
  const head = b.line([undefined, header("Month"), header("Currency"), header("Model"), header("Token kind")]);
  b.put(head, COL.priced.index, [header("Tokens priced"), undefined, header("EffectiveCost"), header("Price per 1M tokens")]);
  b.put(head, COL.note.index, [guide("Prices the Price Book can take as dated rows, with the export as their source.")]);
  for (const k of priceKeys(rows, priced)) {
    const r = b.row;
    const criteria = `${N.Month},$B${r},${N.Currency},$C${r},${N.Model},$D${r},${N.Kind},$E${r},${N.Line},${line}`;
    b.line([undefined, { v: k.monthStart, s: "calc", fmt: "date" }, text(k.currency), text(k.model), text(k.kind)]);
    b.put(r, COL.priced.index, [
      calc(`=SUMIFS(${N.Tokens},${criteria})`, "integer"),
      undefined,
      calc(`=SUMIFS(${N.EffectiveCost},${criteria},${N.Tokens},"<>")`, MONEY),
      calc(`=IF(${COL.priced.at(r)}>0,${COL.effective.at(r)}/${COL.priced.at(r)}*PriceUnit,"")`, "number"),
    ]);
  }
  for (const u of unpriced) {
    const r = b.line([label("Not priced"), undefined, undefined, text(u.model), text(u.kind)]);
    b.put(r, COL.note.index, [text(`${u.month}: ${u.reason}`)]);
  }
  b.skip();
}
