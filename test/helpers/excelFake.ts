/*
 * A recording fake of the slice of the Excel JavaScript API the add-in uses. Like Excel,
 * it queues commands and applies them only at context.sync(), counts the syncs, throws
 * when a property is read before it was loaded and synced, and reads the strings given
 * to range.formulas the way Excel does (=… a formula, '… text, digits a number unless
 * the cell is formatted as text). A command can be made to fail, to test recovery.
 */
import { cellRef, parseCell, parseRange, quoteSheet } from "../../src/sheet/a1";

export interface FakeCell {
  formula?: string;
  /** A constant, or for a formula cell the result Excel would show (set by a test). */
  value?: string | number | boolean;
  /** "Error" when `value` is an error such as "#N/A". */
  valueType?: string;
  /** For an array formula's anchor: the range its result spills into (set by a test). */
  spill?: string;
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

  /** A deep copy under another name, as worksheet.copy() makes it. */
  clone(name: string): SheetModel {
    const c = new SheetModel(name);
    for (const [ref, cell] of this.cells) c.cells.set(ref, { ...cell, format: { ...cell.format } });
    c.names = this.names.map((n) => ({ ...n }));
    c.merges = [...this.merges];
    c.validations = this.validations.map((v) => ({ ...v }));
    c.charts = this.charts.map((x) => ({ ...x }));
    c.rowHeights = new Map(this.rowHeights);
    c.columnWidths = new Map(this.columnWidths);
    c.layout = { ...this.layout };
    c.pageBreaks = [...this.pageBreaks];
    c.tabColor = this.tabColor;
    c.frozenRows = this.frozenRows;
    c.showGridlines = this.showGridlines;
    return c;
  }

