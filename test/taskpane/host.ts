/*
 * The fake Office host inside the page (test/browser/fakeOffice.ts keeps its state on
 * window.__aivalue), read and steered from the test with types instead of casts.
 */
import type { Page } from "playwright-core";
import type { FakeCell, WorkbookModel } from "../helpers/excelFake";

export interface HostState {
  model: WorkbookModel;
  /** Syncs of each Excel.run, in order. */
  runs: number[];
  /** A command that fails in the next Excel.run; or several, each once, in order. */
  failNext?: string | string[];
  /** An Office error the next Excel.run rejects with before doing anything. */
  rejectNext?: { code: string; message: string };
  settings: Map<string, unknown>;
}

/**
 * Runs `fn` in the page on the host's state and returns its (serialisable) result. `fn` is
 * sent as source, as with page.evaluate, so it may use only its two parameters.
 */
export function inHost<R, A = undefined>(page: Page, fn: (host: HostState, arg: A) => R, arg?: A): Promise<R> {
  return page.evaluate(`(${fn.toString()})(window.__aivalue, ${JSON.stringify(arg)})`) as Promise<R>;
}

/** The workbook's sheet names, the active sheet and the syncs of every Excel.run so far. */
export function snapshot(page: Page): Promise<{ sheets: string[]; active?: string; runs: number[] }> {
  return inHost(page, (h) => ({ sheets: h.model.sheets.map((s) => s.name), active: h.model.active, runs: [...h.runs] }));
}

/** A cell's value and formula, or undefined when the sheet has no such cell. */
export function cellAt(page: Page, sheet: string, ref: string): Promise<Pick<FakeCell, "value" | "formula"> | undefined> {
  return inHost(
    page,
    (h, [name, address]) => {
      const c = h.model.sheet(name).cells.get(address);
      return c ? { value: c.value, formula: c.formula } : undefined;
    },
    [sheet, ref] as const,
  );
}

/** Makes the next Excel.run fail on a command, or reject before it starts. */
export function steer(page: Page, change: Pick<HostState, "failNext" | "rejectNext">): Promise<void> {
  return inHost(page, (h, c) => void Object.assign(h, c), change);
}

/** Waits until `fn` holds in the page; sent as source like {@link inHost}. */
export async function untilHost<A = undefined>(page: Page, fn: (host: HostState, arg: A) => boolean, arg?: A): Promise<void> {
  await page.waitForFunction(`(${fn.toString()})(window.__aivalue, ${JSON.stringify(arg)})`);
}
