/*
 * The weekly table after go-live, whatever the metric: headers, one row a week, the names the
 * results and the money read, input validation, the guidance and the chart above it. A share
 * tracker (weeks.ts) and a values tracker (valuesWeeks.ts) each describe their columns.
 */
import { header, type Column } from "../../sheet/builder";
import type { Cell, ValidationSpec } from "../../sheet/spec";
import { WEEK_ROWS } from "./data";
import type { TrackerSheet } from "./sheet";

/** The four chart columns every table ends with, and the week number it starts with. */
type Chart = "week" | "chartMetric" | "chartBoundary" | "chartReference" | "chartTarget";

export interface WeekTable<K extends string> {
  cols: Record<K | Chart, Column>;
  headers: Record<K | Chart, string>;
  /** Row `r` of a table whose first week is on row `f`; `i` counts weeks from 0. */
  row: (r: number, f: number, i: number) => (Cell | undefined)[];
  /** Names of whole columns (the results read WeekTrials, WeekZ, WeekCrossed, WeekValue, WeekMonths…). */
  names: [string, K | Chart][];
  /** Input columns, first to last, and the rule each run keeps. */
  inputs: [K, K, Omit<ValidationSpec, "ref">][];
  guide: string;
  guideFrom: K;
  guideTo: K;
  chartTo: K;
  chart: { title: string; metric: string; boundary: string; yTitle: string };
}

/** Rows the chart takes above the table. */
const CHART_ROWS = 18;

export function weekTable<K extends string>(t: TrackerSheet, table: WeekTable<K>): void {
  const b = t.b;
  const cols = table.cols;
  b.pageBreak();
  b.section("5. Week by week after go-live");
  const chartRow = b.row;
  b.skip(CHART_ROWS + 1);
  const keys = Object.keys(table.headers) as (K | Chart)[];
  const head = b.line(keys.map((k) => header(table.headers[k])));
  const first = b.row;
  for (let i = 0; i < WEEK_ROWS; i++) b.line(table.row(b.row, first, i));
  const last = b.row - 1;
  // The chart covers the planned looks: the test's weeks, where the boundary is defined.
  const tested = (c: K | Chart) => cols[c].range(first, first + t.design.looks - 1, true);
  for (const [name, c] of table.names) b.name(name, cols[c].range(first, last, true));
  for (const [from, to, rule] of table.inputs) b.validate({ ref: `${cols[from].at(first)}:${cols[to].at(last)}`, ...rule });
  b.table("TrackerWeeks", `${cols.week.at(head)}:${cols.chartTarget.at(last)}`);
  b.put(chartRow, cols[table.guideFrom].index, [{ v: table.guide, s: "guide" }]);
  b.merge(`${cols[table.guideFrom].at(chartRow)}:${cols[table.guideTo].at(chartRow + 3)}`);
  b.chart({
    type: "line",
    title: table.chart.title,
    categories: tested("week"),
    series: [
      { name: table.chart.metric, values: tested("chartMetric") },
      { name: table.chart.boundary, values: tested("chartBoundary") },
      { name: "Baseline mean", values: tested("chartReference") },
      { name: "Target", values: tested("chartTarget") },
    ],
    from: cols.week.at(chartRow),
    to: cols[table.chartTo].at(chartRow + CHART_ROWS),
    xTitle: "Week after go-live",
    yTitle: table.chart.yTitle,
  });
  b.skip();
}
