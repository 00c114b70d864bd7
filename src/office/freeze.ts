/*
 * Freezes copies for a board pack as a planned, reversible operation. Reads what
 * src/boardpack/freezePlan.ts asks for, lets it decide every write, then:
 *   1. copies each source (and each frozen copy about to be refreshed, as a backup) under
 *      temporary names, and makes the log if there is none;
 *   2. writes the frozen values into the temporary copies, and points each chart series that
 *      plotted another sheet's AIVALUE cells at a block of their values written beside them
 *      (boardpack/chartFreeze.ts); a failure here leaves only temporary sheets, which are removed;
 *   3. the last step: appends the log rows, then per copy either renames the temporary copy
 *      (a new copy) or copies its cells over the existing copy's (so links to it survive) and
 *      moves that copy's chart series to their blocks if they moved, and removes the
 *      temporary sheets.
 * If Excel refuses any command, everything done is undone (backups copied back, series
 * pointed back, log rows blanked, temporary sheets deleted by id), or the error says
 * exactly what is left.
 */
import { blockRef, chartOnCopy } from "../boardpack/chartFreeze";
import { BoardPackError } from "../boardpack/error";
import { planFreeze, planReads, type FreezePlan } from "../boardpack/freezePlan";
import { FROZEN_MARK, LOG_MARK } from "../boardpack/marks";
import { idMark, LOG_HEADER, ownSheets } from "../boardpack/ownSheets";
import { quoteSheet } from "../sheet/a1";
import { readValues } from "./freezeReads";
import { undoFreeze } from "./freezeUndo";
import { blockRange, pointSeries } from "./pointSeries";
import type { ExcelPort, PortWorksheet } from "./port";
import { loadSheetIds } from "./sheetIds";
import { excelApi, type Requirements } from "./requirements";
import { PAYLOAD_BUDGET, scanWorkbook, type WorkbookScan } from "./scan";

export interface FreezeResult {
  /** `charted`: chart series that plot a block of frozen values on the copy. */
  copies: { source: string; copy: string; frozen: number; charted: number; updated: boolean }[];
  log: string;
  asOf: string;
  /** Earlier copies the user renamed or protected, left as they were. */
  kept: string[];
  /** What this Excel could not do, in plain words. */
  warnings: string[];
}

/** A rough allowance for a write command's own bytes beside its values. */
const COMMAND_BYTES = 200;

/**
 * The portability scan as the board pack shows it: the log and the frozen copies the
 * add-in made are left out (the log's text formulas read back like live ones, office-js
 * #6687). One sync more than the scan.
 */
export async function scanForBoardPack(context: ExcelPort, requirements: Requirements): Promise<WorkbookScan> {
  const scan = await scanWorkbook(context, requirements);
  const ids = loadSheetIds(context);
  await context.sync();
  const own = ownSheets(scan.sheets, ids()).ids;
  const ownNames = new Set(ids().filter((x) => own.has(x.id)).map((x) => x.name));
  const dependents = scan.dependents.filter((d) => !ownNames.has(d.sheet));
  const charts = scan.charts.filter((c) => !ownNames.has(c.sheet));
  return { ...scan, dependents, charts, perSheet: scan.perSheet.filter((p) => !ownNames.has(p.sheet)) };
}

/**
 * Freezes the chosen sheets for a board pack: in each frozen copy every AIVALUE-dependent
 * cell holds its current value and every other formula stays live; the originals are not
 * touched. The add-in's earlier copy of a sheet is refreshed in place; one the user renamed
 * or protected is kept and a new copy made. Needs ExcelApi 1.10 (worksheet copy).
 * `scope` limits the scan (see scanWorkbook): sheets outside it are neither read nor
 * frozen, and a log outside it is not seen, so a scoped freeze makes a log of its own.
 */
export async function freezeSheets(context: ExcelPort, sources: string[], requirements: Requirements, now: Date, scope?: (sheet: string) => boolean): Promise<FreezeResult> {
  const has = excelApi(requirements);
  if (!has("1.10")) throw new BoardPackError("Freezing copies needs Excel 2021, Microsoft 365 or Excel on the web (it copies sheets).");
  const scan = await scanWorkbook(context, requirements, scope);
  const reads = planReads(scan, sources);
  const ids = loadSheetIds(context);
  const { values, spills, charts } = await readValues(context, reads, has("1.12"));
  const before = ids();
  const p = planFreeze(scan, reads, values, spills, now, before, charts);
  const made = new Map<string, string>();
  let phase: "build" | "finish" = "build";
  try {
    p.warnings.push(...(await build(context, p, made, has("1.9"))));
    phase = "finish";
    await finish(context, p, made);
  } catch (e) {
    throw await undoFreeze(context, { plan: p, made, before, phase }, e);
  }
  const left = await cleanUp(context, p, made);
  return {
    copies: p.copies.map((c) => ({ source: c.source, copy: c.name, frozen: c.frozen, charted: c.charted, updated: Boolean(c.update) })),
    log: p.log.sheet,
    asOf: p.asOf,
    kept: p.kept,
    warnings: left.length ? [...p.warnings, `The freeze is done, but Excel would not delete the temporary sheets ${left.map((n) => `“${n}”`).join(", ")}: delete them.`] : p.warnings,
  };
}

