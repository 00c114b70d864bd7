/*
 * Stand-ins for the measurement tracker and the AI Billing sheet (built on their own branches):
 * just the names a value contract reads, over rows a test chooses, so the contract's links are
 * tested on their own. A value of null is a month the tracker lists but has no data for yet
 * (a formula that returns "", as the tracker shows it).
 */
import { SheetBuilder, calc } from "../../src/sheet/builder";
import { BILLING_NAMES } from "../../src/templates/aiBilling/names";
import { TEMPLATE_MARKS, MARK_REF } from "../../src/templates/marks";
import { TRACKER_NAMES } from "../../src/templates/measurementTracker/names";
import type { Cell, TemplateSpec } from "../../src/sheet/spec";

const PAGE = { orientation: "portrait" as const, titleRows: "$1:$1", header: "", footer: "" };
const serial = (iso: string) => Math.round((Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86400000);
const v = (x: string | number): Cell => ({ v: typeof x === "string" ? serial(x) : x, s: "input" });

/** A tracker whose money table has one row per [first-of-month ISO date, value or null], and a stop rule. */
export function trackerStandIn(months: [string, number | null][], rule: string): TemplateSpec {
  const b = new SheetBuilder("Measurement Tracker", "#0F6CBD", [14, 14], 10, { value: 2, unit: 3, guide: 4 });
  b.name(TEMPLATE_MARKS.measurementTracker, MARK_REF);
  b.line([{ v: "Rule", s: "label" }, { v: rule, s: "calc" }]);
  b.name(TRACKER_NAMES.Rule, "$B$1");
  const first = b.row;
  for (const [month, value] of months) b.line([v(month), value === null ? calc('=""') : v(value)]);
  b.name(TRACKER_NAMES.Months, `$A$${first}:$A$${b.row - 1}`);
  b.name(TRACKER_NAMES.MonthlyValue, `$B$${first}:$B$${b.row - 1}`);
  return { id: "measurementTracker", title: "Measurement tracker", sheets: [b.build(PAGE, 1)] };
}

/** An AI Billing sheet whose aggregated table has one row per [month, key, currency, EffectiveCost]. */
export function billingStandIn(rows: [string, string, string, number][]): TemplateSpec {
  const b = new SheetBuilder("AI Billing", "#C19C00", [14, 20, 8, 14], 10, { value: 2, unit: 3, guide: 4 });
  b.name(TEMPLATE_MARKS.aiBilling, MARK_REF);
  b.line([{ v: "Month", s: "header" }, { v: "Key", s: "header" }, { v: "Currency", s: "header" }, { v: "EffectiveCost", s: "header" }]);
  const first = b.row;
  for (const [month, key, currency, cost] of rows) b.line([v(month), { v: key, s: "inputText" }, { v: currency, s: "inputText" }, v(cost)]);
  const col = (c: string) => `$${c}$${first}:$${c}$${b.row - 1}`;
  b.name(BILLING_NAMES.Month, col("A"));
  b.name(BILLING_NAMES.Key, col("B"));
  b.name(BILLING_NAMES.Currency, col("C"));
  b.name(BILLING_NAMES.EffectiveCost, col("D"));
  return { id: "aiBilling", title: "AI Billing", sheets: [b.build(PAGE, 1)] };
}
