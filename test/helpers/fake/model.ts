/*
 * The recording fake's workbook: what Excel would hold after the commands it was sent.
 * Tests build models directly to set up a workbook, and read them to assert on it.
 */
import { cellRef, parseCell, parseRange, quoteSheet } from "../../../src/sheet/a1";

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
  /** Series names by index. */
  seriesNames: string[];
  xTitle?: string;
  yTitle?: string;
  legend?: boolean;
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
    c.charts = this.charts.map((x) => ({ ...x, seriesNames: [...x.seriesNames] }));
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

  /** A name's formula on this sheet ("='AI Billing'!$A$5:$A$9") as the plain ref the model keeps ("A5:A9"). */
  localRef(formula: string): string {
    const prefix = `=${quoteSheet(this.name)}!`;
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

/** Every cell of an A1 range. */
export function cells(ref: string): string[] {
  const r = parseRange(ref);
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellRef(row, col));
  return out;
}

/**
 * How Excel reads one entry of range.formulas: =… a formula, '… text, digits a number
 * unless the cell is formatted as text (@), anything else text.
 */
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

