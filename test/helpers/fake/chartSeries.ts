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
 */
import { cellRef, parseRange } from "../../../src/sheet/a1";
import type { SeriesDimension } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { Loadable } from "./load";
import type { FakeChart, FakeSeries, SheetModel } from "./model";
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
  };
  return { name: chart.name ?? `Chart ${index + 1}`, chartType: chart.type, series, delete: remove };
}
