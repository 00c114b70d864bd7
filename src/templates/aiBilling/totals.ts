/*
 * Per currency, the table's native totals beside the files' own exact sums: the check that
 * nothing was lost or counted twice between the export and the sheet.
 */
import { type CurrencyCheck } from "../../billing/sheetRows";
import { decimalToNumber } from "../../billing/decimal";
import { SheetBuilder, calc, guide, header, label } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import type { Check } from "../common";
import { COL, MONEY } from "./layout";
import { BILLING_NAMES, BILLING_TABLE_NAMES } from "./names";

const N = { ...BILLING_NAMES, ...BILLING_TABLE_NAMES };
const given = (v: number, fmt: Cell["fmt"]): Cell => ({ v, s: "calc", fmt });

/** The totals block; returns the checks it asks the check block to carry. */
export function totals(b: SheetBuilder, checks: readonly CurrencyCheck[]): Check[] {
  b.section("Totals against the files, per currency");
  b.line([{ v: "The files' own sums are exact (decimal arithmetic on the text of every row); the table's are native SUMIFS. They must agree to the cent.", s: "subtitle" }]);
  const head = b.line([header("What"), undefined, header("Currency")]);
  b.put(head, COL.billed.index, ["BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "Rows"].map((h) => header(h)));
  b.put(head, COL.note.index, [header("Exact sums as the files give them")]);
  const out: Check[] = [];
  for (const c of checks) {
    const fileRow = b.line([label("Files' own sums, AI rows"), undefined, { v: c.currency, s: "calc", fmt: "text" }]);
    const ccy = `$${COL.currency.letter}${fileRow}`;
    b.put(fileRow, COL.billed.index, [
      given(decimalToNumber(c.files.billed), MONEY),
      given(decimalToNumber(c.files.effective), MONEY),
      given(decimalToNumber(c.files.list), MONEY),
      given(decimalToNumber(c.files.contracted), MONEY),
      given(c.files.rows, "integer"),
    ]);
    b.put(fileRow, COL.note.index, [{ v: `BilledCost ${c.text.filesBilled}; EffectiveCost ${c.text.filesEffective}`, s: "calc", fmt: "text" }]);
    const tableRow = b.row;
    const sum = (name: string) => calc(`=SUMIFS(${name},${N.Currency},$${COL.currency.letter}${tableRow})`, MONEY);
    b.line([label("The table (SUMIFS)"), undefined, calc(`=${ccy}`)]);
    b.put(tableRow, COL.billed.index, [sum(N.BilledCost), sum(N.EffectiveCost), sum(N.ListCost), sum(N.ContractedCost), { ...sum(N.Rows), fmt: "integer" }]);
    const diffRow = b.row;
    const diff = (c2: keyof typeof COL) => calc(`=${COL[c2].at(tableRow)}-${COL[c2].at(fileRow)}`, c2 === "rows" ? "integer" : MONEY);
    b.line([label("Difference"), undefined, calc(`=${ccy}`)]);
    b.put(diffRow, COL.billed.index, [diff("billed"), diff("effective"), diff("list"), diff("contracted"), diff("rows")]);
    const other = b.line([label("Files' other rows (not in the table)"), undefined, calc(`=${ccy}`)]);
    b.put(other, COL.billed.index, [
      given(decimalToNumber(c.notAi.billed) + decimalToNumber(c.malformed.billed), MONEY),
      given(decimalToNumber(c.notAi.effective) + decimalToNumber(c.malformed.effective), MONEY),
    ]);
    b.put(other, COL.rows.index, [given(c.notAi.rows + c.malformed.rows, "integer")]);
    b.put(other, COL.note.index, [guide("Not AI usage, or malformed: counted so the whole file is accounted for, never added to the table.")]);
    const at = (c2: keyof typeof COL) => COL[c2].at(diffRow, true);
    out.push({
      label: `${c.currency}: the table equals the files to the cent`,
      formula: `=IF(AND(ROUND(${at("billed")},2)=0,ROUND(${at("effective")},2)=0,${at("rows")}=0),0,1)`,
      advice: `BilledCost, EffectiveCost and the row count of the ${c.currency} lines must equal the files' own sums. If not, import the files again.`,
    });
  }
  if (checks.length === 0) b.line([label("No AI usage imported yet.")]);
  b.skip();
  return out;
}
