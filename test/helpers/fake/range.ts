/*
 * The fake's ranges: values and formulas written as 2-D arrays (checked against the
 * range's shape, as Excel does), formats applied to every cell of the range, and loads
 * that bring back what the workbook holds at the sync.
 */
import { cellRef, parseRange } from "../../../src/sheet/a1";
import type { FakeContext } from "./context";
import { FormatProxy, STANDARD_WIDTH } from "./format";
import { Loadable } from "./load";
import { cells, interpret, type FakeCell, type FakeValidation, type SheetModel } from "./model";
import { excelError } from "./refs";

/** What range.formulas, range.values, range.valueTypes or range.numberFormat returns for `ref`. */
function readGrid(s: SheetModel, ref: string, what: string): unknown[][] {
  const r = parseRange(ref);
  const out: unknown[][] = [];
  for (let row = r.top; row <= r.bottom; row++) {
    const line: unknown[] = [];
    for (let col = r.left; col <= r.right; col++) {
      const c = s.cells.get(cellRef(row, col));
      const value = c?.value ?? "";
      if (what === "formulas") line.push(c?.formula ?? value);
      else if (what === "values") line.push(value);
      else if (what === "numberFormat") line.push(c?.numberFormat ?? "General");
      else line.push(c?.valueType ?? (value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String"));
    }
    out.push(line);
  }
  return out;
}

/** Properties that load as 2-D grids. */
const GRIDS = ["formulas", "values", "valueTypes", "numberFormat"];

/**
 * A rectangle found only at the sync: a used range or a spill, or Excel's null object
 * when `area` gives nothing.
 */
export class BoxProxy {
  private readonly shape = new Loadable<{ isNullObject: boolean; rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }>("range.shape");
  private readonly grids = new Map<string, Loadable<unknown[][]>>();
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly area: () => string | undefined,
  ) {}
  load(props = ""): this {
    const wanted = props.split(",").map((p) => p.trim()).filter((p) => GRIDS.includes(p));
    for (const p of wanted) this.grids.set(p, new Loadable<unknown[][]>(`range.${p}`));
    this.ctx.onLoad(() => {
      const ref = this.area();
      const box = ref === undefined ? undefined : parseRange(ref);
      const v = box
        ? { isNullObject: false, rowIndex: box.top - 1, columnIndex: box.left - 1, rowCount: box.bottom - box.top + 1, columnCount: box.right - box.left + 1 }
        : { isNullObject: true, rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0 };
      this.ctx.addResponse(v);
      this.shape.set(v);
      for (const p of wanted) {
        const grid = ref === undefined ? [] : readGrid(this.sheet(), ref, p);
        this.ctx.addResponse(grid);
        this.grids.get(p)!.set(grid);
      }
    });
    return this;
  }
  get isNullObject() {
    return this.shape.get().isNullObject;
  }
  get rowIndex() {
    return this.shape.get().rowIndex;
  }
  get columnIndex() {
    return this.shape.get().columnIndex;
  }
  get rowCount() {
    return this.shape.get().rowCount;
  }
  get columnCount() {
    return this.shape.get().columnCount;
  }
  private grid(p: string): unknown[][] {
    const l = this.grids.get(p);
    if (!l) throw new Error(`PropertyNotLoaded: range.${p} was read before load() and sync()`);
    return l.get();
  }
  get values(): unknown[][] {
    return this.grid("values");
  }
  get valueTypes(): string[][] {
    return this.grid("valueTypes") as string[][];
  }
}

export class RangeProxy {
  readonly format: FormatProxy;
  private readonly loadedAddress = new Loadable<string>("range.address");
  private readonly loadedGrids = new Map<string, Loadable<unknown[][]>>();
  private readonly loadedHidden = new Loadable<boolean>("range.columnHidden");
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: () => SheetModel,
    readonly ref: string,
  ) {
    this.format = new FormatProxy(ctx, sheet, [ref]);
  }

  /** Hides or shows whole columns ("Q:Q"), as Range.columnHidden does; readable once loaded. */
  get columnHidden(): boolean {
    return this.loadedHidden.get();
  }

  set columnHidden(v: boolean) {
    this.ctx.enqueue("range.columnHidden", () => {
      const s = this.sheet();
      s.hiddenColumns = s.hiddenColumns.filter((c) => c !== this.ref);
      if (v) s.hiddenColumns.push(this.ref);
    });
  }

  private grid(values: unknown[][], what: string, fn: (cell: FakeCell, v: unknown) => void): void {
    this.ctx.enqueue(
      what,
      () => {
        const r = parseRange(this.ref);
        if (values.length !== r.bottom - r.top + 1 || values.some((row) => row.length !== r.right - r.left + 1)) {
          throw new Error(`InvalidArgument: ${what} array does not match ${this.ref}`);
        }
        const s = this.sheet();
        s.checkWritable(cells(this.ref));
        values.forEach((row, i) => row.forEach((v, j) => fn(s.cell(cellRef(r.top + i, r.left + j)), v)));
      },
      values,
    );
  }

  get numberFormat(): string[][] {
    return this.loadedGrid("numberFormat") as string[][];
  }

  set numberFormat(values: string[][]) {
    this.grid(values, "range.numberFormat", (c, v) => (c.numberFormat = v as string));
  }

  set formulas(values: unknown[][]) {
    this.grid(values, "range.formulas", (c, v) => interpret(c, v, this.ctx.model.year));
  }

  /**
   * Range.copyFrom(source, "All"): contents, number formats and formats, cell for cell, and
   * merges as a paste sets them: the area's own merges give way to the source area's. Like
   * a paste in the UI, whose limits copyFrom shares (office-js #4800), it is refused when a
   * merge reaches across the area's edge, on either sheet ("We can't do that to a merged cell").
   * Both ranges sit at the same address here, so relative references need no shifting.
   */
  copyFrom(source: string, _copyType?: "All"): void {
    this.ctx.enqueue("range.copyFrom", () => {
      const bang = source.lastIndexOf("!");
      const sheet = source.slice(0, bang);
      const from = this.ctx.model.sheet(sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet);
      const to = this.sheet();
      if (source.slice(bang + 1).replace(/\$/g, "") !== this.ref) throw excelError("InvalidArgument", `the fake copies between equal addresses only (${source} → ${this.ref})`);
      to.checkWritable(cells(this.ref));
      for (const ref of cells(this.ref)) {
        const c = from.cells.get(ref);
        if (c) to.cells.set(ref, { ...c, format: { ...c.format } });
        else to.cells.delete(ref);
      }
      const area = parseRange(this.ref);
      const within = (m: string) => {
        const r = parseRange(m);
        return r.top >= area.top && r.bottom <= area.bottom && r.left >= area.left && r.right <= area.right;
      };
      const apart = (m: string) => {
        const r = parseRange(m);
        return r.bottom < area.top || r.top > area.bottom || r.right < area.left || r.left > area.right;
      };
      if ([...to.merges, ...from.merges].some((m) => !within(m) && !apart(m))) throw excelError("InvalidOperation", "We can't do that to a merged cell.");
      to.merges = [...to.merges.filter(apart), ...from.merges.filter(within)];
    });
  }

  get formulas(): unknown[][] {
    return this.loadedGrid("formulas");
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
      } else if (p === "columnHidden") {
        this.ctx.onLoad(() => this.loadedHidden.set(this.sheet().hiddenColumns.includes(this.ref)));
      } else if (p === "format/columnWidth") {
        this.ctx.onLoad(() => this.format.loadWidth(this.sheet().columnWidths.get(this.ref) ?? STANDARD_WIDTH));
      } else if (GRIDS.includes(p)) {
        const l = new Loadable<unknown[][]>(`range.${p}`);
        this.loadedGrids.set(p, l);
        this.ctx.onLoad(() => {
          const v = readGrid(this.sheet(), this.ref, p);
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

  /** The array this cell's formula spills into (FakeCell.spill, set by a test), found at the sync. */
  getSpillingToRangeOrNullObject(): BoxProxy {
    return new BoxProxy(this.ctx, this.sheet, () => this.sheet().cells.get(this.ref)?.spill);
  }

  select(): void {
    this.ctx.enqueue("range.select", () => {
      this.ctx.model.active = this.sheet().name;
      this.ctx.model.selection = this.ref;
    });
  }

  /**
   * Range.clear (ExcelApi 1.1): "All" (the default) empties the cells, drops their formats and unmerges merged
   * areas inside; row heights and widths stay. A protected sheet's locked cells refuse it.
   */
  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.ctx.enqueue(`range.clear.${applyTo}`, () => {
      const s = this.sheet();
      const inside = new Set(cells(this.ref));
      s.checkWritable([...inside]);
      for (const ref of inside) {
        const c = s.cells.get(ref);
        if (!c) continue;
        if (applyTo === "All") s.cells.delete(ref);
        else if (applyTo === "Contents") interpret(c, "");
        else {
          c.format = {};
          delete c.numberFormat;
        }
      }
      if (applyTo === "All") s.merges = s.merges.filter((m) => !cells(m).every((c) => inside.has(c)));
    });
  }

  merge(): void {
    this.ctx.enqueue("range.merge", () => {
      this.sheet().checkWritable(cells(this.ref));
      this.sheet().merges.push(this.ref);
    });
  }

  /** Splits every merged area inside this range. */
  unmerge(): void {
    this.ctx.enqueue("range.unmerge", () => {
      const r = parseRange(this.ref);
      const inside = (m: string) => {
        const x = parseRange(m);
        return x.top >= r.top && x.bottom <= r.bottom && x.left >= r.left && x.right <= r.right;
      };
      this.sheet().merges = this.sheet().merges.filter((m) => !inside(m));
    });
  }

  get dataValidation() {
    const v: FakeValidation = { ref: this.ref, rule: undefined };
    const ctx = this.ctx;
    const sheet = this.sheet;
    return {
      set rule(r: Excel.DataValidationRule) {
        ctx.enqueue("dataValidation.rule", () => {
          v.rule = r;
          sheet().validations.push(v);
        });
      },
      set prompt(p: Excel.DataValidationPrompt) {
        ctx.enqueue("dataValidation.prompt", () => (v.prompt = p));
      },
    };
  }
}

