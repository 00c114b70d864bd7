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

/** Workbook or worksheet names, as name and formula ("=Sheet!$B$5"). */
export class NameCollection {
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
