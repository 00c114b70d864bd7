/*
 * The fake's worksheet: every setter queues a command that changes the SheetModel at
 * the next sync, under the name the test can ask ctx.log or ctx.failOn about.
 */
import { cellRef } from "../../../src/sheet/a1";
import type { PortWorksheet } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { Loadable, NameCollection } from "./load";
import { SheetModel, type FakeChart, type TableModel } from "./model";
import { BoxProxy, FormatProxy, RangeProxy } from "./range";

type PageLayout = PortWorksheet["pageLayout"];

export class WorksheetProxy {
  private readonly loadedName = new Loadable<string>("worksheet.name");
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    name?: string,
  ) {
    if (name !== undefined) this.loadedName.set(name);
  }

  get name(): string {
    return this.loadedName.get();
  }

  set name(v: string) {
    this.set("worksheet.name", (s) => {
      if (this.ctx.model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`ItemAlreadyExists: ${v}`);
      for (const t of this.ctx.model.tables) if (t.sheet === s.name) t.sheet = v;
      s.name = v;
    });
  }

  private set(what: string, fn: (s: SheetModel) => void): void {
    this.ctx.enqueue(what, () => fn(this.sheet()));
  }

  getRange(ref: string): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, ref);
  }

  getRanges(refs: string): { format: FormatProxy } {
    return { format: new FormatProxy(this.ctx, this.sheet, refs.split(",")) };
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    const ref = rows === 1 && cols === 1 ? cellRef(row + 1, col + 1) : `${cellRef(row + 1, col + 1)}:${cellRef(row + rows, col + cols)}`;
    return new RangeProxy(this.ctx, this.sheet, ref);
  }

  /** The bounding box of the cells holding a value or formula, found at the sync. */
  getUsedRangeOrNullObject(): BoxProxy {
    return new BoxProxy(this.ctx, this.sheet, () => {
      const box = this.sheet().usedRange();
      return box && `${cellRef(box.top, box.left)}:${cellRef(box.bottom, box.right)}`;
    });
  }

  get names() {
    const collection = new NameCollection(
      this.ctx,
      () => {
        const s = this.sheet();
        return s.names.map((n) => ({ name: n.name, formula: s.nameFormula(n.ref) }));
      },
      (name, formula) => {
        const s = this.sheet();
        const item = s.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
        if (!item) throw new Error(`ItemNotFound: name ${name}`);
        item.ref = s.localRef(formula);
      },
    );
    return Object.assign(collection, {
      add: (name: string, target: RangeProxy | string) =>
        this.set("names.add", (s) => {
          if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
          s.names.push({ name, ref: typeof target === "string" ? target : target.ref });
        }),
    });
  }

  set position(v: number) {
    this.set("worksheet.position", (s) => {
      const sheets = this.ctx.model.sheets.filter((x) => x !== s);
      sheets.splice(v, 0, s);
      this.ctx.model.sheets = sheets;
    });
  }

  copy(_position?: string): WorksheetProxy {
    const ctx = this.ctx;
    let made: SheetModel | undefined;
    this.set("worksheet.copy", (s) => {
      let name = `${s.name} (2)`;
      for (let i = 3; ctx.model.sheets.some((x) => x.name.toLowerCase() === name.toLowerCase()); i++) name = `${s.name} (${i})`;
      made = s.clone(name);
      ctx.model.sheets.push(made);
    });
    return new WorksheetProxy(ctx, () => {
      if (!made) throw new Error("the copy does not exist yet");
      return made;
    });
  }

  get tables() {
    return {
      add: (ref: string, _hasHeaders: boolean) => {
        const table: TableModel = { name: "", sheet: "", ref };
        this.set("tables.add", (s) => {
          table.sheet = s.name;
          table.name = `Table${this.ctx.model.tables.length + 1}`;
          this.ctx.model.tables.push(table);
        });
        const ctx = this.ctx;
        return {
          set name(v: string) {
            ctx.enqueue("table.name", () => {
              if (ctx.model.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())) throw new Error(`ItemAlreadyExists: table ${v}`);
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

  get charts() {
    return {
      add: (type: string, range: RangeProxy, _seriesBy: string) => {
        const chart: FakeChart = { type, source: range.ref, seriesNames: [] };
        this.set("charts.add", (s) => s.charts.push(chart));
        const ctx = this.ctx;
        const title = (set: (v: string) => void) => ({
          set text(v: string) {
            ctx.enqueue("chart.title", () => set(v));
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

  set showGridlines(v: boolean) {
    this.set("worksheet.showGridlines", (s) => (s.showGridlines = v));
  }

  set tabColor(v: string) {
    this.set("worksheet.tabColor", (s) => (s.tabColor = v));
  }

  get freezePanes() {
    return { freezeRows: (n: number) => this.set("freezePanes.freezeRows", (s) => (s.frozenRows = n)) };
  }

  get pageLayout() {
    const set = (key: string) => (v: unknown) => this.set(`pageLayout.${key}`, (s) => (s.layout[key] = v));
    const footer = {
      set leftHeader(v: string) {
        set("leftHeader")(v);
      },
      set rightHeader(v: string) {
        set("rightHeader")(v);
      },
      set centerFooter(v: string) {
        set("centerFooter")(v);
      },
    };
    return {
      set orientation(v: PageLayout["orientation"]) {
        set("orientation")(v);
      },
      set zoom(v: PageLayout["zoom"]) {
        set("zoom")(v);
      },
      setPrintArea: (area: string) => set("printArea")(area),
      setPrintTitleRows: (rows: string) => set("printTitleRows")(rows),
      headersFooters: { defaultForAllPages: footer },
    };
  }

  get horizontalPageBreaks() {
    return { add: (ref: string) => this.set("horizontalPageBreaks.add", (s) => s.pageBreaks.push(ref)) };
  }

  activate(): void {
    this.set("worksheet.activate", (s) => (this.ctx.model.active = s.name));
  }

  delete(): void {
    this.set("worksheet.delete", (s) => {
      this.ctx.model.sheets = this.ctx.model.sheets.filter((x) => x !== s);
      this.ctx.model.tables = this.ctx.model.tables.filter((t) => t.sheet !== s.name);
    });
  }
}
