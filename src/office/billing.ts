/*
 * Writes the AI Billing sheet into the open workbook from a ledger (src/billing), in a
 * fixed number of syncs whatever the ledger's size, each request under Excel on the web's
 * 5 MB limit. A re-import rewrites the same sheet in place — found by its mark, never a
 * frozen copy — and re-points its names, so a value contract's SUMIFS into it never
 * becomes #REF!. What the user typed into the reconciliation is read first and written back.
 */
import { type BillingLedger, overlay } from "../billing/ledger";
import { lineRecord } from "../billing/ledgerText";
import { MAX_LINES } from "../billing/aggregate";
import { quoteSheet } from "../sheet/a1";
import { officeText } from "../sheet/officeText";
import { plan, type Content, type PlannedSheet } from "../sheet/plan";
import { aiBilling, costLink, type Kept } from "../templates/aiBilling";
import { TEMPLATE_MARKS } from "../templates/marks";
import { LINE_READS, lineSlices, queueLedger, queueLines, readLedger, RESPONSE_BUDGET } from "./billingLedgerRead";
import { hasMark, type NamedSheet, queueRead, readInputs, readSheets, usedAddress } from "./billingRead";
import { isWorkflowCostModel } from "./billingState";
import { writeBlock, writeLooks, writeSetup, writeWidths } from "./insert";
import type { ExcelPort, PortWorksheet } from "./port";
import { excelApi, MINIMUM_EXCEL, type Requirements } from "./requirements";

/** Bytes one write sync may carry: Excel on the web refuses requests over 5 MB, and commands add their own. */
export const REQUEST_BUDGET = 4 * 1024 * 1024;
/** What the commands beside the cell blocks (looks, names, setup) may take of a sync's budget. */
const COMMAND_RESERVE = 256 * 1024;
/** Write syncs: enough for the largest ledger (50,000 lines, each with its exact record) at ordinary text lengths. */
export const WRITE_SYNCS = 10;
/** Every call costs this many syncs: sheets, their names, what the sheet holds (its records in slices), then the writes. */
export const BILLING_SYNCS = 2 + LINE_READS + WRITE_SYNCS;

/** Shown in the master check's cell until the last write puts the check back: a half-written sheet says so. */
export const INCOMPLETE = "Import incomplete: import again";
const MASTER_CELL = "B3";

export interface BillingWriteOptions {
  readonly requirements: Requirements;
  /** "2026-11-27 15:30": stamped on files new to the sheet; a file already listed keeps its first import time. */
  readonly importedAt: string;
  /** Allocation key → Workflow Cost sheet, for keys the sheet does not map yet (the user's mapping wins). */
  readonly workflowSheets?: ReadonlyMap<string, string>;
  /** Completed tasks by tasksKey(key, month, currency), for months the sheet has none yet (what the user typed wins). */
  readonly tasks?: ReadonlyMap<string, Kept>;
  readonly currencyFormat?: string;
}

export interface BillingWriteResult {
  readonly sheet: string;
  /** False when an AI Billing sheet was already there and was rewritten in place. */
  readonly created: boolean;
  /** Files a sheet written before exact records were kept listed, and the ledger does not hold: their lines are gone. Empty for any sheet this version wrote. */
  readonly dropped: readonly string[];
  /** Keys of `workflowSheets` this write linked to their Workflow Cost Model (not those the sheet already mapped, nor a sheet gone since). */
  readonly linked: number;
  /** The largest write request, in bytes, as this writer measures its payloads. */
  readonly largestRequest: number;
  readonly warnings: readonly string[];
}

/** Why the sheet was not written, and what state the workbook is in. */
export class BillingWriteError extends Error {
  constructor(
    message: string,
    /** "unchanged": the workbook is as it was; "incomplete": the sheet was partly rewritten and says so. */
    readonly workbook: "unchanged" | "incomplete",
  ) {
    super(message);
  }
}

type Slice = { address: string; contents: Content[][]; formats: string[][] };

/**
 * Writes (or rewrites) the AI Billing sheet from `ledger` laid over the ledger the sheet keeps:
 * a file already on the sheet and not in `ledger` is kept exactly, a file in both is replaced
 * by `ledger`'s, so a later session never loses an earlier import. Costs {@link BILLING_SYNCS} syncs;
 * throws a {@link BillingWriteError} that says whether the workbook is unchanged or the sheet
 * is marked incomplete. Needs ExcelApi 1.4, and 1.7 to rewrite an existing sheet.
 *
 * @example
 * const result = await writeBillingSheet(context, ledger, { requirements: Office.context.requirements, importedAt: "2026-11-27 15:30" });
 * // { sheet: "AI Billing", created: true, dropped: [], largestRequest: 48213, warnings: [] }
 */
