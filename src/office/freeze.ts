/*
 * Freezes copies for a board pack: reads what src/boardpack/freezePlan.ts asks for,
 * lets it decide every write, then carries the writes out. Each chosen sheet is copied,
 * every AIVALUE-dependent cell of the copy holds its current value, native formulas stay
 * live, and the Board Pack Log records each replaced formula.
 */
import { BoardPackError } from "../boardpack/error";
import { LOG_HEADER, planFreeze, planReads, type FreezePlan, type SpillRead } from "../boardpack/freezePlan";
import { FROZEN_MARK, LOG_MARK } from "../boardpack/marks";
import type { ExcelPort } from "./port";
import { excelApi, type Requirements } from "./requirements";
import { PAYLOAD_BUDGET, scanWorkbook } from "./scan";

export interface FreezeResult {
  copies: { source: string; copy: string; frozen: number }[];
  log: string;
  asOf: string;
  /** What this Excel could not do, in plain words. */
  warnings: string[];
}

/** A rough allowance for a write command's own bytes beside its values. */
const COMMAND_BYTES = 200;

/**
 * Copies the chosen sheets for a board pack: in each copy every AIVALUE-dependent cell
 * holds its current value and every other formula stays live; the originals are not
 * touched. A previous copy of the same sheet is replaced, and the Board Pack Log gains
 * one row per frozen cell. Needs ExcelApi 1.10 (worksheet copy).
 */
export async function freezeSheets(context: ExcelPort, sources: string[], requirements: Requirements, now: Date): Promise<FreezeResult> {
  const has = excelApi(requirements);
  if (!has("1.10")) throw new BoardPackError("Freezing copies needs Excel 2021, Microsoft 365 or Excel on the web (it copies sheets).");
  const scan = await scanWorkbook(context, requirements);
  const reads = planReads(scan, sources);
  const sheets = context.workbook.worksheets;

  // Values of every dependent cell of the chosen sheets, read in one sync, a column run at a time.
  const runs = reads.runs.map(({ source, run }) => sheets.getItem(source).getRangeByIndexes(run.top - 1, run.col - 1, run.rows, 1).load("values,valueTypes"));
  // A frozen array formula (PAYBACKCURVE, or anything spilling from an AIVALUE result)
  // must keep its whole spill, not only its first cell (ExcelApi 1.12).
  const spills = has("1.12")
    ? reads.anchors.map((d) =>
        sheets.getItem(d.sheet).getRange(d.ref).getSpillingToRangeOrNullObject().load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes"),
      )
    : undefined;
  await context.sync();

  const spilled = spills?.map((s): SpillRead | null => (s.isNullObject ? null : s));
  const p = planFreeze(scan, reads, runs, spilled, now);
  await write(context, p, has("1.9"));
  return { copies: p.copies.map((c) => ({ source: c.source, copy: c.name, frozen: c.frozen })), log: p.log.sheet, asOf: p.asOf, warnings: p.warnings };
}

/** Carries out a freeze plan, in as few syncs as the request limit allows. */
async function write(context: ExcelPort, p: FreezePlan, pageSetup: boolean): Promise<void> {
  const sheets = context.workbook.worksheets;
  let bytes = 0;
  const sent = async (size: number) => {
    bytes += size;
    if (bytes > PAYLOAD_BUDGET) {
      await context.sync();
      bytes = 0;
    }
  };
  p.replaced.forEach((name) => sheets.getItem(name).delete());
  for (const c of p.copies) {
    const copy = sheets.getItem(c.source).copy("End");
    copy.name = c.name;
    for (const w of c.writes) {
      copy.getRangeByIndexes(w.rowIndex, w.columnIndex, w.contents.length, w.contents[0].length).formulas = w.contents;
      await sent(JSON.stringify(w.contents).length + COMMAND_BYTES);
    }
    const stamp = copy.getRangeByIndexes(c.stamp.rowIndex, c.stamp.columnIndex, 1, 1);
    stamp.formulas = [[c.stamp.text]];
    stamp.format.font.italic = true;
    stamp.format.font.color = "#C55A11";
    copy.names.add(FROZEN_MARK, c.mark);
    if (pageSetup) copy.pageLayout.headersFooters.defaultForAllPages.rightHeader = c.header;
  }

  const log = p.log.create ? sheets.add(p.log.sheet) : sheets.getItem(p.log.sheet);
  if (p.log.create) {
    log.getRange("A1:F1").formulas = [LOG_HEADER];
    log.getRange("A1:F1").format.font.bold = true;
    log.names.add(LOG_MARK, log.getRange("A1"));
  }
  // Log rows go in slices that keep each request under the limit.
  const rows = p.log.rows;
  for (let i = 0; i < rows.length; ) {
    let n = 0;
    let size = 0;
    while (i + n < rows.length && (n === 0 || size < PAYLOAD_BUDGET)) size += JSON.stringify(rows[i + n++]).length;
    log.getRangeByIndexes(p.log.firstRow - 1 + i, 0, n, LOG_HEADER.length).formulas = rows.slice(i, i + n);
    i += n;
    await sent(size);
  }
  await context.sync();
}
