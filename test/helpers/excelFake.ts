/*
 * A recording fake of the slice of the Excel JavaScript API the add-in uses. Like Excel,
 * it queues commands and applies them only at context.sync(), counts the syncs, throws
 * when a property is read before it was loaded and synced, and reads the strings given
 * to range.formulas the way Excel does (=… a formula, '… text, digits a number unless
 * the cell is formatted as text). A command can be made to fail, to test recovery.
 */
import { cellRef, parseRange } from "../../src/templates/a1";

export interface FakeCell {
  formula?: string;
  value?: string | number | boolean;
  numberFormat?: string;
  format: Record<string, unknown>;
}

export interface FakeValidation {
  ref: string;
  rule: unknown;
  prompt?: unknown;
}

export interface FakeChart {
  type: string;
  source: string;
  title?: string;
  position?: [string, string];
  categories?: string;
  seriesName?: string;
}

export class SheetModel {
  cells = new Map<string, FakeCell>();
  names: { name: string; ref: string }[] = [];
  merges: string[] = [];
  validations: FakeValidation[] = [];
  charts: FakeChart[] = [];
  rowHeights = new Map<number, number>();
  columnWidths = new Map<string, number>();
  layout: Record<string, unknown> = {};
  pageBreaks: string[] = [];
  tabColor?: string;
  frozenRows?: number;
  showGridlines = true;
  constructor(public name: string) {}

  cell(ref: string): FakeCell {
    let c = this.cells.get(ref);
    if (!c) {
      c = { format: {} };
      this.cells.set(ref, c);
    }
    return c;
  }
}

export interface TableModel {
  name: string;
  sheet: string;
  ref: string;
  style?: string;
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Workbook-scoped names. */
  names: { name: string; ref: string }[] = [];
  active?: string;
  /** The selected cell on the active sheet. */
  selection = "A1";

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`ItemNotFound: no sheet ${name}`);
    return s;
  }
}

function cells(ref: string): string[] {
  const r = parseRange(ref);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellRef(row, col));
  return out;
}

/** How Excel reads one entry of range.formulas. */
export function interpret(cell: FakeCell, entry: unknown): void {
  delete cell.formula;
  delete cell.value;
  if (entry === null || entry === undefined || entry === "") return;
  if (typeof entry !== "string") {
    cell.value = entry as number | boolean;
  } else if (cell.numberFormat === "@") {
    cell.value = entry.startsWith("'") ? entry.slice(1) : entry;
  } else if (entry.startsWith("'")) {
    cell.value = entry.slice(1);
  } else if (entry.startsWith("=")) {
    cell.formula = entry;
  } else if (entry.trim() !== "" && !Number.isNaN(Number(entry))) {
    cell.value = Number(entry);
  } else {
    cell.value = entry;
  }
}

type Command = { what: string; run: () => void };

export class FakeContext {
  readonly model: WorkbookModel;
  syncs = 0;
  /** Names of the commands applied, in order (for asserting what was done). */
  readonly log: string[] = [];
  private queue: Command[] = [];
  private pendingLoads: (() => void)[] = [];
  /** A command name (e.g. "tables.add") that fails when applied, once. */
  failOn?: string;
  readonly workbook: ReturnType<FakeContext["makeWorkbook"]>;

  constructor(model = new WorkbookModel()) {
    this.model = model;
    this.workbook = this.makeWorkbook();
  }

  enqueue(what: string, run: () => void): void {
    this.queue.push({ what, run });
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    for (const c of queue) {
      if (this.failOn === c.what) {
        this.failOn = undefined;
        this.pendingLoads = [];
        throw new Error(`InvalidArgument: ${c.what} failed`);
      }
      c.run();
      this.log.push(c.what);
    }
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    loads.forEach((l) => l());
  }

  private makeWorkbook() {
    return {
      worksheets: new WorksheetCollection(this),
      tables: new TableCollection(this),
      getSelectedRange: () => {
        const model = this.model;
        const sheet = () => model.sheet(model.active ?? model.sheets[0].name);
        return new RangeProxy(this, sheet, model.selection);
      },
    };
  }

