/*
 * The fake's workbook tables, as the writers (names only) and the scan read them: name,
 * whether the header and total rows show (Excel.Table.showHeaders/showTotals, ExcelApi 1.3),
 * the sheet (Table.worksheet, 1.2), the whole range (Table.getRange, 1.1) and the column
 * names (Table.columns, 1.1), each answered at the sync it was loaded for.
 * Source: https://learn.microsoft.com/javascript/api/excel/excel.table
 */
import { cellRef, parseRange } from "../../../src/sheet/a1";
import type { FakeContext } from "./context";
import { Loadable } from "./load";
import type { TableModel } from "./model";
import { BoxProxy } from "./range";

/** Column names as Excel keeps them: the header row's text, or Column1… when it has none. */
function columnNames(ctx: FakeContext, t: TableModel): string[] {
  if (t.columns) return t.columns;
  const box = parseRange(t.ref);
  const sheet = ctx.model.sheet(t.sheet);
  return Array.from({ length: box.right - box.left + 1 }, (_, i) => {
    const v = t.showHeaders === false ? undefined : sheet.cells.get(cellRef(box.top, box.left + i))?.value;
    return v === undefined || v === "" ? `Column${i + 1}` : String(v);
  });
}

/** A table as loaded: what was read stays as it was at that sync, as in Office.js. */
class TableItem {
  readonly name: string;
  readonly showHeaders: boolean;
  readonly showTotals: boolean;
  constructor(
    private readonly ctx: FakeContext,
    private readonly t: TableModel,
  ) {
    this.name = t.name;
    this.showHeaders = t.showHeaders !== false;
    this.showTotals = t.showTotals === true;
  }
  get worksheet() {
    const { ctx, t } = this;
    const loaded = new Loadable<string>("table.worksheet.name");
    return {
      load(_props?: string) {
        ctx.onLoad(() => {
          ctx.addResponse(t.sheet);
          loaded.set(t.sheet);
        });
        return this;
      },
      get name() {
        return loaded.get();
      },
    };
  }
  getRange(): BoxProxy {
    return new BoxProxy(this.ctx, () => this.ctx.model.sheet(this.t.sheet), () => this.t.ref);
  }
  get columns() {
    const { ctx, t } = this;
    const loaded = new Loadable<{ name: string }[]>("table.columns.items");
    return {
      load(_props?: string) {
        ctx.onLoad(() => {
          const names = columnNames(ctx, t);
          ctx.addResponse(names);
          loaded.set(names.map((name) => ({ name })));
        });
        return this;
      },
      get items() {
        return loaded.get();
      },
    };
  }
}

export class TableCollection {
  private readonly loadedItems = new Loadable<TableItem[]>("tables.items");
  constructor(private readonly ctx: FakeContext) {}
  /** Loads the items with their name and sections ("items/name,items/showHeaders,items/showTotals"). */
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      this.ctx.addResponse(this.ctx.model.tables.map((t) => [t.name, t.showHeaders, t.showTotals]));
      this.loadedItems.set(this.ctx.model.tables.map((t) => new TableItem(this.ctx, t)));
    });
    return this;
  }
  get items(): TableItem[] {
    return this.loadedItems.get();
  }
}
