/*
 * The recording fake's request context: like Excel, it queues commands and applies them
 * only at context.sync(), counts the syncs and the bytes each way, and throws when a
 * property is read before it was loaded and synced. A command can be made to fail, to
 * test recovery. It satisfies ExcelPort (src/office/port.ts) without a cast.
 */
import { Loadable, NameCollection } from "./load";
import { SheetModel, WorkbookModel } from "./model";
import { excelError } from "./refs";
import { RangeProxy } from "./range";
import { TableCollection } from "./tables";
import { WorksheetProxy } from "./worksheet";

type Command = { what: string; run: () => void; bytes: number };

/**
 * Excel on the web refuses a request or a response over 5 MB, with these error codes
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins,
 * codes from https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling).
 */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * What one load adds to the request: Office.js sends an action and the object path it reads
 * from (about 100 bytes of JSON each, as its request bodies show), so 300,000 loads in one
 * sync pass the limit however little each brings back.
 */
const LOAD_ACTION_BYTES = 100;

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
  /** A command name (e.g. "tables.add") that fails when applied, once; or several, each once, in order. */
  failOn?: string | string[];
  /**
   * Excel recalculates after every batch; the fake computes nothing unless a test gives it an
   * engine (test/helpers/fakeCalc.ts), which sets formula cells' values before loads read them.
   */
  calculate?: (model: WorkbookModel) => Promise<void>;
  /** The index (0-based, counted over every sync) of the one command that fails: refusing each command in turn. */
  failAt?: number;
  /** Commands applied or refused so far, over every sync. */
  commands = 0;
  /** Runs before each sync is applied: a co-author's change arriving between two syncs. */
  beforeSync?: (sync: number) => void;
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

  /** Request bytes of the loads queued for the next sync. */
  private get loadRequestBytes(): number {
    return this.pendingLoads.length * LOAD_ACTION_BYTES;
  }

  /**
   * Applies the queued commands in order. Like Excel, a failing command stops the batch
   * and the commands before it stay applied: there is no rollback
   * (https://learn.microsoft.com/javascript/api/office/officeextension.error).
   */
  async sync(): Promise<void> {
    this.beforeSync?.(this.syncs);
    this.syncs++;
    const queue = this.queue;
    const request = queue.reduce((n, c) => n + c.bytes, 0) + this.loadRequestBytes;
    const loads = this.pendingLoads;
    this.queue = [];
    this.pendingLoads = [];
    this.requestBytes.push(request);
    if (request > PAYLOAD_LIMIT) throw excelError("RequestPayloadSizeLimitExceeded", `the request is ${request} bytes`);
    for (const c of queue) {
      const index = this.commands++;
      const [next, ...later] = typeof this.failOn === "string" ? [this.failOn] : (this.failOn ?? []);
      if (next === c.what || this.failAt === index) {
        if (this.failAt !== index) this.failOn = later.length > 0 ? later : undefined;
        throw excelError("InvalidArgument", `${c.what} failed`);
      }
      c.run();
      this.log.push(c.what);
    }
    if (this.calculate) await this.calculate(this.model);
    this.loadedBytes = 0;
    loads.forEach((l) => l());
    this.responseBytes.push(this.loadedBytes);
    if (this.loadedBytes > PAYLOAD_LIMIT) throw excelError("ResponsePayloadSizeLimitExceeded", `the response is ${this.loadedBytes} bytes`);
  }
}

class WorksheetCollection {
  private readonly loadedItems = new Loadable<WorksheetProxy[]>("worksheets.items");
  constructor(private readonly ctx: FakeContext) {}

  /** Loads the items with their name, id and protection ("items/name,items/id,items/protection/protected"). */
  load(_props?: string): this {
    this.ctx.onLoad(() => {
      const items = this.ctx.model.sheets.map((s) => new WorksheetProxy(this.ctx, () => s, { name: s.name, id: s.id, protected: s.protected }));
      this.ctx.addResponse(this.ctx.model.sheets.map((s) => [s.name, s.id, s.protected]));
      this.loadedItems.set(items);
    });
    return this;
  }

  get items(): WorksheetProxy[] {
    return this.loadedItems.get();
  }

  /** By name or by id; the proxy stays bound to that sheet through later renames, as Excel's does. */
  getItem(key: string): WorksheetProxy {
    let bound: SheetModel | undefined;
    return new WorksheetProxy(this.ctx, () => (bound ??= this.ctx.model.sheet(key)));
  }

  add(name: string): WorksheetProxy {
    const ctx = this.ctx;
    let made: SheetModel | undefined;
    ctx.enqueue("worksheets.add", () => {
      if (ctx.model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) throw excelError("ItemAlreadyExists", name);
      made = new SheetModel(name);
      ctx.model.sheets.push(made);
    });
    return new WorksheetProxy(ctx, () => made ?? ctx.model.sheet(name));
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
