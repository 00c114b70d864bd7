/*
 * The recording fake's workbook: what Excel would hold after the commands it was sent.
 * Tests build models directly to set up a workbook, and read them to assert on it.
 */
import { cellRef, parseCell, parseRange } from "../../../src/sheet/a1";
import { parseEntry } from "./parse";
import { excelError, quoted, retarget } from "./refs";

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

/**
 * One series of a chart, by where each axis takes its data, written as in the series'
 * =SERIES() formula: a range ("Plan!$B$2:$B$9"), literal values ("{1,2,3}") or another
 * workbook's range ("[Book2.xlsx]Plan!$B$2:$B$9").
 */
export interface FakeSeries {
  name: string;
  sources: Partial<Record<"Categories" | "Values" | "XValues" | "YValues" | "BubbleSizes", string>>;
}

export interface FakeChart {
  type: string;
  /** Excel names charts "Chart 1", "Chart 2"… */
  name?: string;
  /** Set by a test: Excel refuses this chart's sources, as it may for a type not yet reported. */
  refuses?: boolean;
  /** Series set by a test; a chart made by charts.add has one per column of `source`. */
  series?: FakeSeries[];
  source: string;
  title?: string;
  position?: [string, string];
  categories?: string;
  /** Series names by index. */
  seriesNames: string[];
  xTitle?: string;
  yTitle?: string;
  legend?: boolean;
  /** False when the chart plots hidden cells too. */
  plotVisibleOnly?: boolean;
}

/** Worksheet ids: unique in the workbook, kept through renames and moves, new for a copy (Excel.Worksheet.id). */
let lastId = 0;
const newId = () => `{00000000-0001-0000-${String(++lastId).padStart(4, "0")}-000000000000}`;

export class SheetModel {
  readonly id: string;
  /** Sheet protection: writes to locked cells fail; a copy is protected too (Excel.WorksheetProtection). */
  protected = false;
  cells = new Map<string, FakeCell>();
  names: { name: string; ref: string }[] = [];
  merges: string[] = [];
  validations: FakeValidation[] = [];
  charts: FakeChart[] = [];
  rowHeights = new Map<number, number>();
  columnWidths = new Map<string, number>();
  /** Hidden whole columns, as "Q:Q". */
  hiddenColumns: string[] = [];
  layout: Record<string, unknown> = {};
  pageBreaks: string[] = [];
  tabColor?: string;
  frozenRows?: number;
  showGridlines = true;
  constructor(
    public name: string,
    id?: string,
  ) {
    this.id = id ?? newId();
  }

  /** A deep copy under another name and a new id, as worksheet.copy() makes it: references to itself follow it. */
  clone(name: string, id?: string): SheetModel {
    const c = new SheetModel(name, id);
    const self = (f: string | undefined) => f && retarget(f, this.name, name);
    for (const [ref, cell] of this.cells) c.cells.set(ref, { ...cell, formula: self(cell.formula), format: { ...cell.format } });
    for (const cell of c.cells.values()) if (cell.formula === undefined) delete cell.formula;
    c.names = this.names.map((n) => ({ ...n, ref: self(n.ref)! }));
    c.protected = this.protected;
    c.merges = [...this.merges];
    c.validations = this.validations.map((v) => ({ ...v }));
    // The copy's charts plot the copy's cells where they plotted the sheet's own, as its formulas do.
    const own = (src: FakeSeries["sources"]) => Object.fromEntries(Object.entries(src).map(([k, v]) => [k, self(v)]));
    c.charts = this.charts.map((x) => ({ ...x, seriesNames: [...x.seriesNames], series: x.series?.map((z) => ({ ...z, sources: own(z.sources) })) }));
    c.rowHeights = new Map(this.rowHeights);
    c.columnWidths = new Map(this.columnWidths);
    c.hiddenColumns = [...this.hiddenColumns];
    c.layout = { ...this.layout };
    c.pageBreaks = [...this.pageBreaks];
    c.tabColor = this.tabColor;
    c.frozenRows = this.frozenRows;
    c.showGridlines = this.showGridlines;
    return c;
  }

