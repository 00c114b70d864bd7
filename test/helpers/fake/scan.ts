/*
 * What the scan and the repair ask of the fake beyond the rest of it: where the formulas
 * are (Range.getSpecialCellsOrNullObject, ExcelApi 1.9, which lists formula cells as
 * rectangles and never text that starts with "="), whether a range holds spilled arrays
 * (Range.hasSpill, 1.12). Protection (WorksheetProtection, 1.2), which repair reads to
 * refuse protected sheets, is modelled with the rest of the worksheet (worksheet.ts, model.ts).
 * Added onto the proxies' prototypes so the files that model the rest stay as they are.
 * Sources: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells
 * and the Excel.Range / Excel.RangeAreas reference pages.
 */
import { cellRef, parseCell, parseRange } from "../../../src/sheet/a1";
import type { PortBox } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { Loadable } from "./load";
import type { SheetModel } from "./model";
import { RangeProxy } from "./range";

type Shape = { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };

declare module "./range" {
  interface RangeProxy {
    readonly hasSpill: boolean | null;
    getSpecialCellsOrNullObject(cellType: "Formulas", cellValueType?: "Errors"): AreasProxy;
  }
}

/** The proxies keep their context and sheet private; the additions here need them. */
const inside = (r: RangeProxy) => r as unknown as { ctx: FakeContext; sheet: () => SheetModel; ref: string };

/** Formula cells of `ref` (only those showing errors, if asked) as rectangles: column runs, merged across equal neighbours. */
function formulaAreas(s: SheetModel, ref: string, errorsOnly: boolean): Shape[] {
  const box = parseRange(ref);
  const byCol = new Map<number, number[]>();
  for (const [at, c] of s.cells) {
    if (c.formula === undefined || (errorsOnly && c.valueType !== "Error")) continue;
    const { row, col } = parseCell(at);
    if (row < box.top || row > box.bottom || col < box.left || col > box.right) continue;
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  const runs = new Map<string, number[]>();
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      const key = `${rows[i]}:${rows[j]}`;
      const cols = runs.get(key);
      if (cols) cols.push(col);
      else runs.set(key, [col]);
      i = j + 1;
    }
  }
  const out: Shape[] = [];
  for (const [key, cols] of runs) {
    const [top, bottom] = key.split(":").map(Number);
    cols.sort((a, b) => a - b);
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      out.push({ rowIndex: top - 1, columnIndex: cols[i] - 1, rowCount: bottom - top + 1, columnCount: cols[j] - cols[i] + 1 });
      i = j + 1;
    }
  }
  return out.sort((a, b) => a.rowIndex - b.rowIndex || a.columnIndex - b.columnIndex);
}

/** The values of one area's cells, as range.values gives them. */
function valuesOf(s: SheetModel, a: Shape): unknown[][] {
  return Array.from({ length: a.rowCount }, (_, i) => Array.from({ length: a.columnCount }, (_, j) => s.cells.get(cellRef(a.rowIndex + i + 1, a.columnIndex + j + 1))?.value ?? ""));
}

/** One rectangle of a RangeAreas, its shape loaded with it. */
class AreaItem implements PortBox {
  readonly isNullObject = false;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  constructor(
    a: Shape,
    private readonly grid: unknown[][],
  ) {
    ({ rowIndex: this.rowIndex, columnIndex: this.columnIndex, rowCount: this.rowCount, columnCount: this.columnCount } = a);
  }
  load(): this {
    return this;
  }
  get values(): unknown[][] {
    return this.grid;
  }
  get valueTypes(): string[][] {
    throw new Error("PropertyNotLoaded: area.valueTypes is not modelled");
  }
}

export class AreasProxy {
  readonly found = new Loadable<Shape[] | null>("rangeAreas");
  constructor(
    private readonly ctx: FakeContext,
    readonly sheet: () => SheetModel,
    private readonly ref: string,
    private readonly errorsOnly: boolean,
  ) {}
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const areas = formulaAreas(this.sheet(), this.ref, this.errorsOnly);
      this.found.set(areas.length === 0 ? null : areas);
    });
    return this;
  }
  get isNullObject(): boolean {
    return this.found.get() === null;
  }
  get areas(): AreaCollection {
    return new AreaCollection(this.ctx, this);
  }
}

/** The rectangles of a RangeAreas, loaded with their shapes (and values, if asked). */
class AreaCollection {
  private readonly loaded = new Loadable<AreaItem[]>("rangeAreas.areas");
  constructor(
    private readonly ctx: FakeContext,
    private readonly parent: AreasProxy,
  ) {}
  load(props = ""): this {
    this.parent.load();
    this.ctx.onLoad(() => {
      const shapes = this.parent.found.get() ?? [];
      // Values only when asked for (items/values), as Excel sends only what was loaded.
      const grids = shapes.map((a) => (props.includes("values") ? valuesOf(this.parent.sheet(), a) : []));
      this.ctx.addResponse(shapes);
      this.ctx.addResponse(grids);
      this.loaded.set(shapes.map((a, i) => new AreaItem(a, grids[i])));
    });
    return this;
  }
  get items(): PortBox[] {
    return this.loaded.get();
  }
}

RangeProxy.prototype.getSpecialCellsOrNullObject = function (this: RangeProxy, _type: "Formulas", valueType?: "Errors") {
  const r = inside(this);
  return new AreasProxy(r.ctx, r.sheet, r.ref, valueType === "Errors");
};

// hasSpill loads beside the grids: wrap load so "hasSpill" among the properties is answered at the sync.
const spillState = new WeakMap<RangeProxy, Loadable<boolean | null>>();
const plainLoad = RangeProxy.prototype.load;
RangeProxy.prototype.load = function (this: RangeProxy, props = "address") {
  const wanted = props.split(",").map((p) => p.trim());
  if (wanted.includes("hasSpill")) {
    const r = inside(this);
    const l = new Loadable<boolean | null>("range.hasSpill");
    spillState.set(this, l);
    r.ctx.onLoad(() => {
      const box = parseRange(r.ref);
      let any = false;
      let all = false;
      for (const c of r.sheet().cells.values()) {
        if (!c.spill) continue;
        const sp = parseRange(c.spill);
        if (sp.bottom < box.top || sp.top > box.bottom || sp.right < box.left || sp.left > box.right) continue;
        any = true;
        all ||= sp.top <= box.top && sp.bottom >= box.bottom && sp.left <= box.left && sp.right >= box.right;
      }
      l.set(all ? true : any ? null : false);
    });
  }
  return plainLoad.call(this, wanted.filter((p) => p !== "hasSpill").join(",") || "address");
};
Object.defineProperty(RangeProxy.prototype, "hasSpill", {
  get(this: RangeProxy) {
    const l = spillState.get(this);
    if (!l) throw new Error("PropertyNotLoaded: range.hasSpill was read before load() and sync()");
    return l.get();
  },
});
