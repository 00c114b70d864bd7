/*
 * What the AI Billing writer reads before it writes: which sheet is the AI Billing sheet
 * (by its mark, never a frozen copy), and what the user typed on it — the reconciliation
 * inputs by key and month, and each file's import time by SHA-256 — so a re-import keeps them.
 */
import { FROZEN_MARK } from "../boardpack/marks";
import { cellRef } from "../sheet/a1";
import { BILLING_READ_NAMES, type BillingInputs, type Kept, serialMonth, tasksKey } from "../templates/aiBilling";
import type { ExcelPort, PortBox, PortNamedItem, PortRange, PortWorksheet } from "./port";

/** A sheet and its scoped names, as the second sync finds them. */
export interface NamedSheet {
  readonly name: string;
  readonly names: readonly PortNamedItem[];
}

/** True when the sheet carries `mark` and is not a board pack's frozen copy. */
export function hasMark(sheet: NamedSheet, mark: string): boolean {
  const names = sheet.names.map((n) => n.name.toLowerCase());
  return names.includes(mark.toLowerCase()) && !names.includes(FROZEN_MARK.toLowerCase());
}

/** Two syncs: every sheet's name, then every sheet's scoped names. */
export async function readSheets(context: ExcelPort): Promise<{ sheets: NamedSheet[]; handles: Map<string, PortWorksheet> }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const loaded = worksheets.items.map((ws) => ({ ws, names: ws.names.load("items/name,items/formula") }));
  await context.sync();
  return {
    sheets: loaded.map(({ ws, names }) => ({ name: ws.name, names: names.items })),
    handles: new Map(loaded.map(({ ws }) => [ws.name, ws])),
  };
}

/** "$A$5:$M$9" of a name's formula ("='AI Billing'!$A$5:$M$9"), or null for anything else. */
export function nameRange(item: PortNamedItem | undefined): string | null {
  if (item === undefined) return null;
  const m = /!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/.exec(String(item.formula));
  return m === null ? null : m[1].replace(/\$/g, "");
}

/** What the existing sheet holds that must survive, once loaded. */
export interface PendingRead {
  readonly used: PortBox;
  readonly files: PortRange | null;
  readonly mapping: PortRange | null;
  readonly tasks: PortRange | null;
}

/** Queues the loads of the third sync: the used range, and the named blocks the user's inputs sit in. */
export function queueRead(ws: PortWorksheet, sheet: NamedSheet): PendingRead {
  const range = (name: string): PortRange | null => {
    const ref = nameRange(sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
    return ref === null ? null : ws.getRange(ref).load("formulas");
  };
  return {
    used: ws.getUsedRangeOrNullObject().load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"),
    files: range(BILLING_READ_NAMES.Files),
    mapping: range(BILLING_READ_NAMES.Mapping),
    tasks: range(BILLING_READ_NAMES.Tasks),
  };
}

/** A cell as the user left it, or undefined when blank. */
function keptCell(v: unknown): Kept | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "") return v;
  return undefined;
}

/** The loaded blocks as inputs for the new sheet, and the files the sheet listed (SHA-256 → name). */
export function readInputs(read: PendingRead): { inputs: BillingInputs; listed: Map<string, string> } {
  const costPerTask = new Map<string, Kept>();
  const tasks = new Map<string, Kept>();
  const importedAt = new Map<string, string>();
  const listed = new Map<string, string>();
  for (const row of read.files?.formulas ?? []) {
    const [file, , , sha, , , , , , , , , at] = row;
    if (typeof sha !== "string" || sha === "") continue;
    listed.set(sha, String(file));
    if (typeof at === "string" && at !== "") importedAt.set(sha, at);
  }
  for (const [key, cost] of read.mapping?.formulas ?? []) {
    const v = keptCell(cost);
    if (typeof key === "string" && key !== "" && v !== undefined) costPerTask.set(key, v);
  }
  for (const [key, month, currency, , done] of read.tasks?.formulas ?? []) {
    const v = keptCell(done);
    if (typeof key !== "string" || typeof month !== "number" || typeof currency !== "string" || v === undefined) continue;
    tasks.set(tasksKey(key, serialMonth(month), currency), v);
  }
  return { inputs: { costPerTask, tasks, importedAt }, listed };
}

/** The used range's address, or null for an empty sheet. */
export function usedAddress(used: PortBox): string | null {
  if (used.isNullObject || used.rowCount === 0) return null;
  return `${cellRef(used.rowIndex + 1, used.columnIndex + 1)}:${cellRef(used.rowIndex + used.rowCount, used.columnIndex + used.columnCount)}`;
}
