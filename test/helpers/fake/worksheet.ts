/*
 * The fake's worksheet: every setter queues a command that changes the SheetModel at
 * the next sync, under the name the test can ask ctx.log or ctx.failOn about.
 */
import { cellRef } from "../../../src/sheet/a1";
import type { FakeContext } from "./context";
import { Loadable, NameCollection } from "./load";
import type { SheetModel } from "./model";
import { FormatProxy } from "./format";
import { BoxProxy, RangeProxy } from "./range";
import { excelError } from "./refs";
import { charts, pageLayout, tables } from "./worksheetParts";

type Loaded = { name: string; id: string; protected: boolean };

export class WorksheetProxy {
  private readonly loaded = new Loadable<Loaded>("worksheet.name/id/protection");
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    known?: Loaded,
  ) {
    if (known) this.loaded.set(known);
  }

  /** Loads name, id and protection, whichever are asked for. */
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const s = this.sheet();
      this.loaded.set({ name: s.name, id: s.id, protected: s.protected });
    });
    return this;
  }

  get name(): string {
    return this.loaded.get().name;
  }

  /** Excel.Worksheet.id: "remains the same even when the worksheet is renamed or moved". */
  get id(): string {
    return this.loaded.get().id;
  }

  get protection() {
    const load = () => this.load();
    const loaded = this.loaded;
    return {
      load(_props?: string) {
        load();
        return this;
      },
      get protected() {
        return loaded.get().protected;
      },
    };
  }

  /** Renaming rewrites every reference to the sheet elsewhere, as Excel does. */
  set name(v: string) {
    this.set("worksheet.name", (s) => this.ctx.model.rename(s, v));
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
    if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > 1048576 || col + cols > 16384) {
      // Excel reports an address past XFD1048576 at the sync, as InvalidArgument.
      this.ctx.enqueue("range.outside", () => {
        throw excelError("InvalidArgument", `getRangeByIndexes(${row}, ${col}, ${rows}, ${cols}) is outside the sheet`);
      });
      return new RangeProxy(this.ctx, this.sheet, "A1");
    }
    const ref = rows === 1 && cols === 1 ? cellRef(row + 1, col + 1) : `${cellRef(row + 1, col + 1)}:${cellRef(row + rows, col + cols)}`;
    return new RangeProxy(this.ctx, this.sheet, ref);
  }

  /** The bounding box of the cells holding a value, formula or format, found at the sync. */
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
          if (s.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", `name ${name}`);
          this.ctx.model.checkFreeName(name, "name");
          s.names.push({ name, ref: typeof target === "string" ? target : target.ref });
        }),
      getItem: (name: string) => ({
        delete: () =>
          this.set("name.delete", (s) => {
            const i = s.names.findIndex((n) => n.name.toLowerCase() === name.toLowerCase());
            if (i < 0) throw new Error(`ItemNotFound: name ${name}`);
            s.names.splice(i, 1);
          }),
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

  /** A copy at the end, named "Name (2)" until renamed, with a new id; it keeps the sheet's protection. */
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
      if (!made) throw excelError("ItemNotFound", "the copy does not exist yet");
      return made;
    });
  }

  // One collection object per proxy, as Office.js gives: what was loaded on it stays readable.
  private tableCollection?: ReturnType<typeof tables>;
  private chartCollection?: ReturnType<typeof charts>;

  get tables() {
    return (this.tableCollection ??= tables(this.ctx, this.sheet, (what, fn) => this.set(what, fn)));
  }

  get charts() {
    return (this.chartCollection ??= charts(this.ctx, this.sheet, (what, fn) => this.set(what, fn)));
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
    return pageLayout(this.ctx, this.sheet, (what, fn) => this.set(what, fn));
  }

  get horizontalPageBreaks() {
    // One break a row, as Excel keeps them (PageBreakCollection.add, removePageBreaks: ExcelApi 1.9).
    return {
      add: (ref: string) => this.set("horizontalPageBreaks.add", (s) => s.pageBreaks.includes(ref) || s.pageBreaks.push(ref)),
      removePageBreaks: () => this.set("horizontalPageBreaks.removePageBreaks", (s) => (s.pageBreaks = [])),
    };
  }

  activate(): void {
    this.set("worksheet.activate", (s) => (this.ctx.model.active = s.name));
  }

  delete(): void {
    this.set("worksheet.delete", (s) => this.ctx.model.remove(s));
  }
}
