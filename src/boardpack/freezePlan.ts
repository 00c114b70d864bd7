/*
 * The decisions of a freeze that need no workbook: what a frozen cell is written as,
 * what the copy is called, how cells are grouped into writes, and the log's columns.
 */
import { parseCell } from "../sheet/a1";
import { officeText } from "../sheet/officeText";
import { BoardPackError } from "./error";

/** Native formulas that give each Excel error, so a frozen error stays an error (ISNA and the like still work). */
const ERROR_FORMULAS: Record<string, string> = {
  "#N/A": "=NA()",
  "#DIV/0!": "=1/0",
  "#NUM!": "=SQRT(-1)",
  "#VALUE!": '="x"+1',
  "#REF!": "=#REF!",
  "#NULL!": "=A1 B1",
};

export const LOG_HEADER = ["Values as of", "Frozen copy", "Source sheet", "Cell", "Original formula", "Frozen value"];

/** "Value Contract (board)", or "(board 2)" and so on when taken; within Excel's 31 characters. */
export const copyName = (source: string, taken: Set<string>) => {
  const base = `${source.slice(0, 31 - " (board)".length)} (board)`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${source.slice(0, 31 - ` (board ${i})`.length)} (board ${i})`;
  return name;
};

/** What a frozen cell is written as: its value as a constant, or a native formula for an error. */
export function frozenContent(value: unknown, type: string, where: string): string | number | boolean {
  if (type === "Error") {
    const formula = ERROR_FORMULAS[String(value)];
    if (!formula) throw new BoardPackError(`${where} shows ${value}: recalculate (and let AIVALUE functions finish) before freezing.`);
    return formula;
  }
  if (typeof value === "string") return officeText(value);
  return value as number | boolean;
}

export interface ColumnRun {
  top: number;
  col: number;
  rows: number;
  refs: string[];
}

/** Cells of one sheet grouped into vertical runs (same column, consecutive rows), written one range each. */
export function columnRuns(refs: string[]): ColumnRun[] {
  const cells = refs.map((r) => ({ ref: r, ...parseCell(r) })).sort((a, b) => a.col - b.col || a.row - b.row);
  const runs: ColumnRun[] = [];
  for (const c of cells) {
    const last = runs[runs.length - 1];
    if (last && last.col === c.col && last.top + last.rows === c.row) {
      last.rows++;
      last.refs.push(c.ref);
    } else runs.push({ top: c.row, col: c.col, rows: 1, refs: [c.ref] });
  }
  return runs;
}
