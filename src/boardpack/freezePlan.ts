/*
 * The decisions of a freeze, made without the workbook: which cells of which sheets are
 * read, what each frozen cell is written as, what the copies are called, where the
 * stamp goes and what the log records. src/office/freeze.ts reads and writes.
 */
import { parseCell } from "../sheet/a1";
import { officeText } from "../sheet/officeText";
import { uniqueSheetName } from "../sheet/plan";
import { BoardPackError } from "./error";
import { FROZEN_MARK, LOG_MARK, stampTime } from "./marks";
import type { Dependent, SheetFormulas } from "./portability";

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

export type Frozen = string | number | boolean;

/** What the freeze works from: the scan's sheets and the cells that depend on AIVALUE. */
export interface FreezeScan {
  sheets: SheetFormulas[];
  dependents: Dependent[];
}

export interface ColumnRun {
  top: number;
  col: number;
  rows: number;
  refs: string[];
}

/** What must be read from the workbook before anything is written. */
export interface FreezeReads {
  /** The requested sheets that exist, in the order asked. */
  chosen: string[];
  /** Earlier frozen copies of the chosen sheets, replaced by this freeze. */
  replaced: string[];
  /** Dependent cells of the chosen sheets, a column run at a time, with their formulas. */
  runs: { source: string; run: ColumnRun; formulas: string[] }[];
  /** Dependent cells of the chosen sheets, whose spills (if any) are frozen whole. */
  anchors: Dependent[];
}

/** Values and their types, as range.values and range.valueTypes give them. */
export interface ReadValues {
  values: unknown[][];
  valueTypes: string[][];
}

