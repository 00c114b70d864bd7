/*
 * The decisions of a freeze, made without the workbook: which cells are read, what each
 * frozen cell is written as, which copies are refreshed in place and which are new, the
 * temporary sheets each is built in, where the stamp goes and what the log records.
 * src/office/freeze.ts reads and writes.
 */
import { cellRef, parseCell } from "../sheet/a1";
import { uniqueSheetName } from "../sheet/plan";
import { BoardPackError } from "./error";
import { asText, frozenContent, type Frozen, type FrozenWrite } from "./frozenValue";
import { stampTime } from "./marks";
import { currentCopy, LOG_HEADER, ownSheets, type SheetId } from "./ownSheets";
import { chartRead, planChartBlocks, refreshCharts, staysLive, type ChartRead, type SeriesMove, type SeriesRepoint } from "./chartFreeze";
import type { ChartDependent, ChartSeriesSource, Dependent, SheetFormulas } from "./portability";

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** What the freeze works from: the scan's sheets and the cells that depend on AIVALUE. */
export interface FreezeScan {
  sheets: SheetFormulas[];
  dependents: Dependent[];
  /** Chart series that plot AIVALUE results, and every series' source (to see where a refreshed copy's charts point). */
  charts?: ChartDependent[];
  series?: ChartSeriesSource[];
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
  /** Dependent cells of the chosen sheets, a column run at a time, with their formulas. */
  runs: { source: string; run: ColumnRun; formulas: string[] }[];
  /** Dependent cells of the chosen sheets, whose spills (if any) are frozen whole. */
  anchors: Dependent[];
  /** Other sheets' cells that charts on the chosen sheets plot, frozen into a block on the copy. */
  charts: { chart: ChartDependent; read: ChartRead }[];
}

/** Values and their types, as range.values and range.valueTypes give them. */
export interface ReadValues {
  values: unknown[][];
  valueTypes: string[][];
}

/** A range a chart plots, read back with its number formats. */
export interface ChartReadValues extends ReadValues {
  numberFormat: string[][];
}

/** A spilled array read back: its 0-based position and its values. */
export interface SpillRead extends ReadValues {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
}

export interface PlannedCopy {
  source: string;
  sourceId: string;
  /** The copy's name when done: the existing copy's, or a new one. */
  name: string;
  /** The frozen copy refreshed in place (links to it survive), or undefined for a new copy. */
  update?: { id: string; area: string; backup: string; oldHeader: string; series: SeriesMove[] };
  /** The sheet the new content is built in: a copy of the source under this name. */
  temp: string;
  writes: FrozenWrite[];
  /** Cells that now hold values. */
  frozen: number;
  /** Chart series on the new copy pointed at the blocks of frozen values written for them. */
  series: SeriesRepoint[];
  /** Chart series whose values are frozen in a block on the copy (new or refreshed). */
  charted: number;
  /** "Values as of …", right of the sheet's used range (or below it when there is no room). */
  stamp: { rowIndex: number; columnIndex: number; text: string };
  /** The FROZEN_MARK name's formula on a new copy: the source sheet's name as a string. */
  mark: string;
  /** The page header that says when the values were taken. */
  header: string;
}

export interface FreezePlan {
  asOf: string;
  copies: PlannedCopy[];
  /** The Board Pack Log: appended to if there is one, else made; rows per copy (its id is filled in once known). */
  log: { sheet: string; id?: string; firstRow: number; rows: { copy: number; cells: Frozen[] }[] };
  /** Earlier frozen copies the user renamed or protected: left as they are, beside the new copy. */
  kept: string[];
  warnings: string[];
}

/** `text` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function cutUtf16(text: string, max: number): string {
  let out = "";
  for (const ch of text) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** "Value Contract (board)", or "(board 2)" and so on when taken; within Excel's 31 characters. */
