/*
 * The fake worksheet's collections: tables, charts and page layout. Each setter queues a
 * command applied at the next sync; loads are read at it.
 */
import type { PortWorksheet } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { chartItem, seriesSetters } from "./chartSeries";
import { Loadable } from "./load";
import type { FakeChart, SheetModel, TableModel } from "./model";
import type { RangeProxy } from "./range";
import { excelError } from "./refs";

type PageLayout = PortWorksheet["pageLayout"];
type Set = (what: string, fn: (s: SheetModel) => void) => void;

export function tables(ctx: FakeContext, sheet: () => SheetModel, set: Set) {
  const loaded = new Loadable<{ name: string; delete(): void }[]>("tables.items");
  const remove = (t: TableModel) => () => ctx.enqueue("table.delete", () => (ctx.model.tables = ctx.model.tables.filter((x) => x !== t)));
  return {
    load(_props?: string) {
      ctx.onLoad(() => loaded.set(ctx.model.tables.filter((t) => t.sheet === sheet().name).map((t) => ({ name: t.name, delete: remove(t) }))));
      return this;
    },
    get items() {
      return loaded.get();
    },
    add: (ref: string, _hasHeaders: boolean) => {
      const table: TableModel = { name: "", sheet: "", ref };
      set("tables.add", (s) => {
        s.checkWritable([]);
        table.sheet = s.name;
        table.name = `Table${ctx.model.tables.length + 1}`;
        ctx.model.tables.push(table);
      });
      return {
        set name(v: string) {
          ctx.enqueue("table.name", () => {
            if (ctx.model.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())) throw excelError("ItemAlreadyExists", `table ${v}`);
            ctx.model.checkFreeName(v, "table");
            table.name = v;
          });
        },
        set style(v: string) {
          ctx.enqueue("table.style", () => (table.style = v));
        },
        set showBandedRows(_v: boolean) {
          ctx.enqueue("table.showBandedRows", () => undefined);
        },
      };
    },
  };
}

const fail = (e: Error): never => {
  throw e;
};

export function charts(ctx: FakeContext, sheet: () => SheetModel, set: Set) {
  const loaded = new Loadable<ReturnType<typeof chartItem>[]>("charts.items");
  return {
    load(_props?: string) {
      ctx.onLoad(() => {
        const list = sheet().charts;
        ctx.addResponse(list.map((c, i) => [c.name ?? `Chart ${i + 1}`, c.type]));
        loaded.set(list.map((c, i) => chartItem(ctx, sheet, c, i, () => set("chart.delete", (s) => (s.charts = s.charts.filter((x) => x !== c))))));
      });
      return this;
    },
    get items() {
      return loaded.get();
    },
    getItemAt: (index: number) => ({
      series: {
        getItemAt: (at: number) =>
          seriesSetters(ctx, sheet, () => sheet().charts[index] ?? fail(excelError("ItemNotFound", `the sheet has no chart ${index}`)), at),
      },
    }),
    add: (type: string, range: RangeProxy, _seriesBy: string) => {
      const chart: FakeChart = { type, source: range.ref, seriesNames: [] };
      set("charts.add", (s) => {
        s.checkWritable([]);
        s.charts.push(chart);
      });
      const title = (put: (v: string) => void) => ({
        set text(v: string) {
          ctx.enqueue("chart.title", () => put(v));
        },
      });
      return {
        title: title((v) => (chart.title = v)),
        legend: {
          set visible(v: boolean) {
            ctx.enqueue("chart.legend.visible", () => (chart.legend = v));
          },
        },
        axes: { categoryAxis: { title: title((v) => (chart.xTitle = v)) }, valueAxis: { title: title((v) => (chart.yTitle = v)) } },
        setPosition: (from: string, to: string) => ctx.enqueue("chart.setPosition", () => (chart.position = [from, to])),
        set plotVisibleOnly(v: boolean) {
          ctx.enqueue("chart.plotVisibleOnly", () => (chart.plotVisibleOnly = v));
        },
        series: {
          getItemAt: (index: number) => ({
            set name(v: string) {
              ctx.enqueue("series.name", () => (chart.seriesNames[index] = v));
            },
            setXAxisValues: (r: RangeProxy) => ctx.enqueue("series.setXAxisValues", () => (chart.categories = r.ref)),
          }),
        },
      };
    },
  };
}

/** Page setup: set by the writer, loaded back (orientation, zoom) by "Check this Excel". */
export function pageLayout(ctx: FakeContext, sheet: () => SheetModel, set: Set) {
  const loaded = new Loadable<Record<string, unknown>>("pageLayout");
  const put = (key: string) => (v: unknown) => set(`pageLayout.${key}`, (s) => (s.layout[key] = v));
  const footer = {
    set leftHeader(v: string) {
      put("leftHeader")(v);
    },
    set rightHeader(v: string) {
      put("rightHeader")(v);
    },
    set centerFooter(v: string) {
      put("centerFooter")(v);
    },
  };
  return {
    load(_props: string) {
      ctx.onLoad(() => loaded.set({ ...sheet().layout }));
      return this;
    },
    get orientation(): PageLayout["orientation"] {
      return loaded.get().orientation as PageLayout["orientation"];
    },
    set orientation(v: PageLayout["orientation"]) {
      put("orientation")(v);
    },
    get zoom(): PageLayout["zoom"] {
      return loaded.get().zoom as PageLayout["zoom"];
    },
    set zoom(v: PageLayout["zoom"]) {
      put("zoom")(v);
    },
    setPrintArea: (area: string) => put("printArea")(area),
    setPrintTitleRows: (rows: string) => put("printTitleRows")(rows),
    headersFooters: { defaultForAllPages: footer },
  };
}
