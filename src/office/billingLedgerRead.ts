/*
 * The ledger an AI Billing sheet keeps (one exact record per file and per line, column T),
 * read back in a fixed number of syncs, each response bounded, and checked before it is
 * trusted: a record that does not parse, a line of a file the sheet does not list, or a
 * file whose lines no longer sum to its own totals refuses the import, naming the row.
 */
import { addDecimal, compareDecimal } from "../billing/decimal";
import { type BillingLedger, type LedgerLine } from "../billing/ledger";
import { type CostSums } from "../billing/sums";
import { MAX_LINES } from "../billing/aggregate";
import { type Parsed, parseFileRecord, parseLineRecord } from "../billing/ledgerText";
import type { Provenance } from "../billing/importer";
import { BILLING_READ_NAMES } from "../templates/aiBilling";
import { type NamedSheet, nameRange } from "./billingRead";
import type { PortRange, PortWorksheet } from "./port";

/** Syncs that read the table's records: 50,000 lines of about 250 characters stay under 4 MB a response. */
export const LINE_READS = 4;
/** What one read's records may hold: Excel on the web refuses responses over 5 MB; the writer keeps the sheet under this. */
export const RESPONSE_BUDGET = 4 * 1024 * 1024;

/** Rows first..last in {@link LINE_READS} slices of equal height (the last ones may be empty). */
export function lineSlices(first: number, last: number): { first: number; last: number }[] {
  const height = Math.ceil((last - first + 1) / LINE_READS);
  return Array.from({ length: LINE_READS }, (_, i) => ({ first: first + i * height, last: Math.min(last, first + (i + 1) * height - 1) }));
}

/** A stored block as loaded: its top row (for messages) and its cells. */
interface Block {
  readonly top: number;
  readonly range: PortRange;
}

/** The reads queued so far; `lines` fills one slice a sync. */
export interface PendingLedger {
  readonly files: Block | null;
  readonly lines: Block[];
  readonly slices: { first: number; last: number }[];
  readonly column: string;
}

/** Queues the file records (with the third sync); null for a sheet written before records were kept. */
export function queueLedger(ws: PortWorksheet, sheet: NamedSheet): PendingLedger | null {
  const find = (name: string) => nameRange(sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
  const files = find(BILLING_READ_NAMES.FileRecords);
  const lines = find(BILLING_READ_NAMES.LineRecords);
  if (files === null || lines === null) return null;
  const rows = (ref: string) => ref.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
  const [fileTop] = rows(files);
  const [first, last = first] = rows(lines);
  return {
    files: { top: fileTop, range: ws.getRange(files).load("formulas") },
    lines: [],
    slices: last - first + 1 > MAX_LINES + 1 ? [] : lineSlices(first, last),
    column: lines.replace(/\d.*$/, ""),
  };
}

/** Queues the `i`th slice of the line records, if there is one. */
export function queueLines(ws: PortWorksheet, pending: PendingLedger | null, i: number): void {
  const s = pending?.slices[i];
  if (pending === null || s === undefined || s.first > s.last) return;
  pending.lines.push({ top: s.first, range: ws.getRange(`${pending.column}${s.first}:${pending.column}${s.last}`).load("formulas") });
}

/** The stored ledger, or the first reason (with its row) it cannot be trusted. */
export function readLedger(pending: PendingLedger): Parsed<BillingLedger> {
  if (pending.slices.length === 0) return { ok: false, reason: `the exact records hold more than ${MAX_LINES.toLocaleString("en-US")} lines` };
  const files = records(pending.files === null ? [] : [pending.files], parseFileRecord);
  if (!files.ok) return files;
  const lines = records(pending.lines, parseLineRecord);
  if (!lines.ok) return lines;
  return consistent(files.value, lines.value);
}

function records<T>(blocks: readonly Block[], parse: (v: unknown) => Parsed<T>): Parsed<{ row: number; value: T }[]> {
  const out: { row: number; value: T }[] = [];
  for (const { top, range } of blocks) {
    for (const [i, [cell]] of range.formulas.entries()) {
      if (cell === "" || cell === null || cell === undefined) continue;
      const parsed = parse(cell);
      if (!parsed.ok) return { ok: false, reason: `row ${top + i}: ${parsed.reason}` };
      out.push({ row: top + i, value: parsed.value });
    }
  }
  return { ok: true, value: out };
}

/** Every line belongs to a listed file, and each file's lines sum to its own totals, per currency. */
function consistent(files: { row: number; value: Provenance }[], lines: { row: number; value: LedgerLine }[]): Parsed<BillingLedger> {
  const sums = new Map<string, CostSums>();
  const listed = new Set(files.map((f) => f.value.sha256));
  if (listed.size !== files.length) return { ok: false, reason: "a file is listed twice" };
  for (const { row, value } of lines) {
    if (!listed.has(value.source)) return { ok: false, reason: `row ${row}: the line's file is not listed on the sheet` };
    const key = `${value.source} ${value.currency}`;
    const s = sums.get(key);
    const c = value.costs;
    sums.set(key, s === undefined ? c : { ...s, billed: addDecimal(s.billed, c.billed), effective: addDecimal(s.effective, c.effective), rows: s.rows + c.rows });
  }
  for (const { row, value } of files) {
    const kept = value.totals.kept;
    const stated = [...sums.keys()].filter((k) => k.startsWith(`${value.sha256} `)).length;
    const differs = stated !== kept.length || kept.some((t) => {
      const s = sums.get(`${value.sha256} ${t.currency}`);
      return s === undefined || compareDecimal(s.billed, t.billed) !== 0 || compareDecimal(s.effective, t.effective) !== 0 || s.rows !== t.rows;
    });
    if (differs) return { ok: false, reason: `row ${row}: the lines of ${value.fileName} no longer add up to its own totals` };
  }
  return { ok: true, value: { files: files.map((f) => f.value), lines: lines.map((l) => l.value) } };
}