export function copyName(source: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? " (board)" : ` (board ${i})`;
    const name = cutUtf16(source, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
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

/** The cells to read before freezing `sources`. */
export function planReads(scan: FreezeScan, sources: string[]): FreezeReads {
  const chosen = sources.filter((name) => scan.sheets.some((s) => s.name === name));
  const runs = chosen.flatMap((source) => {
    const formulas = new Map(scan.dependents.filter((d) => d.sheet === source).map((d) => [d.ref, d.formula]));
    return columnRuns([...formulas.keys()]).map((run) => ({ source, run, formulas: run.refs.map((ref) => formulas.get(ref)!) }));
  });
  const charts = (scan.charts ?? []).flatMap((chart) => {
    const read = chosen.includes(chart.sheet) ? chartRead(chart) : undefined;
    return read ? [{ chart, read }] : [];
  });
  return { chosen, runs, anchors: scan.dependents.filter((d) => chosen.includes(d.sheet)), charts };
}

/** The page header of a frozen copy: when its values were taken. */
const header = (asOf: string) => `Values as of ${asOf}`.replace(/&/g, "&&");

type Box = { top: number; left: number; bottom: number; right: number };
const boxOf = (s: SheetFormulas): Box => s.used ?? { top: 1, left: 1, bottom: 1, right: 1 };
const address = (b: Box) => `${cellRef(b.top, b.left)}:${cellRef(b.bottom, b.right)}`;

/** Two columns right of the used range in its first row; below it if that would pass column XFD. */
function stampAt(b: Box): { rowIndex: number; columnIndex: number } {
  if (b.right + 2 <= MAX_COL) return { rowIndex: b.top - 1, columnIndex: b.right + 1 };
  return { rowIndex: Math.min(MAX_ROW - 1, b.bottom + 1), columnIndex: b.left - 1 };
}

/**
 * Everything the freeze writes, from what was read: `values` answers `reads.runs` one to
 * one, `spills` answers `reads.anchors` (null where a cell does not spill, undefined
 * when this Excel cannot report spills), `ids` lists the workbook's sheets. Throws
 * BoardPackError, before anything is written, for a cell that cannot be frozen yet or a
 * protected source (its copy would be protected too).
 */
export function planFreeze(scan: FreezeScan, reads: FreezeReads, values: ReadValues[], spills: (SpillRead | null)[] | undefined, now: Date, ids: SheetId[], chartValues: ChartReadValues[] = []): FreezePlan {
  const asOf = stampTime(now);
  const protectedSources = reads.chosen.filter((name) => ids.find((x) => x.name === name)?.protected);
  if (protectedSources.length > 0) {
    throw new BoardPackError(`${protectedSources.join(", ")} ${protectedSources.length === 1 ? "is" : "are"} protected, so a copy could not be written. Unprotect (Review › Unprotect Sheet), freeze, then protect again. Nothing was changed.`);
  }
  const own = ownSheets(scan.sheets, ids);
  const taken = new Set(ids.map((x) => x.name.toLowerCase()));
  const claim = (base: string) => {
    const name = uniqueSheetName(base, taken);
    taken.add(name.toLowerCase());
    return name;
  };
  const warnings = new Set<string>();
  const kept: string[] = [];
  const logRows: { copy: number; cells: Frozen[] }[] = [];
  const copies = reads.chosen.map((source, index): PlannedCopy => {
    const s = scan.sheets.find((x) => x.name === source)!;
    const sourceId = ids.find((x) => x.name === source)!.id;
    const { copy: current, kept: keptCopy, asOf: lastAsOf } = currentCopy(own, ids, sourceId);
    if (keptCopy) kept.push(keptCopy.name);
    const name = current?.name ?? copyName(source, taken);
    taken.add(name.toLowerCase());
    const writes: FrozenWrite[] = [];
    let frozen = 0;
    reads.runs.forEach(({ source: from, run, formulas }, i) => {
      if (from !== source) return;
      const contents = run.refs.map((ref, k) => frozenContent(values[i].values[k][0], values[i].valueTypes[k][0], `${source}!${ref}`, warnings));
      writes.push({ rowIndex: run.top - 1, columnIndex: run.col - 1, contents: contents.map((c) => [c]) });
      run.refs.forEach((ref, k) => {
        const value = contents[k];
        logRows.push({ copy: index, cells: [asText(asOf), asText(name), asText(source), asText(ref), asText(formulas[k]), typeof value === "string" && value.startsWith("=") ? asText(String(values[i].values[k][0])) : value, "", asText(sourceId)] });
      });
      frozen += run.rows;
    });
    reads.anchors.forEach((d, i) => {
      const spill = spills?.[i];
      if (d.sheet !== source || !spill || spill.rowCount * spill.columnCount <= 1) return;
      const contents = spill.values.map((row, r) => row.map((v, c) => frozenContent(v, spill.valueTypes[r][c], `${source}!${d.ref}`, warnings)));
      writes.push({ rowIndex: spill.rowIndex, columnIndex: spill.columnIndex, contents });
      frozen += spill.rowCount * spill.columnCount - 1;
    });
    const box = boxOf(s);
    const at = stampAt(box);
    const mine = reads.charts.flatMap((c, i) => (c.chart.sheet === source ? [{ ...c, ...chartValues[i] }] : []));
    const blocks = planChartBlocks(at, name, asOf, mine, warnings);
    writes.push(...blocks.writes);
    blocks.log.forEach((cells) => logRows.push({ copy: index, cells: [...cells, "", asText(sourceId)] }));
    liveCharts(scan, source, name, blocks.unplaced).forEach((w) => warnings.add(w));
    const moved = current ? refreshCharts(scan.series ?? [], current.name, blocks.series) : { moves: [], warnings: [] };
    moved.warnings.forEach((w) => warnings.add(w));
    const stamp = { ...at, text: asText(`Values as of ${asOf}. Frozen copy of '${source}': cells that used AIVALUE functions hold their values; all other formulas are live.`) };
    const temp = claim(`~AIVALUE freeze ${index + 1}`);
    let update: PlannedCopy["update"];
    if (current) {
      const old = boxOf(scan.sheets.find((x) => x.name === current.name) ?? s);
      const stampRow = at.rowIndex + 1;
      const stampCol = at.columnIndex + 1;
      const reach = blocks.reach ?? { row: stampRow, col: stampCol };
      const area = { top: Math.min(old.top, box.top, stampRow), left: Math.min(old.left, box.left, stampCol), bottom: Math.max(old.bottom, box.bottom, stampRow, reach.row), right: Math.max(old.right, box.right, stampCol, reach.col) };
      update = { id: current.id, area: address(area), backup: claim(`~AIVALUE backup ${index + 1}`), oldHeader: header(lastAsOf ?? ""), series: moved.moves };
    }
    const mark = `="${source.replace(/"/g, '""')}"`;
    // A copy refreshed in place keeps its own charts: those are re-pointed in the last step (update.series).
    const series = current ? [] : blocks.series;
    return { source, sourceId, name, update, temp, writes, frozen, series, charted: blocks.series.length, stamp, mark, header: header(asOf) };
  });
  const log = own.log
    ? { sheet: own.log.sheet.name, id: own.log.id, firstRow: own.log.sheet.used ? own.log.sheet.used.bottom + 1 : 1, rows: logRows }
    : { sheet: claim("Board Pack Log"), firstRow: 2, rows: logRows };
  if (!spills) warnings.add("This Excel cannot report spilled arrays: a frozen array formula keeps only its first value. Freeze in Microsoft 365 or Excel on the web to keep whole arrays.");
  return { asOf, copies, log, kept, warnings: [...warnings] };
}

/** Charts on `source` that its copy `name` leaves plotting another sheet's live cells. */
function liveCharts(scan: FreezeScan, source: string, name: string, unplaced: string[]): string[] {
  const live = (scan.charts ?? []).filter((c) => c.sheet === source && staysLive(c)).map((c) => `“${c.chart}” (series “${c.series}”) plots ${c.source}`);
  const all = [...live, ...unplaced.map((u) => `${u} has no room left on the sheet for its values`)];
  return all.length ? [`On “${name}”, ${all.join("; ")}: those cells stay live, so point the series at frozen cells by hand.`] : [];
}

export { LOG_HEADER };
