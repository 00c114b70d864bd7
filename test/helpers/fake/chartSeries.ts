/*
 * The fake's charts as the scan reads them: name and type, the series collection, and
 * each series' data source by axis (ChartSeries.getDimensionDataSourceType and
 * getDimensionDataSourceString, ExcelApi 1.15,
 * https://learn.microsoft.com/javascript/api/excel/excel.chartseries). Where Excel is known
 * to refuse, the fake refuses the whole sync, as a failing call does in Office.js:
 * - Chart.series of a waterfall or sunburst chart: UnsupportedOperation (OfficeDev/office-js-docs#910);
 * - the data source of a histogram, Pareto or box-and-whisker series: an error
 *   (OfficeDev/office-js#6143, #6160; the code is not given there, GeneralException here);
 * - an axis the chart type does not have (XValues on a line chart): InvalidArgument, as
 *   Excel's own "The specified dimension is not valid for the current chart type";
 * - the source string of a series that is not a range (literal values, "{1,2,3}"):
 *   undocumented, so the worst case, GeneralException. The scan asks only for the source
 *   string of series whose type is "LocalRange", so it works whatever Excel does there.
 * Series are re-pointed with setValues, setXAxisValues and setBubbleSizes (ExcelApi 1.7, same
 * page): setValues sets a scatter or bubble chart's Y values and any other chart's values,
 * setXAxisValues its X values or categories, setBubbleSizes "only works for bubble charts"
 * (InvalidArgument elsewhere, as for a dimension the type does not have); a series index past
 * the last is ItemNotFound. The range is this workbook's (Office.js has no other workbook's Range
 * to pass); the series then reads it as Excel writes a reference, "'Sheet'!$A$1:$A$3".
 */
import { cellRef, parseCell, parseRange } from "../../../src/sheet/a1";
import type { SeriesDimension } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { Loadable } from "./load";
import type { FakeChart, FakeSeries, SheetModel } from "./model";
import type { RangeProxy } from "./range";
import { excelError, quoted } from "./refs";

const NO_SERIES = new Set(["Waterfall", "Sunburst"]);
const NO_SOURCE = new Set(["Histogram", "Pareto", "BoxWhisker"]);

/** The axes a chart type has. */
function axes(type: string): SeriesDimension[] {
  if (type.startsWith("XYScatter")) return ["XValues", "YValues"];
  if (type.startsWith("Bubble")) return ["XValues", "YValues", "BubbleSizes"];
  return ["Categories", "Values"];
}

/** Series of a chart made by charts.add: one per column of its source, on its own sheet. */
function seriesOf(sheet: SheetModel, c: FakeChart): FakeSeries[] {
  if (c.series) return c.series;
  const box = parseRange(c.source);
  const at = (ref: string) => `${quoted(sheet.name)}!${ref}`;
  return Array.from({ length: box.right - box.left + 1 }, (_, i) => {
    const sources: FakeSeries["sources"] = { Values: at(`${cellRef(box.top, box.left + i)}:${cellRef(box.bottom, box.left + i)}`) };
    if (c.categories) sources.Categories = at(c.categories);
    return { name: c.seriesNames[i] ?? `Series${i + 1}`, sources };
  });
}

/** "LocalRange", "ExternalRange" or "List", from the source as the SERIES formula holds it. */
const typeOf = (source: string | undefined) => (source === undefined ? "Unknown" : source.startsWith("{") ? "List" : source.startsWith("[") ? "ExternalRange" : "LocalRange");

function seriesItem(ctx: FakeContext, chart: FakeChart, s: FakeSeries) {
  const ask = (dim: SeriesDimension, answer: (source: string | undefined) => string) => {
    const result = new Loadable<string>("ClientResult.value");
    ctx.onLoad(() => {
      if (NO_SOURCE.has(chart.type) || chart.refuses) throw excelError("GeneralException", `the source of a ${chart.type} series cannot be read`);
      if (!axes(chart.type).includes(dim)) throw excelError("InvalidArgument", "The specified dimension is not valid for the current chart type.");
      const value = answer(s.sources[dim]);
      ctx.addResponse(value);
      result.set(value);
    });
    return {
      get value() {
        return result.get();
      },
    };
  };
  return {
    name: s.name,
    getDimensionDataSourceType: (dim: SeriesDimension) => ask(dim, typeOf),
    getDimensionDataSourceString: (dim: SeriesDimension) =>
      ask(dim, (source) => {
        if (source === undefined || typeOf(source) !== "LocalRange") throw excelError("GeneralException", `series ${s.name} has no range for ${dim}`);
        return source;
      }),
  };
}

type Setter = "setValues" | "setXAxisValues" | "setBubbleSizes";

/** The axis a setter sets on a chart of this type, or undefined where Excel refuses it. */
function setterAxis(what: Setter, type: string): SeriesDimension | undefined {
  const xy = type.startsWith("XYScatter") || type.startsWith("Bubble");
  if (what === "setValues") return xy ? "YValues" : "Values";
  if (what === "setXAxisValues") return xy ? "XValues" : "Categories";
  return type.startsWith("Bubble") ? "BubbleSizes" : undefined;
}

const absolute = (ref: string) =>
  ref
    .split(":")
    .map((c) => cellRef(parseCell(c).row, parseCell(c).col, true))
    .join(":");

/** A series' setters, applied at the sync: the chart's series are made explicit first if charts.add made them. */
export function seriesSetters(ctx: FakeContext, sheet: () => SheetModel, chartOf: () => FakeChart, index: number) {
  const set = (what: Setter) => (range: RangeProxy) =>
    ctx.enqueue(`series.${what}`, () => {
      const chart = chartOf();
      const list = (chart.series ??= seriesOf(sheet(), chart));
      const axis = setterAxis(what, chart.type);
      if (!list[index]) throw excelError("ItemNotFound", `the chart has no series ${index}`);
      if (!axis) throw excelError("InvalidArgument", "The specified dimension is not valid for the current chart type.");
      list[index].sources[axis] = `${quoted(range.sheet().name)}!${absolute(range.ref)}`;
    });
  return { setValues: set("setValues"), setXAxisValues: set("setXAxisValues"), setBubbleSizes: set("setBubbleSizes") };
}

/** A loaded chart: its name and type as they were at the sync, its series loadable. */
export function chartItem(ctx: FakeContext, sheet: () => SheetModel, chart: FakeChart, index: number, remove: () => void) {
  const loaded = new Loadable<ReturnType<typeof seriesItem>[]>("chart.series.items");
  const series = {
    load(_props?: string) {
      ctx.onLoad(() => {
        if (NO_SERIES.has(chart.type)) throw excelError("UnsupportedOperation", "This operation is not implemented.");
        const items = seriesOf(sheet(), chart);
        ctx.addResponse(items.map((x) => x.name));
        loaded.set(items.map((x) => seriesItem(ctx, chart, x)));
      });
      return this;
    },
    get items() {
      return loaded.get();
    },
    getItemAt: (index: number) => seriesSetters(ctx, sheet, () => chart, index),
  };
  return { name: chart.name ?? `Chart ${index + 1}`, chartType: chart.type, series, delete: remove };
}
