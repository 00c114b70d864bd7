/*
 * The upgrade of a value contract made before actuals existed: which cells, names and chart to
 * add beside its schedule, found through the contract's own names (never by guessing rows), and
 * where the sheet must be empty for them. Pure: src/office/upgrade.ts reads the workbook and writes.
 */
import { parseCell, parseRange } from "../../sheet/a1";
import { Column } from "../../sheet/builder";
import type { ChartSpec, SheetSpec } from "../../sheet/spec";
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
export function planUpgrade(sheet: string, names: ReadonlyMap<string, string>, links: ActualsLinks): UpgradePlan {
  const lower = new Map([...names].map(([n, f]) => [n.toLowerCase(), f]));
  if (lower.has(A.ActualValue.toLowerCase())) return { kind: "upgraded" };
  const missing = UPGRADE_NEEDS.filter((n) => !lower.has(n.toLowerCase()));
  if (missing.length > 0) return { kind: "refused", reason: `it was made by a version too old to upgrade (no ${missing.join(", ")})` };
  const [months, value, cumulative, verdict] = ["ScheduleMonths", "ScheduleValue", "ScheduleCumulative", N.Verdict].map((n) => rangeOf(lower.get(n.toLowerCase())));
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