/** A spilled array read back: its 0-based position and its values. */
export interface SpillRead extends ReadValues {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

/** A block of frozen contents at a 0-based position of the copy. */
export interface FrozenWrite {
  rowIndex: number;
  columnIndex: number;
  contents: Frozen[][];
}

export interface PlannedCopy {
  source: string;
  name: string;
  writes: FrozenWrite[];
  /** Cells that now hold values. */
  frozen: number;
  /** "Values as of …", to the right of the sheet's used range, in the copy's first used row. */
  stamp: { rowIndex: number; columnIndex: number; text: string };
  /** The FROZEN_MARK name's formula: the source sheet's name as a string. */
  mark: string;
  /** The page header that says when the values were taken. */
  header: string;
}

export interface FreezePlan {
  asOf: string;
  replaced: string[];
  copies: PlannedCopy[];
  /** The Board Pack Log: appended to if there is one, else made, never rewritten. */
  log: { sheet: string; create: boolean; firstRow: number; rows: Frozen[][] };
  warnings: string[];
}

/** "Value Contract (board)", or "(board 2)" and so on when taken; within Excel's 31 characters. */
export function copyName(source: string, taken: Set<string>): string {
  const base = `${source.slice(0, 31 - " (board)".length)} (board)`;
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${source.slice(0, 31 - ` (board ${i})`.length)} (board ${i})`;
  return name;
}

/** What a frozen cell is written as: its value as a constant, or a native formula for an error. */
export function frozenContent(value: unknown, type: string, where: string): Frozen {
  if (type === "Error") {
    const formula = ERROR_FORMULAS[String(value)];
    if (!formula) throw new BoardPackError(`${where} shows ${value}: recalculate (and let AIVALUE functions finish) before freezing.`);
    return formula;
  }
  if (typeof value === "string") return officeText(value);
  return value as number | boolean;
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

const marked = (scan: FreezeScan, mark: string) => scan.sheets.filter((s) => s.names.some((n) => n.name.toLowerCase() === mark.toLowerCase()));
const frozenFrom = (s: SheetFormulas) => s.names.find((n) => n.name === FROZEN_MARK)?.formula.replace(/^="|"$/g, "");

/** The cells to read before freezing `sources`, and the earlier copies this freeze replaces. */
export function planReads(scan: FreezeScan, sources: string[]): FreezeReads {
  const chosen = sources.filter((name) => scan.sheets.some((s) => s.name === name));
  const replaced = marked(scan, FROZEN_MARK)
    .filter((s) => chosen.includes(frozenFrom(s) ?? ""))
    .map((s) => s.name);
  const runs = chosen.flatMap((source) => {
    const formulas = new Map(scan.dependents.filter((d) => d.sheet === source).map((d) => [d.ref, d.formula]));
    return columnRuns([...formulas.keys()]).map((run) => ({ source, run, formulas: run.refs.map((ref) => formulas.get(ref)!) }));
  });
  return { chosen, replaced, runs, anchors: scan.dependents.filter((d) => chosen.includes(d.sheet)) };
}

/**
 * Everything the freeze writes, from what was read: `values` answers `reads.runs` one to
 * one, `spills` answers `reads.anchors` (null where a cell does not spill, undefined
 * when this Excel cannot report spills). Throws BoardPackError for a cell whose value
 * cannot be frozen, before anything is written.
 */
export function planFreeze(scan: FreezeScan, reads: FreezeReads, values: ReadValues[], spills: (SpillRead | null)[] | undefined, now: Date): FreezePlan {
  const asOf = stampTime(now);
  const taken = new Set(scan.sheets.filter((s) => !reads.replaced.includes(s.name)).map((s) => s.name.toLowerCase()));
  const logRows: Frozen[][] = [];
  const copies = reads.chosen.map((source): PlannedCopy => {
    const name = copyName(source, taken);
    taken.add(name.toLowerCase());
    const writes: FrozenWrite[] = [];
    let frozen = 0;
    reads.runs.forEach(({ source: from, run, formulas }, i) => {
      if (from !== source) return;
      const contents = run.refs.map((ref, k) => frozenContent(values[i].values[k][0], values[i].valueTypes[k][0], `${source}!${ref}`));
      writes.push({ rowIndex: run.top - 1, columnIndex: run.col - 1, contents: contents.map((c) => [c]) });
      run.refs.forEach((ref, k) => logRows.push([asOf, name, source, ref, officeText(formulas[k]), contents[k]]));
      frozen += run.rows;
    });
    reads.anchors.forEach((d, i) => {
      const spill = spills?.[i];
      if (d.sheet !== source || !spill || spill.rowCount * spill.columnCount <= 1) return;
      const contents = spill.values.map((row, r) => row.map((v, c) => frozenContent(v, spill.valueTypes[r][c], `${source}!${d.ref}`)));
      writes.push({ rowIndex: spill.rowIndex, columnIndex: spill.columnIndex, contents });
      frozen += spill.rowCount * spill.columnCount - 1;
    });
    const s = scan.sheets.find((x) => x.name === source)!;
    const stamp = {
      rowIndex: (s.used?.top ?? 1) - 1,
      columnIndex: (s.used?.right ?? 1) + 1,
      text: officeText(`Values as of ${asOf}. Frozen copy of '${source}': cells that used AIVALUE functions hold their values; all other formulas are live.`),
    };
    const mark = `="${source.replace(/"/g, '""')}"`;
    return { source, name, writes, frozen, stamp, mark, header: `Values as of ${asOf}`.replace(/&/g, "&&") };
  });
  const existing = marked(scan, LOG_MARK)[0];
  const log = existing
    ? { sheet: existing.name, create: false, firstRow: (existing.used?.bottom ?? 1) + 1, rows: logRows }
    : { sheet: uniqueSheetName("Board Pack Log", taken), create: true, firstRow: 2, rows: logRows };
  const warnings = spills
    ? []
    : ["This Excel cannot report spilled arrays: a frozen array formula keeps only its first value. Freeze in Microsoft 365 or Excel on the web to keep whole arrays."];
  return { asOf, replaced: reads.replaced, copies, log, warnings };
}
