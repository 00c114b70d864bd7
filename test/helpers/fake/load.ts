/* What the fake's proxies share: the guard on unloaded properties, and a loadable name list. */
import type { FakeContext } from "./context";

/** A loaded-property guard: reading before load + sync throws, as Office.js does. */
export class Loadable<T> {
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

/** A loaded name: reading gives the formula as loaded; setting it re-points the name at the next sync. */
export interface FakeNamedItem {
  readonly name: string;
  formula: string;
}

/**
 * Workbook or worksheet names, as name and formula ("=Sheet!$B$5"). Setting an item's
 * formula is NamedItem.formula (ExcelApi 1.7, learn.microsoft.com/javascript/api/excel/excel.nameditem):
 * the name keeps its identity, so formulas that read it follow it to the new range.
 */
export class NameCollection {
  private readonly loadedItems = new Loadable<FakeNamedItem[]>("names.items");
  constructor(
    private readonly ctx: FakeContext,
    private readonly read: () => { name: string; formula: string }[],
    private readonly write?: (name: string, formula: string) => void,
  ) {}
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const items = this.read();
      this.ctx.addResponse(items);
      this.loadedItems.set(items.map((item) => this.item(item)));
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    return this.loadedItems.get();
  }
  private item(loaded: { name: string; formula: string }): FakeNamedItem {
    const { ctx, write } = this;
    return {
      name: loaded.name,
      get formula() {
        return loaded.formula;
      },
      set formula(v: string) {
        if (!write) throw new Error("InvalidOperation: this fake does not model setting this name's formula");
        ctx.enqueue("name.formula", () => write(loaded.name, v), v);
      },
    };
  }
}
