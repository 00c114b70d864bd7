/*
 * Board packs for readers without the add-in. The scan finds every cell that depends on
 * an AIVALUE function; the freeze copies chosen sheets and replaces those cells by their
 * current values (native formulas stay live), logging each replaced formula; the board
 * summary lists every value contract on one printable page.
 *
 * Round trips: two syncs to learn the sheets, their used ranges and names, then formulas
 * in chunks sized so no response passes Excel on the web's 5 MB limit; the count depends
 * on how many cells there are, never on how many sheets.
 */
import { parseCell } from "./a1";
import { boardSummary, CONTRACT_NAMES } from "./boardSummary";
import { officeText, writeSheet } from "./officeWriter";
import { plan, uniqueSheetName } from "./plan";
import { aivalueDependents, type Dependent, type SheetFormulas } from "./portability";

/**
 * Excel on the web refuses requests and responses over 5 MB. A sync is sized for 3 MB at
 * the longest formulas seen so far, leaving room for longer ones further down.
 */
export const PAYLOAD_BUDGET = 3 * 1024 * 1024;
const FIRST_SYNC_CELLS = 10000;
const MIN_SYNC_CELLS = 1000;
const MAX_SYNC_CELLS = 1000000;

/** Scoped names that mark what the add-in made, so a refresh only ever replaces its own sheets. */
export const FROZEN_MARK = "AIVALUE_FrozenFrom";
export const LOG_MARK = "AIVALUE_BoardPackLog";
export const SUMMARY_MARK = "AIVALUE_BoardSummary";

export class BoardPackError extends Error {}

export interface WorkbookScan {
  sheets: SheetFormulas[];
  workbookNames: { name: string; formula: string }[];
  dependents: Dependent[];
  /** Dependent cells per sheet, in sheet order (sheets without any are left out). */
  perSheet: { sheet: string; count: number }[];
}


/** Reads every sheet's formulas and names; see the file comment for the round trips. */
export async function scanWorkbook(context: Excel.RequestContext): Promise<WorkbookScan> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const workbookNames = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject();
    range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range, names: ws.names.load("items/name,items/formula") };
  });
  await context.sync();

  const sheets: SheetFormulas[] = used.map((u) => ({
    name: u.ws.name,
    top: u.range.isNullObject ? 1 : u.range.rowIndex + 1,
    left: u.range.isNullObject ? 1 : u.range.columnIndex + 1,
    formulas: [],
    names: u.names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  }));

  // Row chunks of every sheet, as many per sync as the budget allows, whatever sheet they
  // come from; the next sync's budget is scaled from the bytes the last one brought back.
  const queue = used.map((u, i) => ({ u, i, row: 0 })).filter((q) => !q.u.range.isNullObject && q.u.range.rowCount > 0);
  let budget = FIRST_SYNC_CELLS;
  let bytesPerCell = 0;
  while (queue.length > 0) {
    const parts: { i: number; range: Excel.Range }[] = [];
    let cells = 0;
    while (queue.length > 0 && cells < budget) {
      const q = queue[0];
      const { rowIndex, columnIndex, rowCount, columnCount } = q.u.range;
      const rows = Math.min(rowCount - q.row, Math.max(1, Math.floor((budget - cells) / columnCount)));
      parts.push({ i: q.i, range: q.u.ws.getRangeByIndexes(rowIndex + q.row, columnIndex, rows, columnCount).load("formulas") });
      cells += rows * columnCount;
      q.row += rows;
      if (q.row >= rowCount) queue.shift();
    }
    await context.sync();
    let bytes = 0;
    for (const p of parts) {
      sheets[p.i].formulas.push(...p.range.formulas);
      bytes += JSON.stringify(p.range.formulas).length;
    }
    bytesPerCell = Math.max(bytesPerCell, bytes / cells);
    budget = Math.min(MAX_SYNC_CELLS, Math.max(MIN_SYNC_CELLS, Math.floor(PAYLOAD_BUDGET / bytesPerCell)));
  }

  const names = workbookNames.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const dependents = aivalueDependents(sheets, names);
  const perSheet = sheets
    .map((s) => ({ sheet: s.name, count: dependents.filter((d) => d.sheet === s.name).length }))
    .filter((x) => x.count > 0);
  return { sheets, workbookNames: names, dependents, perSheet };
}

/** Native formulas that give each Excel error, so a frozen error stays an error (ISNA and the like still work). */
const ERROR_FORMULAS: Record<string, string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#NUM!": "=SQRT(-1)",
  "#VALUE!": '="x"+1',
  "#REF!": "=#REF!",
  "#NULL!": "=A1 B1",
};

export interface FreezeResult {
  copies: { source: string; copy: string; frozen: number }[];
  log: string;
  asOf: string;
  /** What this Excel could not do, in plain words. */
  warnings: string[];
}

/** "2026-11-22 09:30", local time, as the stamp and the log show it. */
export function stampTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