  /** The bounding box of cells holding a value or formula, or undefined for an empty sheet. */
  usedRange(): { top: number; left: number; bottom: number; right: number } | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [ref, c] of this.cells) {
      if (c.formula === undefined && (c.value === undefined || c.value === "")) continue;
      const { row, col } = parseCell(ref);
      box = box
        ? { top: Math.min(box.top, row), left: Math.min(box.left, col), bottom: Math.max(box.bottom, row), right: Math.max(box.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return box;
  }

  /** A name's formula as Excel reports it: "='Sheet'!$B$6" for a reference, or the formula given. */
  nameFormula(ref: string): string {
    if (ref.startsWith("=")) return ref;
    const abs = ref.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `=${quoteSheet(this.name)}!${abs}`;
  }

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

type Command = { what: string; run: () => void; bytes: number };

export class FakeContext {
  readonly model: WorkbookModel;
  syncs = 0;
  /** Per sync: the bytes of what was sent (command payloads) and what came back (loaded values). */
  readonly requestBytes: number[] = [];
  readonly responseBytes: number[] = [];
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

  enqueue(what: string, run: () => void, payload?: unknown): void {
    this.queue.push({ what, run, bytes: what.length + (payload === undefined ? 0 : JSON.stringify(payload).length) });
  }

  /** Counts bytes a load brings back in the current sync. */
  private loadedBytes = 0;
  addResponse(value: unknown): void {
    this.loadedBytes += JSON.stringify(value).length;
  }

  async sync(): Promise<void> {
    this.syncs++;
    const queue = this.queue;
    this.queue = [];
    this.requestBytes.push(queue.reduce((n, c) => n + c.bytes, 0));
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
    this.loadedBytes = 0;
    loads.forEach((l) => l());
    this.responseBytes.push(this.loadedBytes);
  }

  private makeWorkbook() {
    return {
      worksheets: new WorksheetCollection(this),
      tables: new TableCollection(this),
      names: new NameCollection(this, () => this.model.names.map((n) => ({ name: n.name, formula: n.ref.startsWith("=") ? n.ref : `=${n.ref}` }))),
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

class NameCollection {
  private readonly loadedItems = new Loadable<{ name: string; formula: string }[]>("names.items");
  constructor(
    private readonly ctx: FakeContext,
    private readonly read: () => { name: string; formula: string }[],
  ) {}
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const items = this.read();
      this.ctx.addResponse(items);
      this.loadedItems.set(items);
    });
    return this;
  }
  get items(): { name: string; formula: string }[] {
    return this.loadedItems.get();
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
    const collection = new NameCollection(this.ctx, () => {
      const s = this.sheet();
      return s.names.map((n) => ({ name: n.name, formula: s.nameFormula(n.ref) }));
    });
    return Object.assign(collection, {
      add: (name: string, target: RangeProxy | string) =>
        this.set("names.add", (s) => {
          if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
          s.names.push({ name, ref: typeof target === "string" ? target : target.ref });
        }),
    });
  }

  set name(v: string) {
    this.set("worksheet.name", (s) => {
      if (this.ctx.model.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase())) throw new Error(`ItemAlreadyExists: ${v}`);
      for (const t of this.ctx.model.tables) if (t.sheet === s.name) t.sheet = v;
      s.name = v;
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

  getUsedRangeOrNullObject(): UsedRangeProxy {
    return new UsedRangeProxy(this.ctx, this.sheet);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    const ref = rows === 1 && cols === 1 ? cellRef(row + 1, col + 1) : `${cellRef(row + 1, col + 1)}:${cellRef(row + rows, col + cols)}`;
    return new RangeProxy(this.ctx, this.sheet, ref);
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

class UsedRangeProxy {
  private readonly loaded = new Loadable<{ isNullObject: boolean; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }>("usedRange");
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
  ) {}
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const box = this.sheet().usedRange();
      const v = box
        ? { isNullObject: false, rowIndex: box.top - 1, columnIndex: box.left - 1, rowCount: box.bottom - box.top + 1, columnCount: box.right - box.left + 1 }
        : { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
      this.ctx.addResponse(v);
      this.loaded.set(v);
    });
    return this;
  }
  get isNullObject() {
    return this.loaded.get().isNullObject;
  }
  get rowIndex() {
    return this.loaded.get().rowIndex;
  }
  get columnIndex() {
    return this.loaded.get().columnIndex;
  }
  get rowCount() {
    return this.loaded.get().rowCount;
  }
  get columnCount() {
    return this.loaded.get().columnCount;
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
    }, values);
  }

  set numberFormat(values: string[][]) {
    this.grid(values, "range.numberFormat", (c, v) => (c.numberFormat = v as string));
  }

  set formulas(values: unknown[][]) {
    this.grid(values, "range.formulas", interpret);
  }

  get formulas(): unknown[][] {
    return this.loadedGrid("formulas");
  }

  private readonly loadedAddress = new Loadable<string>("range.address");
  private readonly loadedGrids = new Map<string, Loadable<unknown[][]>>();

  private read(what: string): unknown[][] {
    const r = parseRange(this.ref);
    const s = this.sheet();
    const out: unknown[][] = [];
    for (let row = r.top; row <= r.bottom; row++) {
      const line: unknown[] = [];
      for (let col = r.left; col <= r.right; col++) {
        const c = s.cells.get(cellRef(row, col));
        const value = c?.value ?? "";
        if (what === "formulas") line.push(c?.formula ?? value);
        else if (what === "values") line.push(value);
        else line.push(c?.valueType ?? (value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String"));
      }
      out.push(line);
    }
    return out;
  }

  private loadedGrid(what: string): unknown[][] {
    const l = this.loadedGrids.get(what);
    if (!l) throw new Error(`PropertyNotLoaded: range.${what} was read before load() and sync()`);
    return l.get();
  }

  get values(): unknown[][] {
    return this.loadedGrid("values");
  }

  get valueTypes(): string[][] {
    return this.loadedGrid("valueTypes") as string[][];
  }

  getCell(row: number, col: number): RangeProxy {
    const { top, left } = parseRange(this.ref);
    return new RangeProxy(this.ctx, this.sheet, cellRef(top + row, left + col));
  }

  load(props = "address"): this {
    for (const p of props.split(",").map((x) => x.trim())) {
      if (p === "address") {
        this.ctx.onLoad(() => this.loadedAddress.set(`${this.sheet().name}!${this.ref}`));
      } else if (p === "formulas" || p === "values" || p === "valueTypes") {
        const l = new Loadable<unknown[][]>(`range.${p}`);
        this.loadedGrids.set(p, l);
        this.ctx.onLoad(() => {
          const v = this.read(p);
          this.ctx.addResponse(v);
          l.set(v);
        });
      }
    }
    return this;
  }

  get address(): string {
    return this.loadedAddress.get();
  }

  getSpillingToRangeOrNullObject(): UsedRangeProxy & RangeProxy {
    const cell = this.sheet().cells.get(this.ref);
    const spill = cell?.spill;
    if (!spill) {
      const none = new UsedRangeProxy(this.ctx, () => new SheetModel("(none)"));
      return none as UsedRangeProxy & RangeProxy;
    }
    const range = new RangeProxy(this.ctx, this.sheet, spill);
    const box = parseRange(spill);
    const shape = { isNullObject: false, rowIndex: box.top - 1, columnIndex: box.left - 1, rowCount: box.bottom - box.top + 1, columnCount: box.right - box.left + 1 };
    return Object.assign(range, shape) as unknown as UsedRangeProxy & RangeProxy;
  }

  select(): void {
    this.ctx.enqueue("range.select", () => {
      this.ctx.model.active = this.sheet().name;
      this.ctx.model.selection = this.ref;
    });
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
