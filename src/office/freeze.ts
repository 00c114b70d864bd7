/*
 * Freezes copies for a board pack: each chosen sheet is copied, every AIVALUE-dependent
 * cell of the copy holds its current value, native formulas stay live, and the Board
 * Pack Log records each replaced formula.
 */
import { BoardPackError } from "../boardpack/error";
import { LOG_HEADER, columnRuns, copyName, frozenContent } from "../boardpack/freezePlan";
import { FROZEN_MARK, LOG_MARK, stampTime } from "../boardpack/marks";
import type { SheetFormulas } from "../boardpack/portability";
import { officeText } from "../sheet/officeText";
import { uniqueSheetName } from "../sheet/plan";
import type { Requirements } from "./requirements";
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
export async function freezeSheets(
  context: Excel.RequestContext,
  sources: string[],
  requirements: Requirements,
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