const copyName = (source: string, taken: Set<string>) => {
  const base = `${source.slice(0, 31 - " (board)".length)} (board)`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${source.slice(0, 31 - ` (board ${i})`.length)} (board ${i})`;
  return name;
};

/** What a frozen cell is written as: its value as a constant, or a native formula for an error. */
function frozenContent(value: unknown, type: string, where: string): string | number | boolean {
  if (type === "Error") {
    const formula = ERROR_FORMULAS[String(value)];
    if (!formula) throw new BoardPackError(`${where} shows ${value}: recalculate (and let AIVALUE functions finish) before freezing.`);
    return formula;
  }
  if (typeof value === "string") return officeText(value);
  return value as number | boolean;
}

/** Cells of one sheet grouped into vertical runs (same column, consecutive rows), written one range each. */
function columnRuns(refs: string[]): { top: number; col: number; rows: number; refs: string[] }[] {
  const cells = refs.map((r) => ({ ref: r, ...parseCell(r) })).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: { top: number; col: number; rows: number; refs: string[] }[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.top + last.rows === c.row) {
      last.rows++;
      last.refs.push(c.ref);
    } else runs.push({ top: c.row, col: c.col, rows: 1, refs: [c.ref] });
  }
  return runs;
}

/** A rough allowance for a write command's own bytes beside its values. */
const COMMAND_BYTES = 200;

const LOG_HEADER = ["Values as of", "Frozen copy", "Source sheet", "Cell", "Original formula", "Frozen value"];

/**
 * Copies the chosen sheets for a board pack: in each copy every AIVALUE-dependent cell
 * holds its current value and every other formula stays live; the originals are not
 * touched. A previous copy of the same sheet is replaced, and the Board Pack Log gains
 * one row per frozen cell. Needs ExcelApi 1.10 (worksheet copy).
 */
export async function freezeSheets(
  context: Excel.RequestContext,
  sources: string[],
  requirements: { isSetSupported(name: string, version?: string): boolean },
  now: Date,
): Promise<FreezeResult> {
  if (!requirements.isSetSupported("ExcelApi", "1.10")) {
    throw new BoardPackError("Freezing copies needs Excel 2021, Microsoft 365 or Excel on the web (it copies sheets).");
  }
  const scan = await scanWorkbook(context);
  const marked = (mark: string) => scan.sheets.filter((s) => s.names.some((n) => n.name.toLowerCase() === mark.toLowerCase()));
  const frozenFrom = (s: SheetFormulas) => s.names.find((n) => n.name === FROZEN_MARK)?.formula.replace(/^="|"$/g, "");
  const chosen = sources.filter((name) => scan.sheets.some((s) => s.name === name));
  const replaced = marked(FROZEN_MARK).filter((s) => chosen.includes(frozenFrom(s) ?? ""));

  // Values of every dependent cell of the chosen sheets, read in one sync, a column run at a time.
  const reads = chosen.flatMap((source) => {
    const ws = context.workbook.worksheets.getItem(source);
    const formulas = new Map(scan.dependents.filter((d) => d.sheet === source).map((d) => [d.ref, d.formula]));
    return columnRuns([...formulas.keys()]).map((run) => ({
      source,
      run,
      formulas: run.refs.map((ref) => formulas.get(ref)!),
      range: ws.getRangeByIndexes(run.top - 1, run.col - 1, run.rows, 1).load("values,valueTypes"),
    }));
  });
  // A frozen array formula (PAYBACKCURVE, or anything spilling from an AIVALUE result)
  // must keep its whole spill, not only its first cell (ExcelApi 1.12).
  const spills = requirements.isSetSupported("ExcelApi", "1.12")
    ? scan.dependents
        .filter((d) => chosen.includes(d.sheet))
        .map((d) => ({
          d,
          range: context.workbook.worksheets
            .getItem(d.sheet)
            .getRange(d.ref)
            .getSpillingToRangeOrNullObject()
            .load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes"),
        }))
    : undefined;
  await context.sync();
  const warnings = spills
    ? []
    : ["This Excel cannot report spilled arrays: a frozen array formula keeps only its first value. Freeze in Microsoft 365 or Excel on the web to keep whole arrays."];

  const asOf = stampTime(now);
  const taken = new Set(scan.sheets.filter((s) => !replaced.includes(s)).map((s) => s.name.toLowerCase()));
  const sheets = context.workbook.worksheets;
  replaced.forEach((s) => sheets.getItem(s.name).delete());

  const copies: FreezeResult["copies"] = [];
  // Writes are batched into as few syncs as the request limit allows.
  let bytes = 0;
  const logRows: (string | number | boolean)[][] = [];
  for (const source of chosen) {
    const name = copyName(source, taken);
    taken.add(name.toLowerCase());
    const copy = sheets.getItem(source).copy("End");
    copy.name = name;
    let frozen = 0;
    for (const { run, formulas, range } of reads.filter((r) => r.source === source)) {
      const contents = run.refs.map((ref, k) => frozenContent(range.values[k][0], range.valueTypes[k][0], `${source}!${ref}`));
      copy.getRangeByIndexes(run.top - 1, run.col - 1, run.rows, 1).formulas = contents.map((c) => [c]);
      run.refs.forEach((ref, k) => logRows.push([asOf, name, source, ref, officeText(formulas[k]), contents[k]]));
      frozen += run.rows;
      bytes += JSON.stringify(contents).length + COMMAND_BYTES;
      if (bytes > PAYLOAD_BUDGET) {
        await context.sync();
        bytes = 0;
      }
    }
    for (const { d, range } of spills?.filter((x) => x.d.sheet === source && !x.range.isNullObject && x.range.rowCount * x.range.columnCount > 1) ?? []) {
      const block = range.values.map((row, i) => row.map((v, j) => frozenContent(v, range.valueTypes[i][j], `${source}!${d.ref}`)));
      copy.getRangeByIndexes(range.rowIndex, range.columnIndex, range.rowCount, range.columnCount).formulas = block;
      frozen += range.rowCount * range.columnCount - 1;
      bytes += JSON.stringify(block).length + COMMAND_BYTES;
    }
    const s = scan.sheets.find((x) => x.name === source)!;
    const stamp = copy.getRangeByIndexes(s.top - 1, s.left - 1 + Math.max(1, s.formulas[0]?.length ?? 1) + 1, 1, 1);
    stamp.formulas = [[officeText(`Values as of ${asOf}. Frozen copy of '${source}': cells that used AIVALUE functions hold their values; all other formulas are live.`)]];
    stamp.format.font.italic = true;
    stamp.format.font.color = "#C55A11";
    copy.names.add(FROZEN_MARK, `="${source.replace(/"/g, '""')}"`);
    if (requirements.isSetSupported("ExcelApi", "1.9")) copy.pageLayout.headersFooters.defaultForAllPages.rightHeader = `Values as of ${asOf}`.replace(/&/g, "&&");
    copies.push({ source, copy: name, frozen });
  }

  // The log: appended to, never rewritten, so earlier freezes keep their record.
  const existing = marked(LOG_MARK)[0];
  let log: Excel.Worksheet;
  let next: number;
  let logName: string;
  if (existing) {
    logName = existing.name;
    log = sheets.getItem(logName);
    next = existing.top + existing.formulas.length;
  } else {
    logName = uniqueSheetName("Board Pack Log", taken);
    log = sheets.add(logName);
    log.getRange("A1:F1").formulas = [LOG_HEADER];
    log.getRange("A1:F1").format.font.bold = true;
    log.names.add(LOG_MARK, log.getRange("A1"));
    next = 2;
  }
  // Log rows go in slices that keep each request under the limit.
  for (let i = 0; i < logRows.length; ) {
    let rows = 0;
    let size = 0;
    while (i + rows < logRows.length && (rows === 0 || size < PAYLOAD_BUDGET)) size += JSON.stringify(logRows[i + rows++]).length;
    log.getRangeByIndexes(next - 1 + i, 0, rows, LOG_HEADER.length).formulas = logRows.slice(i, i + rows);
    i += rows;
    if (bytes + size > PAYLOAD_BUDGET) {
      await context.sync();
      bytes = 0;
    } else bytes += size;
  }
  await context.sync();
  return { copies, log: logName, asOf, warnings };
}