export async function writeBillingSheet(context: ExcelPort, fresh: BillingLedger, options: BillingWriteOptions): Promise<BillingWriteResult> {
  const has = excelApi(options.requirements);
  if (!has("1.4")) throw new BillingWriteError(`This version of Excel is too old for the AI Billing sheet. ${MINIMUM_EXCEL}`, "unchanged");
  const { sheets, handles } = await readSheets(context);
  const existing = sheets.find((s) => hasMark(s, TEMPLATE_MARKS.aiBilling)) ?? null;
  if (existing !== null && !has("1.7")) {
    throw new BillingWriteError("Updating the AI Billing sheet needs Excel 2019, Microsoft 365 or Excel on the web: this Excel cannot re-point its names.", "unchanged");
  }
  const handle = existing === null ? null : handles.get(existing.name)!;
  const read = handle === null ? null : queueRead(handle, existing!);
  const stored = handle === null ? null : queueLedger(handle, existing!);
  for (let i = 0; i < LINE_READS; i++) {
    if (handle !== null) queueLines(handle, stored, i);
    await context.sync();
  }

  const kept = read === null ? null : readInputs(read);
  const ledger = merged(fresh, stored === null ? null : readLedger(stored));
  const importedAt = new Map(ledger.files.map((f) => [f.sha256, kept?.inputs.importedAt.get(f.sha256) ?? options.importedAt]));
  const costPerTask = new Map(kept?.inputs.costPerTask);
  const warnings = new Set<string>();
  let linked = 0;
  for (const [key, sheet] of options.workflowSheets ?? []) {
    if (costPerTask.has(key)) continue;
    // The pane read the sheets earlier: one renamed or removed since is not linked to, and the user is told.
    const target = sheets.find((s) => s.name === sheet);
    if (target !== undefined && isWorkflowCostModel(target)) {
      costPerTask.set(key, costLink(quoteSheet(target.name)));
      linked++;
    } else warnings.add(`“${sheet}” is no longer a Workflow Cost Model in this workbook, so “${key}” was left not mapped.`);
  }
  const tasks = new Map([...(options.tasks ?? []), ...(kept?.inputs.tasks ?? [])]);
  const spec = aiBilling(ledger, { costPerTask, tasks, importedAt });
  if (existing !== null) spec.sheets[0].name = existing.name;
  const taken = sheets.map((s) => s.name).filter((n) => n !== existing?.name);
  const planned = plan(spec, { sheetNames: taken, tableNames: [] }, { currencyFormat: options.currencyFormat }).sheets[0];
  const batches = batch(planned);
  readable(ledger);
  const dropped = [...(kept?.listed ?? [])].filter(([sha]) => !importedAt.has(sha)).map(([, name]) => name);
  const marked = sheets.filter((s) => hasMark(s, TEMPLATE_MARKS.aiBilling));
  // A copied sheet carries the mark too: the first is rewritten, the user is told which.
  if (marked.length > 1) warnings.add(`Several sheets are AI Billing sheets (${marked.map((s) => s.name).join(", ")}); "${marked[0].name}" was updated.`);

  const ws = existing === null ? context.workbook.worksheets.add(planned.name) : handles.get(existing.name)!;
  try {
    const used = read === null ? null : usedAddress(read.used);
    if (used !== null) ws.getRange(used).clear("All");
    ws.getRange(MASTER_CELL).formulas = [[INCOMPLETE]];
    writeWidths(ws, planned);
    for (const [i, slices] of batches.entries()) {
      if (i === batches.length - 1) finish(ws, planned, existing, has, warnings);
      for (const s of slices) writeBlock(ws, s.address, s.contents, s.formats);
      if (i === batches.length - 1) ws.activate();
      await context.sync();
    }
  } catch (e) {
    throw await failed(context, ws, existing === null, e);
  }
  return { sheet: planned.name, created: existing === null, dropped, linked, largestRequest: Math.max(...batches.map(bytesOf)), warnings: [...warnings] };
}

/** `fresh` over what the sheet keeps; refuses, nothing written, when the kept ledger cannot be trusted or joined. */
function merged(fresh: BillingLedger, stored: ReturnType<typeof readLedger> | null): BillingLedger {
  if (stored === null) return fresh;
  if (!stored.ok) throw new BillingWriteError(`The AI Billing sheet's exact records were changed (${stored.reason}); nothing was written. Undo the change, or import every file again into a new workbook.`, "unchanged");
  const ledger = overlay(stored.value, fresh);
  if ("kind" in ledger) throw new BillingWriteError(`${ledger.message} Nothing was written.`, "unchanged");
  if (ledger.lines.length > MAX_LINES) {
    throw new BillingWriteError(`With the files already on it the AI Billing sheet would hold ${ledger.lines.length.toLocaleString("en-US")} lines, more than ${MAX_LINES.toLocaleString("en-US")}; nothing was written.`, "unchanged");
  }
  return ledger;
}

