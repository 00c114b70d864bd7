/*
 * The AI Billing sheet: billed AI cost from FOCUS exports, as data. Provenance of every
 * file, the per-currency check against each file's own exact sums, observed prices, the
 * reconciliation with the workflow cost model, and the aggregated table last, so it can
 * grow without moving anything a reader relies on by name.
 */
import { allocationName, type BillingLedger } from "../../billing/ledger";
import { checkLedger, sheetRows } from "../../billing/sheetRows";
import { priceRows } from "../../billing/priceRows";
import { tokenUnit } from "../../billing/tokenUnits";
import { SheetBuilder, label } from "../../sheet/builder";
import type { Cell, TemplateOptions, TemplateSpec } from "../../sheet/spec";
import { checkBlock, page } from "../common";
import { MARK_REF, TEMPLATE_MARKS } from "../marks";
import { type BillingInputs, NO_INPUTS } from "./inputs";
import { BILLING_NAMES } from "./names";
import { COL, LISTS, ROW, TOKENS_PER_PRICE_UNIT, WIDTHS } from "./layout";
import { prices } from "./prices";
import { provenance } from "./provenance";
import { reconciliation } from "./reconciliation";
import { table } from "./table";
import { totals } from "./totals";

export { BILLING_NAMES, BILLING_READ_NAMES, BILLING_TABLE_NAMES } from "./names";
export { type BillingInputs, costLink, type Kept, NO_INPUTS, serialMonth, tasksKey } from "./inputs";

/** The sheet's base name; a taken name gets a suffix, and readers find it by its mark. */
export const AI_BILLING_SHEET = "AI Billing";

/**
 * The AI Billing sheet for a ledger. `inputs` are what the user typed on the sheet before
 * (kept by key and month) and when each file was imported; the same ledger and inputs
 * always give the same sheet.
 *
 * @example
 * const spec = aiBilling(ledger, { ...NO_INPUTS, importedAt: new Map([[sha, "2026-11-27 15:30"]]) });
 * spec.sheets[0].names.map((n) => n.name); //=> ["AIVALUE_AIBilling", "PriceUnit", …, "BillingEffectiveCost", …]
 */
export function aiBilling(ledger: BillingLedger, inputs: BillingInputs = NO_INPUTS, _options: TemplateOptions = {}): TemplateSpec {
  const b = new SheetBuilder(AI_BILLING_SHEET, "#0F6CBD", WIDTHS, LISTS, ROW);
  b.name(TEMPLATE_MARKS.aiBilling, MARK_REF);
  b.line([{ v: "AI billing — billed AI cost from FOCUS exports", s: "title" }]);
  b.line([{ v: "What the providers billed, as their FOCUS cost exports state it: never typed, never modelled. Rewritten by each import; only the reconciliation inputs are yours to fill.", s: "subtitle" }]);
  const masterRow = b.line([label("Master check")]);
  b.skip();

  b.section("Constants");
  const constant: Cell = { v: TOKENS_PER_PRICE_UNIT, s: "calc", fmt: "integer" };
  b.field("Tokens per price unit", constant, { name: "PriceUnit", unit: "tokens", guide: "A constant: prices are quoted, and shown here, per million tokens." });
  const key = ledger.files[0]?.allocation ?? null;
  b.field("Allocated by", { v: ledger.files.length === 0 ? "" : allocationName(key), s: "calc", fmt: "text" }, { guide: "The tag or column each row's allocation key was read from; every file on this sheet uses the same one." });
  b.skip();

  const names = new Map(ledger.files.map((f) => [f.sha256, f.fileName]));
  const rows = sheetRows(ledger);
  provenance(b, ledger.files, inputs.importedAt);
  const checks = totals(b, checkLedger(ledger));
  prices(b, rows, (r) => tokenUnit(r.pricingUnit).ok, priceRows(ledger).unpriced);
  reconciliation(b, rows, inputs);
  const imported = { label: "AI usage imported", formula: `=IF(COUNTA(${BILLING_NAMES.Currency})>0,0,1)`, advice: "Import a FOCUS export from the AI Value pane." };
  const master = checkBlock(b, [imported, ...checks]);
  b.put(masterRow, COL.month.index, [{ f: `=${master}`, s: "master" }]);
  b.skip();
  table(b, rows, ledger.lines, names);
  const sheet = b.build(page("landscape", "AI billing (FOCUS)"), 3);
  return { id: "aiBilling", title: "AI billing (FOCUS)", sheets: [sheet] };
}