  /**
   * The bounding box of cells holding a value, a formula or formatting, or undefined for an
   * empty sheet: getUsedRange(valuesOnly = false) counts formatted cells
   * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)).
   */
  usedRange(): { top: number; left: number; bottom: number; right: number } | undefined {
    let box: { top: number; left: number; bottom: number; right: number } | undefined;
    for (const [ref, c] of this.cells) {
      const formatted = Object.keys(c.format).length > 0 || (c.numberFormat !== undefined && c.numberFormat !== "General");
      if (c.formula === undefined && (c.value === undefined || c.value === "") && !formatted) continue;
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
    return `=${quoted(this.name)}!${abs}`;
  }

  /** Excel refuses writes to locked cells of a protected sheet with AccessDenied (cells are locked unless format.locked is false). */
  checkWritable(refs: string[]): void {
    if (this.protected && refs.some((r) => this.cells.get(r)?.format.locked !== false)) {
      throw excelError("AccessDenied", `the cell is on the protected sheet ${this.name}`);
    }
  }

  /** A name's formula on this sheet ("='AI Billing'!$A$5:$A$9") as the plain ref the model keeps ("A5:A9"). */
  localRef(formula: string): string {
    const prefix = `=${quoted(this.name)}!`;
    return formula.startsWith(prefix) ? formula.slice(prefix.length).replace(/\$/g, "") : formula;
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
  /** The whole table, header and total rows included. */
  ref: string;
  style?: string;
  /** Excel's defaults: a header row shown, no total row. */
  showHeaders?: boolean;
  showTotals?: boolean;
  /** Column names; by default the header row's text (Column1, Column2… without one). */
  columns?: string[];
}

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  /** Workbook-scoped names. */
  names: { name: string; ref: string }[] = [];
  active?: string;
  /** The selected cell on the active sheet. */
  selection = "A1";
  /** The year Excel assumes for a typed date without one ("3/4"). */
  year = 2026;

  /** A deep copy of the whole workbook, ids included: one starting point for many runs. */
  clone(): WorkbookModel {
    const w = new WorkbookModel();
    w.sheets = this.sheets.map((s) => s.clone(s.name, s.id));
    w.tables = this.tables.map((t) => ({ ...t }));
    w.names = this.names.map((n) => ({ ...n }));
    Object.assign(w, { active: this.active, selection: this.selection, year: this.year });
    return w;
  }

  /** Everything a user could see changed, as one comparable string (a cell with nothing in it is no cell, as in Excel). */
  state(): string {
    const used = (c: FakeCell) => c.formula !== undefined || (c.value !== undefined && c.value !== "") || Object.keys(c.format).length > 0 || c.numberFormat !== undefined;
    return JSON.stringify({
      sheets: this.sheets.map((s) => ({
        ...s,
        cells: [...s.cells].filter(([, c]) => used(c)).sort(([a], [b]) => a.localeCompare(b)),
        rowHeights: [...s.rowHeights],
        columnWidths: [...s.columnWidths],
      })),
      tables: this.tables,
      names: this.names,
    });
  }

  /** A sheet by name (case-insensitive, as Excel compares them) or by id (WorksheetCollection.getItem takes either). */
  sheet(key: string): SheetModel {
    const s = this.sheets.find((x) => x.id === key) ?? this.sheets.find((x) => x.name.toLowerCase() === key.toLowerCase());
    if (!s) throw excelError("ItemNotFound", `no sheet ${key}`);
    return s;
  }

  /** Every formula, name and chart series source of the workbook, rewritten by `fn` (rename and delete follow references). */
  private rewrite(fn: (f: string) => string): void {
    for (const s of this.sheets) {
      for (const c of s.cells.values()) {
        if (c.formula === undefined) continue;
        c.formula = fn(c.formula);
        if (c.formula.includes("#REF!")) Object.assign(c, { value: "#REF!", valueType: "Error" });
      }
      s.names.forEach((n) => (n.ref = n.ref.startsWith("=") || n.ref.includes("!") ? fn(n.ref) : n.ref));
      // A chart series' sources are references like a formula's, and follow the same renames and deletions.
      for (const c of s.charts) for (const z of c.series ?? []) for (const [k, v] of Object.entries(z.sources)) z.sources[k as keyof FakeSeries["sources"]] = fn(v);
    }
    this.names.forEach((n) => (n.ref = fn(n.ref)));
  }

  rename(s: SheetModel, name: string): void {
    if (this.sheets.some((x) => x !== s && x.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", name);
    this.rewrite((f) => retarget(f, s.name, name));
    for (const t of this.tables) if (t.sheet === s.name) t.sheet = name;
    s.name = name;
  }

  /** Deleting a sheet turns every reference to it elsewhere into #REF!, permanently. */
  remove(s: SheetModel): void {
    this.sheets = this.sheets.filter((x) => x !== s);
    this.tables = this.tables.filter((t) => t.sheet !== s.name);
    this.rewrite((f) => retarget(f, s.name, undefined));
  }

  /**
   * Table names and defined names share one namespace: a table may not take a defined
   * name's name nor a name a table's ("Rename an Excel table",
   * https://support.microsoft.com/office/rename-an-excel-table-fbf49a4f-82a3-43eb-8ba2-44d21233b114).
   */
  checkFreeName(name: string, kind: "table" | "name"): void {
    const lower = name.toLowerCase();
    const clash =
      this.tables.some((t) => t.name.toLowerCase() === lower) ||
      (kind === "table" && (this.names.some((n) => n.name.toLowerCase() === lower) || this.sheets.some((s) => s.names.some((n) => n.name.toLowerCase() === lower))));
    if (clash) throw excelError("ItemAlreadyExists", `the name ${name} is taken`);
  }
}

/** Every cell of an A1 range. */
export function cells(ref: string): string[] {
  const r = parseRange(ref);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellRef(row, col));
  return out;
}

/** How Excel stores one entry of range.formulas or range.values (see fake/parse.ts). */
export function interpret(cell: FakeCell, entry: unknown, year = 2026): void {
  delete cell.formula;
  delete cell.value;
  delete cell.valueType;
  if (entry === null || entry === undefined || entry === "") return;
  if (typeof entry !== "string") {
    cell.value = entry as number | boolean;
    return;
  }
  const p = parseEntry(entry, cell.numberFormat === "@", year);
  if ("formula" in p) cell.formula = p.formula;
  else {
    cell.value = p.value;
    if (p.error) cell.valueType = "Error";
  }
}