export interface SummaryResult {
  sheet: string;
  contracts: string[];
  warnings: string[];
}

/**
 * Builds the board summary anew (replacing the one the add-in made before, if any) from
 * every value contract in the workbook, and puts it first. Three syncs: sheet names,
 * their scoped names, then the write.
 */
export async function refreshBoardSummary(
  context: Excel.RequestContext,
  requirements: { isSetSupported(name: string, version?: string): boolean },
  now: Date,
  currencyFormat?: string,
): Promise<SummaryResult> {
  const has = (version: string) => requirements.isSetSupported("ExcelApi", version);
  if (!has("1.4")) throw new BoardPackError("The board summary needs Excel 2016 or later, or Excel on the web.");
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.names.load("items/name"));
  await context.sync();

  const scoped = worksheets.items.map((ws, i) => ({ name: ws.name, names: new Set(names[i].items.map((n) => n.name.toLowerCase())) }));
  const contracts = scoped
    .filter((s) => CONTRACT_NAMES.every((n) => s.names.has(n.toLowerCase())) && !s.names.has(FROZEN_MARK.toLowerCase()))
    .map((s) => s.name);
  const old = scoped.filter((s) => s.names.has(SUMMARY_MARK.toLowerCase()));
  old.forEach((s) => context.workbook.worksheets.getItem(s.name).delete());

  const spec = boardSummary(contracts, stampTime(now));
  const remaining = scoped.filter((s) => !old.includes(s)).map((s) => s.name);
  const p = plan(spec, { sheetNames: remaining, tableNames: tables.items.map((t) => t.name) }, { currencyFormat });
  const warnings = new Set<string>();
  const ws = writeSheet(context, p.sheets[0], has, warnings);
  ws.names.add(SUMMARY_MARK, ws.getRange("A1"));
  ws.position = 0;
  ws.activate();
  await context.sync();
  return { sheet: p.sheets[0].name, contracts, warnings: [...warnings] };
}
