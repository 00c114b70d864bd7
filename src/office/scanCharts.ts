/*
 * Where every chart takes its data: a chart that plots AIVALUE results shows nothing to a
 * reader without the add-in, so the scan follows chart series like formulas. Excel says
 * where a series' data comes from only from ExcelApi 1.15
 * (ChartSeries.getDimensionDataSourceType / getDimensionDataSourceString); below it the
 * scan says that charts were not checked, and why.
 *
 * Round trips, whatever the number of charts: the charts are listed in the scan's second
 * sync; then one sync for every chart's series, one for the source type of every series
 * on every axis, and one for the address of those that are ranges. Asking the type first
 * means the address is never asked of literal values ("={1,2,3}"), for which Excel
 * documents nothing. More syncs only when one would pass the payload budget, or when
 * Excel refuses a chart (it does for some types: OfficeDev/office-js#6143, #6160,
 * office-js-docs#910): the batch is halved until that chart is alone, and it is reported
 * as not checked rather than failing the scan.
 */
import type { ChartSeriesSource } from "../boardpack/portability";
import { ACTION_BYTES, PAYLOAD_BUDGET, runBatches, type Job } from "./batches";
import type { PortChartItem, PortSeries, PortWorksheet, SeriesDimension } from "./port";

/** The requirement set that says where a series takes its data. */
export const CHARTS_API = "1.15";

/** What the pane says below ExcelApi 1.15 (versions from Microsoft's "Excel JavaScript API requirement sets" page). */
export function chartsUnchecked(sheets: string[]): string {
  const where = sheets.map((s) => `“${s}”`).join(", ");
  return `The charts on ${where} were not checked: this Excel cannot tell which cells a chart plots (that needs Microsoft 365 version 2202 or later, Excel 2024, Excel for Mac 16.58 or later, or Excel on the web). A chart that plots AIVALUE results shows nothing without the add-in, and a frozen copy's chart keeps plotting whatever it plotted: check them before sharing.`;
}

/** Chart types whose series or sources Excel is reported to refuse (office-js #6143, #6160; office-js-docs #910): not asked. */
const REFUSED_TYPES = new Set(["Histogram", "Pareto", "BoxWhisker", "Waterfall", "Sunburst"]);

/** Generous answer sizes: a list of series names, a source type, a source address. */
const SERIES_BYTES = 2048;
const TYPE_BYTES = 32;
const SOURCE_BYTES = 256;

/** The axes a chart type has: scatter charts have X and Y values, bubble charts sizes too. */
function axes(chartType: string): SeriesDimension[] {
  if (chartType.startsWith("XYScatter")) return ["XValues", "YValues"];
  if (chartType.startsWith("Bubble")) return ["XValues", "YValues", "BubbleSizes"];
  return ["Categories", "Values"];
}

/** Queues the listing of a sheet's charts, to ride in the scan's second sync. */
export function listCharts(ws: PortWorksheet): PortWorksheet["charts"] {
  return ws.charts.load("items/name,items/chartType");
}

/** A job asking one thing of Excel and taking its answer, or its refusal. */
function ask<T>(bytes: number, queue: () => () => T, take: (answer: T) => void, refused: (e: unknown) => void): Job {
  return {
    cost: () => ACTION_BYTES + bytes,
    queue: () => {
      const answer = queue();
      return () => take(answer());
    },
    split: () => undefined,
    refused,
  };
}

/** Every series' source on every axis of the listed charts; see the file comment for the round trips. */
export async function readChartSources(context: Parameters<typeof runBatches>[0], sheets: { sheet: string; charts: PortWorksheet["charts"] }[]): Promise<ChartSeriesSource[]> {
  const charts = sheets.flatMap(({ sheet, charts: c }) => c.items.map((chart, place) => ({ sheet, chart, place })));
  // Answers arrive out of order when a refusal is isolated: each is filed under its chart's place.
  const order = new Map(charts.map((c, i) => [c.chart, i]));
  const places = new Map(charts.map((c) => [c.chart, c.place]));
  const out: (ChartSeriesSource & { order: number })[] = [];
  const refusedOnce = new Set<string>();
  // Each job's size is bounded and estimated generously: start at the full budget, halve on refusal.
  const state = () => ({ allowance: PAYLOAD_BUDGET });
  const unreadable = (sheet: string, chart: PortChartItem, series: string) => () => {
    const key = `${order.get(chart)}\u0000${series}`;
    if (refusedOnce.has(key)) return;
    refusedOnce.add(key);
    out.push({ order: order.get(chart)!, sheet, chart: chart.name, series, unreadable: `Excel would not say where this ${chart.chartType} chart takes its data, so what it plots is unknown.` });
  };

  const listed: { sheet: string; chart: PortChartItem; series: PortSeries; index: number }[] = [];
  charts.filter((c) => REFUSED_TYPES.has(c.chart.chartType)).forEach((c) => unreadable(c.sheet, c.chart, "")());
  await runBatches(
    context,
    charts.filter((c) => !REFUSED_TYPES.has(c.chart.chartType)).map(({ sheet, chart }) =>
      ask(
        SERIES_BYTES,
        () => {
          const s = chart.series.load("items/name");
          return () => s.items;
        },
        (items) => items.forEach((series, index) => listed.push({ sheet, chart, series, index })),
        unreadable(sheet, chart, ""),
      ),
    ),
    state(),
  );

  const ranges: { sheet: string; chart: PortChartItem; series: PortSeries; index: number; axis: SeriesDimension }[] = [];
  const axesOf = listed.flatMap((l) => axes(l.chart.chartType).map((axis) => ({ ...l, axis })));
  await runBatches(
    context,
    axesOf.map((a) =>
      ask(
        TYPE_BYTES,
        () => {
          const t = a.series.getDimensionDataSourceType(a.axis);
          return () => t.value;
        },
        (type) => {
          // Literal values and other workbooks' ranges cannot hold this workbook's AIVALUE results.
          if (type === "LocalRange") ranges.push(a);
          else if (type !== "List" && type !== "ExternalRange") unreadable(a.sheet, a.chart, a.series.name)();
        },
        unreadable(a.sheet, a.chart, a.series.name),
      ),
    ),
    state(),
  );

  await runBatches(
    context,
    ranges.map((r) =>
      ask(
        SOURCE_BYTES,
        () => {
          const s = r.series.getDimensionDataSourceString(r.axis);
          return () => s.value;
        },
        (source) =>
          out.push({ order: order.get(r.chart)!, sheet: r.sheet, chart: r.chart.name, series: r.series.name, source, at: { chart: places.get(r.chart)!, series: r.index, dimension: r.axis } }),
        unreadable(r.sheet, r.chart, r.series.name),
      ),
    ),
    state(),
  );
  return out.sort((a, b) => a.order - b.order).map(({ order: _, ...source }) => source);
}