/** The temporary copies of refreshed sheets and the backups go, in a sync of their own (tried twice); returns what is left. */
async function cleanUp(context: ExcelPort, p: FreezePlan, made: Map<string, string>): Promise<string[]> {
  const leftovers = p.copies.flatMap((c) => (c.update ? [c.temp, c.update.backup] : []));
  for (let attempt = 0; attempt < 2 && leftovers.length > 0; attempt++) {
    try {
      const now = loadSheetIds(context);
      await context.sync();
      const there = now().filter((x) => leftovers.some((n) => made.get(n) === x.id));
      there.forEach((x) => context.workbook.worksheets.getItem(x.id).delete());
      await context.sync();
      return [];
    } catch {
      // Tried once more; then the message names the sheets.
    }
  }
  return leftovers;
}

/**
 * Steps 1 and 2: temporary copies, backups and a new log (with the new copies' chart names),
 * then the frozen values in the temporary copies and their charts re-pointed. Returns a
 * warning for each chart it could not find again in its copy.
 */
async function build(context: ExcelPort, p: FreezePlan, made: Map<string, string>, pageSetup: boolean): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  const loads: [string, { id: string }][] = [];
  const charts = new Map<string, PortWorksheet["charts"]>();
  for (const c of p.copies) {
    const temp = sheets.getItem(c.sourceId).copy("End");
    temp.name = c.temp;
    loads.push([c.temp, temp.load("id")]);
    if (c.series.length > 0) charts.set(c.temp, temp.charts.load("items/name"));
    if (c.update) {
      const backup = sheets.getItem(c.update.id).copy("End");
      backup.name = c.update.backup;
      loads.push([c.update.backup, backup.load("id")]);
    }
  }
  if (!p.log.id) loads.push([p.log.sheet, sheets.add(p.log.sheet).load("id")]);
  await context.sync();
  loads.forEach(([name, sheet]) => made.set(name, sheet.id));

  const lost: string[] = [];
  let bytes = 0;
  const sent = async (size: number) => {
    bytes += size;
    if (bytes > PAYLOAD_BUDGET) {
      await context.sync();
      bytes = 0;
    }
  };
  for (const c of p.copies) {
    const temp = sheets.getItem(made.get(c.temp)!);
    for (const w of c.writes) {
      const range = temp.getRangeByIndexes(w.rowIndex, w.columnIndex, w.contents.length, w.contents[0].length);
      range.formulas = w.contents;
      if (w.numberFormat) range.numberFormat = w.numberFormat;
      await sent(JSON.stringify(w.contents).length + JSON.stringify(w.numberFormat ?? "").length + COMMAND_BYTES);
    }
    for (const r of c.series) {
      const at = chartOnCopy(charts.get(c.temp)!.items.map((x) => x.name), r);
      const b = r.block;
      if (at === undefined) {
        lost.push(`“${r.chart}” on “${c.name}” was not found in the copy, so it still plots live cells; its frozen values are in ${blockRef(b)}: point it there by hand.`);
        continue;
      }
      pointSeries(temp, { chart: at, series: r.at.series, dimension: r.at.dimension }, blockRange(temp, b));
      await sent(COMMAND_BYTES);
    }
    const stamp = temp.getRangeByIndexes(c.stamp.rowIndex, c.stamp.columnIndex, 1, 1);
    stamp.formulas = [[c.stamp.text]];
    stamp.format.font.italic = true;
    stamp.format.font.color = "#C55A11";
    if (!c.update) temp.names.add(FROZEN_MARK, c.mark);
    if (pageSetup) temp.pageLayout.headersFooters.defaultForAllPages.rightHeader = c.header;
  }
  if (!p.log.id) {
    const id = made.get(p.log.sheet)!;
    const log = sheets.getItem(id);
    log.getRange("A1:H1").formulas = [LOG_HEADER];
    log.getRange("A1:H1").format.font.bold = true;
    log.names.add(LOG_MARK, idMark(id));
  }
  await context.sync();
  return lost;
}

/** Step 3: the log rows, then the smallest step per copy (a rename, or one copyFrom), then the temporary sheets go. */
async function finish(context: ExcelPort, p: FreezePlan, made: Map<string, string>): Promise<void> {
  const sheets = context.workbook.worksheets;
  const log = sheets.getItem(p.log.id ?? made.get(p.log.sheet)!);
  const rows = p.log.rows.map((r) => {
    const c = p.copies[r.copy];
    return r.cells.map((v, i) => (i === 6 ? `'${c.update?.id ?? made.get(c.temp)}` : v));
  });
  for (let i = 0; i < rows.length; ) {
    let n = 0;
    let size = 0;
    while (i + n < rows.length && (n === 0 || size < PAYLOAD_BUDGET)) size += JSON.stringify(rows[i + n++]).length;
    log.getRangeByIndexes(p.log.firstRow - 1 + i, 0, n, LOG_HEADER.length).formulas = rows.slice(i, i + n);
    i += n;
    if (i < rows.length) await context.sync();
  }
  for (const c of p.copies) {
    const temp = sheets.getItem(made.get(c.temp)!);
    if (!c.update) {
      temp.name = c.name;
      continue;
    }
    const copy = sheets.getItem(c.update.id);
    copy.getRange(c.update.area).copyFrom(`${quoteSheet(c.temp)}!${c.update.area}`, "All");
    copy.pageLayout.headersFooters.defaultForAllPages.rightHeader = c.header;
    for (const m of c.update.series) pointSeries(copy, m, blockRange(copy, m.block));
  }
  await context.sync();
}
