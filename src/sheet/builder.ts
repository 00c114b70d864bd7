/*
 * Builds a SheetSpec row by row, so a template reads top to bottom like the sheet it
 * makes. The builder only arranges data; it has no Office or file dependency.
 */
import { cellRef, columnLetter } from "./a1";
import type { Block, Cell, ChartSpec, Format, NameSpec, PageSpec, SheetSpec, Style, TableSpec, ValidationSpec, Value } from "./spec";

/** Shorthands for the cells a template is made of. */
export const label = (v: string, s: Style = "label"): Cell => ({ v, s });
export const unit = (v: string): Cell => ({ v, s: "unit" });
export const guide = (v: string): Cell => ({ v, s: "guide" });
export const calc = (f: string, fmt?: Format): Cell => ({ f, s: "calc", fmt });
export const output = (f: string, fmt?: Format): Cell => ({ f, s: "output", fmt });
export const header = (v: string): Cell => ({ v, s: "header" });
/** An input cell: the user's to fill. Text inputs are formatted as text so nothing typed becomes a formula. */
export const input = (v: Value | undefined, fmt: Format): Cell => ({ v: v ?? null, s: fmt === "text" ? "inputText" : "input", fmt });

/** One column of a sheet, so a template says which column it means instead of typing its letter. */
export class Column {
  constructor(readonly index: number) {}

  get letter(): string {
    return columnLetter(this.index);
  }

  /** "B12", or "$B$12" when absolute. */
  at(row: number, absolute = false): string {
    return cellRef(row, this.index, absolute);
  }

  /** "B3:B9", or "$B$3:$B$9" when absolute. */
  range(first: number, last: number, absolute = false): string {
    return `${this.at(first, absolute)}:${this.at(last, absolute)}`;
  }
}

/** Columns named in order from column A (or `from`): `columns(["step", "model"]).model.letter` is "B". */
export function columns<K extends string>(keys: readonly K[], from = 1): Record<K, Column> {
  return Object.fromEntries(keys.map((k, i) => [k, new Column(from + i)])) as Record<K, Column>;
}

/** Where a template keeps a row's value, unit and guidance. */
export interface Layout {
  value: number;
  unit: number;
  guide: number;
}

export class SheetBuilder {
  private readonly grid = new Map<number, (Cell | undefined)[]>();
  private readonly listCells: (Cell | undefined)[][] = [];
  private readonly names: NameSpec[] = [];
  private readonly validations: ValidationSpec[] = [];
  private readonly merges: string[] = [];
  private readonly tables: TableSpec[] = [];
  private readonly charts: ChartSpec[] = [];
  private readonly breaks: number[] = [];
  private readonly hidden: number[] = [];
  private readonly alsoPrinted: string[] = [];
  /** The next row `line` writes. */
  row = 1;

  constructor(
    private readonly sheetName: string,
    private readonly tabColor: string,
    private readonly widths: number[],
    /** Column where drop-down lists are kept, outside the print area. */
    private readonly listColumn: number,
    readonly layout: Layout,
  ) {}

  /**
   * A labelled row: the label in column A, a cell in the value column, and optionally its
   * unit, its guidance and a name for the value cell. Returns the row.
   */
  field(text: string, cell: Cell, options: { name?: string; unit?: string | Cell; guide?: string } = {}): number {
    const r = this.line([label(text)]);
    this.put(r, this.layout.value, [cell]);
    if (options.unit !== undefined) this.put(r, this.layout.unit, [typeof options.unit === "string" ? unit(options.unit) : options.unit]);
    if (options.guide) this.put(r, this.layout.guide, [guide(options.guide)]);
    if (options.name) this.name(options.name, SheetBuilder.abs(r, this.layout.value));
    return r;
  }

  /** Writes cells from column A (or `col`) on the current row and moves down; returns the row written. */
  line(cells: (Cell | undefined)[], col = 1): number {
    const r = this.row;
    this.put(r, col, cells);
    this.row++;
    return r;
  }

  /** Writes cells starting at a given row and column without moving the cursor. */
  put(row: number, col: number, cells: (Cell | undefined)[]): void {
    const existing = this.grid.get(row) ?? [];
    cells.forEach((c, i) => {
      if (c) existing[col - 1 + i] = c;
    });
    this.grid.set(row, existing);
  }

  /** A section heading, its band running across every column of the printed area. */
  section(text: string): number {
    const band = this.listColumn - 2;
    return this.line([{ v: text, s: "section" }, ...Array.from({ length: band - 1 }, (): Cell => ({ s: "section" }))]);
  }

  /** The next row starts a new printed page. */
  pageBreak(): void {
    this.breaks.push(this.row);
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  name(name: string, ref: string): void {
    this.names.push({ name, ref });
  }

  merge(ref: string): void {
    this.merges.push(ref);
  }

  validate(v: ValidationSpec): void {
    this.validations.push(v);
  }

  /** Keeps a drop-down's choices in the list column and returns their absolute range. */
  list(title: string, items: readonly string[]): string {
    const top = this.listCells.length + 1;
    this.listCells.push([{ v: title, s: "header" }]);
    for (const item of items) this.listCells.push([{ v: item, s: "unit" }]);
    this.listCells.push([undefined]);
    const col = columnLetter(this.listColumn);
    return `$${col}$${top + 1}:$${col}$${top + items.length}`;
  }

  /** A drop-down on `ref` fed by a list kept on this sheet; returns the list's range. */
  dropdown(ref: string, title: string, items: readonly string[], prompt: string): string {
    const listRef = this.list(title, items);
    this.validate({ ref, listRef, prompt });
    return listRef;
  }

  table(name: string, ref: string): void {
    this.tables.push({ name, ref });
  }

  chart(chart: ChartSpec): void {
    this.charts.push(chart);
  }

  /** Hides a column (1 = A), e.g. one that only feeds a chart. */
  hide(col: number): void {
    this.hidden.push(col);
  }

  /** Another area printed on pages of its own after the main one (absolute A1). */
  printAlso(ref: string): void {
    this.alsoPrinted.push(ref);
  }

  /** A cell's absolute reference on this sheet. */
  static abs(row: number, col: number): string {
    return cellRef(row, col, true);
  }

  /** The finished sheet; the main print area runs from A to `printColumns` (default: every column written). */
  build(page: Omit<PageSpec, "printArea">, freezeRows: number, printColumns?: number): SheetSpec {
    const rows = [...this.grid.keys()];
    const last = Math.max(...rows);
    const width = Math.max(...[...this.grid.values()].map((r) => r.length));
    const cells: (Cell | undefined)[][] = [];
    for (let r = 1; r <= last; r++) {
      const row = this.grid.get(r) ?? [];
      cells.push(Array.from({ length: width }, (_, c) => row[c]));
    }
    const blocks: Block[] = [{ at: "A1", cells }];
    if (this.listCells.length > 0) blocks.push({ at: cellRef(1, this.listColumn), cells: this.listCells });
    return {
      name: this.sheetName,
      tabColor: this.tabColor,
      widths: this.widths,
      blocks,
      merges: this.merges,
      names: this.names,
      validations: this.validations,
      tables: this.tables,
      charts: this.charts,
      ...(this.hidden.length > 0 ? { hiddenColumns: this.hidden } : {}),
      freezeRows,
      pageBreaks: this.breaks,
      page: { ...page, printArea: [`$A$1:$${columnLetter(printColumns ?? width)}$${last}`, ...this.alsoPrinted].join(",") },
    };
  }
}
