/*
 * The recording fake's request context: like Excel, it queues commands and applies them
 * only at context.sync(), counts the syncs and the bytes each way, and throws when a
 * property is read before it was loaded and synced. A command can be made to fail, to
 * test recovery. It satisfies ExcelPort (src/office/port.ts) without a cast.
 */
import { Loadable, NameCollection } from "./load";
import { SheetModel, WorkbookModel } from "./model";
import { RangeProxy } from "./range";
import { WorksheetProxy } from "./worksheet";

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
  /** Counts bytes a load brings back in the current sync. */
  private loadedBytes = 0;
  /** A command name (e.g. "tables.add") that fails when applied, once. */
  failOn?: string;
  /**
   * Excel recalculates after every batch; the fake computes nothing unless a test gives it an
   * engine (test/helpers/fakeCalc.ts), which sets formula cells' values before loads read them.
   */
  calculate?: (model: WorkbookModel) => Promise<void>;
  readonly workbook: {
    readonly worksheets: WorksheetCollection;
    readonly tables: TableCollection;
    readonly names: NameCollection;
    getSelectedRange(): RangeProxy;
  };

  constructor(model = new WorkbookModel()) {
    this.model = model;
    this.workbook = {
      worksheets: new WorksheetCollection(this),
      tables: new TableCollection(this),
      names: new NameCollection(this, () => model.names.map((n) => ({ name: n.name, formula: n.ref.startsWith("=") ? n.ref : `=${n.ref}` }))),
      getSelectedRange: () => new RangeProxy(this, () => this.model.sheet(this.model.active ?? this.model.sheets[0].name), this.model.selection),
    };
  }

  enqueue(what: string, run: () => void, payload?: unknown): void {
    this.queue.push({ what, run, bytes: what.length + (payload === undefined ? 0 : JSON.stringify(payload).length) });
  }

  addResponse(value: unknown): void {
    this.loadedBytes += JSON.stringify(value).length;
  }

  onLoad(fn: () => void): void {
    this.pendingLoads.push(fn);
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
    if (this.calculate) await this.calculate(this.model);
    const loads = this.pendingLoads;
    this.pendingLoads = [];
    this.loadedBytes = 0;
    loads.forEach((l) => l());
    this.responseBytes.push(this.loadedBytes);
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
