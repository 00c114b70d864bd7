/*
 * The upgrade of a value contract made before actuals existed: which cells, names and chart to
 * add beside its schedule, found through the contract's own names (never by guessing rows), and
 * where the sheet must be empty for them. Pure: src/office/upgrade.ts reads the workbook and writes.
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import { parseCell, parseRange } from "../../sheet/a1";
import { Column } from "../../sheet/builder";
import { freeName, renameInFormula } from "../../sheet/namespace";
import type { ChartSpec, SheetSpec } from "../../sheet/spec";
import { FIXED_NAMES } from "../fixedNames";
import { AC, ACTUAL_WIDTHS, CHART_ROWS, HIDDEN_COLUMNS, actualsBlock, stopRuleCell, type ActualsLinks } from "./actuals";
import { CONTRACT_ACTUAL_NAMES as A, CONTRACT_NAMES as N } from "./names";

/** Names the actuals' formulas read: a contract without one of them is too old to upgrade. */
export const UPGRADE_NEEDS = ["StartDate", "UpfrontCost", "DiscountRate", "Tolerance", "ScheduleMonths", "ScheduleValue", "ScheduleCumulative", "ScheduleMonthlyCost", N.Verdict];

export type UpgradePlan =
  | { kind: "upgraded" }
  | { kind: "refused"; reason: string }
  | {
      kind: "upgrade";
      /** The cells, names, merges, hidden columns and chart to add, as a spec the planner resolves. */
      patch: SheetSpec;
      /** Every range that must hold nothing before the patch is written (cells and the chart's place). */
      mustBeEmpty: string[];
      /** Columns the patch widens (letter → width in characters). */
      widths: { column: string; chars: number }[];
    };

/** A scoped name's range on its own sheet, from the formula Excel reports ("='Value Contract'!$A$5:$A$65"). */
function rangeOf(formula: string | undefined): ReturnType<typeof parseRange> | undefined {
  const ref = formula?.replace(/^=/, "").split("!").pop()?.replace(/\$/g, "");
  if (!ref || !/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(ref)) return undefined;
  return parseRange(ref);
}

/**
 * Plans the upgrade of one contract from its scoped names (name → formula, as Excel lists them).
 * A contract that already has actuals is left alone; one whose names the actuals need are missing
 * or oddly shaped is refused with the reason.
 */
