/*
 * Modelled against billed: each allocation key mapped to the Workflow Cost sheet that
 * models it (cost per completed task × completed tasks) beside the EffectiveCost the
 * table bills it, with the variance and its share. The inputs survive every re-import.
 */
import type { BillingSheetRow } from "../../billing/sheetRows";
import { SheetBuilder, calc, guide, header, input, label, unit } from "../../sheet/builder";
import type { Cell, Format } from "../../sheet/spec";
import { COL, MONEY } from "./layout";
import { type BillingInputs, type Kept, tasksKey } from "./inputs";
import { BILLING_NAMES, BILLING_READ_NAMES } from "./names";

const text = (v: string): Cell => ({ v, s: "calc", fmt: "text" });

/** An input as the user left it: their formula stays a formula, their number a number. */
function kept(v: Kept | undefined, fmt: Format): Cell {
  return typeof v === "string" && v.startsWith("=") ? { f: v, s: "input", fmt } : input(v ?? null, fmt);
}

/** The monthly block's columns, over the table's. */
const MONTHLY = { cost: "model", tasks: "kind", modelled: "line", billed: "unit", variance: "tokens", share: "quantity" } as const;

interface MonthKey {
  key: string;
  month: string;
  monthStart: number;
  currency: string;
}

function monthKeys(rows: readonly BillingSheetRow[]): MonthKey[] {
  const seen = new Map<string, MonthKey>();
  for (const r of rows) seen.set(tasksKey(r.allocation, r.month, r.currency), { key: r.allocation, month: r.month, monthStart: r.monthStart, currency: r.currency });
  return [...seen.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
}

export function reconciliation(b: SheetBuilder, rows: readonly BillingSheetRow[], inputs: BillingInputs): void {
  b.section("Reconciliation: modelled against billed");
  b.line([{ v: "Point each allocation key at the cost per completed task of the Workflow Cost sheet that models it, e.g. ='Workflow Cost'!CostPerTask, and enter the tasks completed each month.", s: "subtitle" }]);
  const head = b.line([header("Allocation key"), header("Cost per completed task")]);
  b.put(head, COL.model.index, [guide("A link to a Workflow Cost sheet's CostPerTask (or a number). Left blank, the key is not reconciled.")]);
  const keys = [...new Set(rows.map((r) => r.allocation))].sort();
  const mapRow = new Map<string, number>();
  const firstMap = b.row;
  for (const key of keys) mapRow.set(key, b.line([text(key), kept(inputs.costPerTask.get(key), "number"), unit("per task")]));
  if (keys.length === 0) b.skip();
  b.name(BILLING_READ_NAMES.Mapping, `${COL.key.at(firstMap, true)}:${COL.month.at(b.row - 1, true)}`);
  b.skip();

  const monthHead = b.line(
    ["Allocation key", "Month", "Currency", "Cost per completed task", "Completed tasks", "Modelled cost", "Billed EffectiveCost", "Variance", "Variance share"].map((h) => header(h)),
  );
  b.put(monthHead, COL.note.index, [guide("Variance = billed − modelled; its share is of the modelled cost. Billed is the same SUMIFS a value contract uses for its actual technology cost.")]);
  const first = b.row;
  for (const m of monthKeys(rows)) {
    const r = b.row;
    const at = (c: keyof typeof COL | keyof typeof MONTHLY) => (c in MONTHLY ? COL[MONTHLY[c as keyof typeof MONTHLY]] : COL[c as keyof typeof COL]).at(r);
    const link = COL.month.at(mapRow.get(m.key) ?? firstMap);
    b.line([
      text(m.key),
      { v: m.monthStart, s: "calc", fmt: "date" },
      text(m.currency),
      calc(`=IF(ISNUMBER(${link}),${link},"")`, "number"),
      kept(inputs.tasks.get(tasksKey(m.key, m.month, m.currency)), "integer"),
      calc(`=IF(AND(ISNUMBER(${at("cost")}),ISNUMBER(${at("tasks")})),${at("cost")}*${at("tasks")},"")`, MONEY),
      calc(`=SUMIFS(${BILLING_NAMES.EffectiveCost},${BILLING_NAMES.Key},${at("key")},${BILLING_NAMES.Month},${at("month")},${BILLING_NAMES.Currency},${at("currency")})`, MONEY),
      calc(`=IF(ISNUMBER(${at("modelled")}),${at("billed")}-${at("modelled")},"")`, MONEY),
      calc(`=IF(AND(ISNUMBER(${at("modelled")}),${at("modelled")}<>0),${at("variance")}/${at("modelled")},"")`, "percent"),
    ]);
  }
  if (b.row === first) b.line([label("No AI usage imported yet.")]);
  b.name(BILLING_READ_NAMES.Tasks, `${COL.key.at(first, true)}:${COL[MONTHLY.tasks].at(b.row - 1, true)}`);
  b.skip();
}