  onLoad(fn: () => void): void {
    this.pendingLoads.push(fn);
  }
}

/** A loaded-property guard: reading before load + sync throws, as Office.js does. */
class Loadable<T> {
  private value?: T;
  private loaded = false;
  constructor(private readonly what: string) {}
  set(v: T): void {
    this.value = v;
    this.loaded = true;
  }
  get(): T {
    if (!this.loaded) throw new Error(`PropertyNotLoaded: ${this.what} was read before load() and sync()`);
    return this.value as T;
  }
}

class WorksheetCollection {
  private readonly loadedItems = new Loadable<WorksheetProxy[]>("worksheets.items");
  constructor(private readonly ctx: FakeContext) {}

  /** Loads the collection's items; the property path is accepted as Office.js takes it. */
  load(_props?: string): this {
    this.ctx.onLoad(() => this.loadedItems.set(this.ctx.model.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, s.name))));
    return this;
  }

  get items(): WorksheetProxy[] {
    return this.loadedItems.get();
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.model.sheet(name));
  }

  add(name: string): WorksheetProxy {
    const ctx = this.ctx;
    ctx.enqueue("worksheets.add", () => {
      if (ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: ${name}`);
      ctx.model.sheets.push(new SheetModel(name));
    });
    return new WorksheetProxy(ctx, () => ctx.model.sheet(name));
  }
}

class TableCollection {
  private readonly loadedItems = new Loadable<{ name: string }[]>("tables.items");
  constructor(private readonly ctx: FakeContext) {}
  /** Loads the collection's items; the property path is accepted as Office.js takes it. */
  load(_props?: string): this {
    this.ctx.onLoad(() => this.loadedItems.set(this.ctx.model.tables.map((t) => ({ name: t.name }))));
    return this;
  }
  get items(): { name: string }[] {
    return this.loadedItems.get();
  }
}

class WorksheetProxy {
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

  private set(what: string, fn: (s: SheetModel) => void): void {
    this.ctx.enqueue(what, () => fn(this.sheet()));
  }

  getRange(ref: string): RangeProxy {
    return new RangeProxy(this.ctx, this.sheet, ref);
  }

  getRanges(refs: string): { format: FormatProxy } {
    return { format: new FormatProxy(this.ctx, this.sheet, refs.split(",")) };
  }

  get names() {
    return {
      add: (name: string, range: RangeProxy) => this.set("names.add", (s) => {
        if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
        s.names.push({ name, ref: range.ref });
      }),
    };
  }

  get tables() {
    return {
      add: (ref: string) => {
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
      add: (type: string, range: RangeProxy) => {
        const chart: FakeChart = { type, source: range.ref };
        this.set("charts.add", (s) => s.charts.push(chart));
        const ctx = this.ctx;
        const title = (set: (v: string) => void) => ({
          set text(v: string) {
            ctx.enqueue("chart.title", () => set(v));
          },
        });
        return {
          title: title((v) => (chart.title = v)),
          legend: { visible: true },
          axes: { categoryAxis: { title: title(() => undefined) }, valueAxis: { title: title(() => undefined) } },
          setPosition: (from: string, to: string) => ctx.enqueue("chart.setPosition", () => (chart.position = [from, to])),
          series: {
            getItemAt: () => ({
              set name(v: string) {
                ctx.enqueue("series.name", () => (chart.seriesName = v));
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
    const hf = (key: string) => ({ set: set(key) });
    const footer = {
      set leftHeader(v: string) {
        hf("leftHeader").set(v);
      },
      set rightHeader(v: string) {
        hf("rightHeader").set(v);
      },
      set centerFooter(v: string) {
        hf("centerFooter").set(v);
      },
    };
    return {
      set orientation(v: string) {
        set("orientation")(v);
      },
      set zoom(v: unknown) {
        set("zoom")(v);
      },
      setPrintArea: set("printArea"),
      setPrintTitleRows: set("printTitleRows"),
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

class FormatProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly refs: string[],
  ) {}

  private apply(key: string, v: unknown): void {
    this.ctx.enqueue(`format.${key}`, () => {
      const s = this.sheet();
      for (const ref of this.refs) {
        if (key === "columnWidth") s.columnWidths.set(ref, v as number);
        else if (key === "rowHeight") s.rowHeights.set(Number(ref.split(":")[0]), v as number);
        else for (const c of cells(ref)) s.cell(c).format[key] = v;
      }
    });
  }

  get font() {
    const apply = (k: string) => (v: unknown) => this.apply(`font.${k}`, v);
    return {
      set bold(v: boolean) {
        apply("bold")(v);
      },
      set italic(v: boolean) {
        apply("italic")(v);
      },
      set size(v: number) {
        apply("size")(v);
      },
      set color(v: string) {
        apply("color")(v);
      },
    };
  }

  get fill() {
    const apply = (v: unknown) => this.apply("fill", v);
    return {
      set color(v: string) {
        apply(v);
      },
    };
  }

  get borders() {
    return {
      getItem: (edge: string) => {
        const apply = (k: string) => (v: unknown) => this.apply(`border.${edge}.${k}`, v);
        return {
          set style(v: string) {
            apply("style")(v);
          },
          set color(v: string) {
            apply("color")(v);
          },
        };
      },
    };
  }

  set wrapText(v: boolean) {
    this.apply("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.apply("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.apply("verticalAlignment", v);
  }
  set columnWidth(v: number) {
    this.apply("columnWidth", v);
  }
  set rowHeight(v: number) {
    this.apply("rowHeight", v);
  }
}

class RangeProxy {
  readonly format: FormatProxy;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    readonly ref: string,
  ) {
    this.format = new FormatProxy(ctx, sheet, [ref]);
  }

  private grid(values: unknown[][], what: string, fn: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.enqueue(what, () => {
      const r = parseRange(this.ref);
      if (values.length !== r.bottom - r.top + 1 || values.some((row) => row.length !== r.right - r.left + 1)) {
        throw new Error(`InvalidArgument: ${what} array does not match ${this.ref}`);
      }
      const s = this.sheet();
      values.forEach((row, i) => row.forEach((v, j) => fn(s.cell(cellRef(r.top + i, r.left + j)), v)));
    });
  }

  set numberFormat(values: string[][]) {
    this.grid(values, "range.numberFormat", (c, v) => (c.numberFormat = v as string));
  }

  set formulas(values: unknown[][]) {
    this.grid(values, "range.formulas", interpret);
  }

  private readonly loadedAddress = new Loadable<string>("range.address");

  getCell(row: number, col: number): RangeProxy {
    const { top, left } = parseRange(this.ref);
    return new RangeProxy(this.ctx, this.sheet, cellRef(top + row, left + col));
  }

  load(_props?: string): this {
    this.ctx.onLoad(() => this.loadedAddress.set(`${this.sheet().name}!${this.ref}`));
    return this;
  }

  get address(): string {
    return this.loadedAddress.get();
  }

  merge(): void {
    this.ctx.enqueue("range.merge", () => this.sheet().merges.push(this.ref));
  }

  get dataValidation() {
    const v: FakeValidation = { ref: this.ref, rule: undefined };
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      set rule(r: unknown) {
        ctx.enqueue("dataValidation.rule", () => {
          v.rule = r;
          sheet().validations.push(v);
        });
      },
      set prompt(p: unknown) {
        ctx.enqueue("dataValidation.prompt", () => (v.prompt = p));
      },
    };
  }
}

/** Requirement sets up to `max` (e.g. "1.9") are supported. */
export function requirementsUpTo(max: string) {
  const [maxMajor, maxMinor] = max.split(".").map(Number);
  return {
    isSetSupported(name: string, version = "1.1"): boolean {
      const [major, minor] = version.split(".").map(Number);
      return name === "ExcelApi" && (major < maxMajor || (major === maxMajor && minor <= maxMinor));
    },
  };
}

/** The fake as the writer's parameter type. */
export const asContext = (ctx: FakeContext): Excel.RequestContext => ctx as unknown as Excel.RequestContext;