export function planUpgrade(sheet: string, names: ReadonlyMap<string, string>, links: ActualsLinks, tables: Iterable<string> = []): UpgradePlan {
  const lower = new Map([...names].map(([n, f]) => [n.toLowerCase(), f]));
  if (lower.has(A.ActualValue.toLowerCase())) return { kind: "upgraded" };
  const spelt = spellings(names);
  const missing = UPGRADE_NEEDS.filter((n) => !spelt(n));
  if (missing.length > 0) return { kind: "refused", reason: `it was made by a version too old to upgrade (no ${missing.join(", ")})` };
  const [months, value, cumulative, verdict] = ["ScheduleMonths", "ScheduleValue", "ScheduleCumulative", N.Verdict].map((n) => rangeOf(names.get(spelt(n)!)));
  const column = (r: typeof months) => new Column(r!.left);
  const aligned = months && value && cumulative && verdict && [value, cumulative].every((r) => r.top === months.top && r.bottom === months.bottom);
  const chartTop = months ? months.top - CHART_ROWS - 2 : 0;
  if (!aligned || months.left !== months.right || chartTop < 1 || months.left >= AC.start.index || verdict.top >= chartTop) {
    return { kind: "refused", reason: "its payback schedule is not where its names say it should be" };
  }
  const block = actualsBlock({ first: months.top, last: months.bottom, month: column(months), value: column(value), cumulative: column(cumulative) }, links);
  const stopRule = new Column(verdict.left + 1).at(verdict.top);
  const chart: ChartSpec = {
    type: "line",
    title: "Cumulative position: plan and actual",
    ...block.chart,
    // Beside the plan's own chart, above the block's guidance row.
    from: AC.start.at(chartTop),
    to: AC.refCrossing.at(months.top - 3),
    xTitle: "Month",
    yTitle: "Cumulative net value",
    showHidden: true,
  };
  const patch: SheetSpec = {
    name: sheet,
    tabColor: "",
    widths: [],
    blocks: [...block.blocks, { at: stopRule, cells: [[stopRuleCell(links)]] }],
    merges: block.merges,
    names: [...block.names, { name: A.StopRule, ref: new Column(verdict.left + 1).at(verdict.top, true) }],
    validations: [],
    tables: [],
    charts: [chart],
    hiddenColumns: HIDDEN_COLUMNS,
    freezeRows: 0,
    pageBreaks: [],
    page: { orientation: "portrait", printArea: "", titleRows: "", header: "", footer: "" },
  };
  const clash = patch.names.filter((n) => lower.has(n.name.toLowerCase())).map((n) => n.name);
  if (clash.length > 0) return { kind: "refused", reason: `the sheet already defines ${clash.join(", ")}` };
  const held = new Set([...tables].map((t) => t.toLowerCase()));
  const fixed = patch.names.filter((n) => FIXED_NAMES.has(n.name.toLowerCase()) && held.has(n.name.toLowerCase()));
  if (fixed.length > 0) {
    const list = fixed.map((n) => `“${n.name}”`).join(", ");
    const one = fixed.length === 1;
    const reason = `${one ? "a table is" : "tables are"} named ${list}, which the actuals need as ${one ? "a name" : "names"} other sheets read: rename the table${one ? "" : "s"} (Table Design › Table Name) and upgrade again`;
    return { kind: "refused", reason };
  }
  fitNamespace(patch, spelt, new Set([...held, ...lower.keys()]));
  const blockAreas = patch.blocks.map((b) => {
    const { row, col } = parseCell(b.at);
    const width = Math.max(...b.cells.map((r) => r.length));
    return `${new Column(col).at(row)}:${new Column(col + width - 1).at(row + b.cells.length - 1)}`;
  });
  return {
    kind: "upgrade",
    patch,
    // Merged areas reach past their block's cells: they must be empty too.
    mustBeEmpty: [...blockAreas, ...patch.merges, `${chart.from}:${chart.to}`],
    widths: ACTUAL_WIDTHS.map((chars, i) => ({ column: new Column(AC.start.index + i).letter, chars })),
  };
}

/**
 * How this contract spells each name: as the template does, or with the suffix an insert gave
 * it because a table of the user's held the name (Tolerance_2; see src/sheet/namespace.ts).
 */
function spellings(names: ReadonlyMap<string, string>): (name: string) => string | undefined {
  const byLower = new Map([...names.keys()].map((n) => [n.toLowerCase(), n]));
  return (name) => {
    const exact = byLower.get(name.toLowerCase());
    if (exact) return exact;
    const suffixed = new RegExp(`^${name.replace(/[.\\]/g, "\\$&")}_(\\d+)$`, "i");
    return [...names.keys()].filter((n) => suffixed.test(n)).sort((a, b) => Number(suffixed.exec(a)![1]) - Number(suffixed.exec(b)![1]))[0];
  };
}

/**
 * The patch in this workbook's namespace, in place: names it reads take the contract's spelling,
 * and names it adds that a table holds take the next free suffix, its formulas following.
 */
function fitNamespace(patch: SheetSpec, spelt: (name: string) => string | undefined, taken: Set<string>): void {
  const renames = new Map<string, string>();
  const adds = new Set(patch.names.map((n) => n.name.toLowerCase()));
  for (const n of patch.names) {
    const free = freeName(n.name, taken, "_");
    taken.add(free.toLowerCase());
    if (free !== n.name) renames.set(n.name.toLowerCase(), free);
  }
  const formulas = patch.blocks.flatMap((b) => b.cells.flatMap((row) => row.flatMap((c) => (c?.f ? [c.f] : []))));
  for (const f of formulas) {
    for (const t of tokenize(f, { withLocation: false })) {
      const key = t.value.toLowerCase();
      if (t.type !== tokenTypes.REF_NAMED || adds.has(key)) continue;
      const own = spelt(t.value);
      if (own && own.toLowerCase() !== key) renames.set(key, own);
    }
  }
  if (renames.size === 0) return;
  for (const b of patch.blocks) b.cells = b.cells.map((row) => row.map((c) => (c?.f ? { ...c, f: renameInFormula(c.f, renames, new Map()) } : c)));
  patch.names = patch.names.map((n) => ({ ...n, name: renames.get(n.name.toLowerCase()) ?? n.name }));
}