/** Refuses, nothing written, a sheet whose records the next import could not read within {@link LINE_READS} bounded responses. */
function readable(ledger: BillingLedger): void {
  for (const s of lineSlices(0, ledger.lines.length - 1)) {
    const bytes = ledger.lines.slice(s.first, s.last + 1).reduce((n, l) => n + JSON.stringify([[lineRecord(l)]]).length, 0);
    if (bytes > RESPONSE_BUDGET) throw new BillingWriteError("The AI Billing sheet's records are too long for Excel to read back; nothing was written.", "unchanged");
  }
}

/** Looks, row heights, names and print setup: everything but the cells, queued before the last cells. */
function finish(ws: PortWorksheet, s: PlannedSheet, existing: NamedSheet | null, has: (v: string) => boolean, warnings: Set<string>): void {
  writeLooks(ws, s.looks, has);
  for (const h of s.rowHeights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.points;
  for (const n of s.names) {
    const item = existing?.names.find((x) => x.name.toLowerCase() === n.name.toLowerCase());
    // Re-pointed, never deleted and added: a formula reading the name must never see it missing.
    if (item !== undefined) item.formula = `=${quoteSheet(s.name)}!${n.ref}`;
    else ws.names.add(n.name, ws.getRange(n.ref.replace(/\$/g, "")));
  }
  writeSetup(ws, s, has, warnings);
}

/** What a failed write left: the new sheet removed, or the old one truthfully marked. */
async function failed(context: ExcelPort, ws: PortWorksheet, created: boolean, cause: unknown): Promise<BillingWriteError> {
  const why = cause instanceof Error ? cause.message : String(cause);
  try {
    if (created) {
      ws.delete();
      await context.sync();
      return new BillingWriteError(`Excel refused the AI Billing sheet (${why}); nothing was changed.`, "unchanged");
    }
    // The master check's cell is the last thing written: if it still holds the check, Excel refused the very first command.
    const master = ws.getRange(MASTER_CELL).load("formulas");
    await context.sync();
    if (String(master.formulas[0][0]).startsWith("=")) return new BillingWriteError(`Excel refused the update (${why}); the AI Billing sheet is as it was.`, "unchanged");
  } catch {
    // Excel refuses even the clean-up: say what may be left.
  }
  return new BillingWriteError(`Excel refused part of the update (${why}). The AI Billing sheet says "${INCOMPLETE}" in its master check: import again.`, "incomplete");
}

const rowBytes = (contents: Content[], formats: string[]): number => JSON.stringify(contents.map(officeCell)).length + JSON.stringify(formats).length;

function officeCell(c: Content): string | number | boolean {
  if (c.kind === "formula") return c.formula;
  if (c.kind === "empty") return "";
  return typeof c.value === "string" ? officeText(c.value) : c.value;
}

const bytesOf = (slices: readonly Slice[]): number => slices.reduce((n, s) => n + s.contents.reduce((m, row, i) => m + rowBytes(row, s.formats[i]), 0), 0);

/**
 * The cells in {@link WRITE_SYNCS} batches of row slices, bottom to top, so the master
 * check's row is written last; throws (nothing written yet) when they do not fit.
 */
function batch(s: PlannedSheet): Slice[][] {
  const budget = REQUEST_BUDGET - COMMAND_RESERVE;
  const batches: Slice[][] = [[]];
  let size = 0;
  for (const block of [...s.blocks].reverse()) {
    const [from, to] = block.address.split(":");
    const left = from.replace(/\d+$/, "");
    const right = to.replace(/\d+$/, "");
    const top = Number(from.replace(/^[A-Z]+/, ""));
    let end = block.contents.length;
    for (let i = block.contents.length - 1; i >= -1; i--) {
      const bytes = i >= 0 ? rowBytes(block.contents[i], block.formats[i]) : 0;
      if (i >= 0 && size + bytes <= budget) {
        size += bytes;
        continue;
      }
      if (end > i + 1) batches[batches.length - 1].push(slice(block.contents, block.formats, i + 1, end, top, left, right));
      if (i < 0) break;
      if (bytes > budget) throw new BillingWriteError("One row of the AI Billing sheet is too long for one Excel request; nothing was written.", "unchanged");
      batches.push([]);
      size = bytes;
      end = i + 1;
    }
  }
  if (batches.length > WRITE_SYNCS) {
    throw new BillingWriteError(`The AI Billing sheet would need ${batches.length} requests to Excel, more than the ${WRITE_SYNCS} it may send; nothing was written.`, "unchanged");
  }
  while (batches.length < WRITE_SYNCS) batches.unshift([]);
  return batches;
}

function slice(contents: Content[][], formats: string[][], from: number, to: number, top: number, left: string, right: string): Slice {
  return { address: `${left}${top + from}:${right}${top + to - 1}`, contents: contents.slice(from, to), formats: formats.slice(from, to) };
}
