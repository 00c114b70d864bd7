/*
 * Charts on a frozen copy that plot another sheet's AIVALUE cells (issue 11, finding 6). A
 * copied chart follows the copy only where it plotted its own sheet; where it plots another
 * sheet, the freeze writes those cells' values into a block on the copy — under the "values
 * as of" stamp, so right of (or below) the used range and over no cell of the user's — with
 * a label row saying what it is, and points the series there. A source that is not one
 * plain range (several areas, a name, a table, literal values), that Excel would not
 * describe, or that is larger than MAX_BLOCK_CELLS stays live, and the pane names it.
 * Pure: src/office/freeze.ts reads and writes.
 */
import { cellRef, parseRange } from "../sheet/a1";
import { asText, frozenContent, type Frozen, type FrozenWrite } from "./frozenValue";
import type { ChartDependent, ChartDimension, ChartSeriesSource } from "./portability";

/** A larger source stays live: its values would be a large read for one chart. */
export const MAX_BLOCK_CELLS = 10000;
const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** Cells a re-pointable series plots: one range of one sheet. */
export interface ChartRead {
  sheet: string;
  /** A1, without $ ("B2:B9"). */
  ref: string;
  rows: number;
  cols: number;
}

/** "'Value Contract'!$B$2:$B$9" → its sheet and range; undefined for anything else. */
export function plainRange(source: string): { sheet: string; ref: string } | undefined {
  // A sheet name has no [ or ]: "[Book2.xlsx]S!A1" is another workbook's.
  const m = /^=?(?:'((?:[^'[\]]|'')+)'|([^'!(),:\s[\]]+))!(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(source);
  return m ? { sheet: m[1]?.replace(/''/g, "'") ?? m[2], ref: m[3].replace(/\$/g, "").toUpperCase() } : undefined;
}

/** What the freeze reads to re-point this series in a copy of its sheet, or undefined when it stays live. */
export function chartRead(c: ChartDependent): ChartRead | undefined {
  const r = c.elsewhere && !c.uncertain && c.at ? plainRange(c.source) : undefined;
  if (!r) return undefined;
  const b = parseRange(r.ref);
  const rows = b.bottom - b.top + 1;
  const cols = b.right - b.left + 1;
  return rows * cols <= MAX_BLOCK_CELLS ? { ...r, rows, cols } : undefined;
}

/** A chart series that a frozen copy of its sheet leaves plotting live cells. */
export const staysLive = (c: ChartDependent): boolean => Boolean(c.elsewhere) && !chartRead(c);

/** A series the frozen copy points at its block. */
export interface SeriesRepoint {
  chart: string;
  at: NonNullable<ChartSeriesSource["at"]>;
  /** The block's values, 0-based on the copy. */
  block: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number };
}

/** "E4:E11": a block's values in A1. */
export const blockRef = (b: SeriesRepoint["block"]): string => `${cellRef(b.rowIndex + 1, b.columnIndex + 1)}:${cellRef(b.rowIndex + b.rowCount, b.columnIndex + b.columnCount)}`;

export interface ChartBlocks {
  writes: FrozenWrite[];
  series: SeriesRepoint[];
  /** Log rows (as of, copy, source, cell, what it plotted, frozen values); the ids are added by the caller. */
  log: Frozen[][];
  /** The bottom-right cell the blocks reach (1-based), for the area an in-place refresh copies. */
  reach?: { row: number; col: number };
  /** Series left plotting live cells because no block fits the sheet. */
  unplaced: string[];
}

/** One series to re-point, with the values its source cells held. */
export interface ChartValues {
  chart: ChartDependent;
  read: ChartRead;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat?: string[][];
}

/**
 * Stacks one block per series below the stamp at `stamp` (0-based): a label row, then the
 * values in the source's shape, then a blank row. Blank source cells stay blank, so the
 * chart draws them as it drew them; anything else is written as a frozen cell is.
 */
export function planChartBlocks(stamp: { rowIndex: number; columnIndex: number }, copy: string, asOf: string, charts: ChartValues[], warnings: Set<string>): ChartBlocks {
  const out: ChartBlocks = { writes: [], series: [], log: [], unplaced: [] };
  let row = stamp.rowIndex + 2;
  const col = stamp.columnIndex;
  for (const { chart, read, values, valueTypes, numberFormat } of charts) {
    const name = `“${chart.chart}” (series “${chart.series}”, ${chart.at!.dimension})`;
    if (row + 1 + read.rows > MAX_ROW || col + read.cols > MAX_COL) {
      out.unplaced.push(name);
      continue;
    }
    const from = `'${read.sheet.replace(/'/g, "''")}'!${read.ref}`;
    const contents = values.map((line, r) => line.map((v, c) => (valueTypes[r][c] === "Empty" ? "" : frozenContent(v, valueTypes[r][c], from, warnings))));
    const block = { rowIndex: row + 1, columnIndex: col, rowCount: read.rows, columnCount: read.cols };
    const where = blockRef(block);
    out.writes.push({ rowIndex: row, columnIndex: col, contents: [[asText(`Chart data for ${name}, frozen from ${from} as of ${asOf}.`)]] }, { rowIndex: block.rowIndex, columnIndex: col, contents, numberFormat });
    out.series.push({ chart: chart.chart, at: chart.at!, block });
    out.log.push([asText(asOf), asText(copy), asText(chart.sheet), asText(where), asText(`Chart ${name} plotted ${chart.source}`), asText(`${read.rows * read.cols} values`)]);
    out.reach = { row: block.rowIndex + read.rows, col: Math.max(out.reach?.col ?? 0, col + read.cols) };
    row = block.rowIndex + read.rows + 1;
  }
  return out;
}

/** The ChartSeries method that sets each axis (ExcelApi 1.7): setValues is a scatter chart's Y values, setXAxisValues a line chart's categories. */
export const SETTER = {
  Values: "setValues",
  YValues: "setValues",
  Categories: "setXAxisValues",
  XValues: "setXAxisValues",
  BubbleSizes: "setBubbleSizes",
} as const;

/**
 * The chart a series belongs to on a fresh copy, from the copy's chart names: the one at the
 * same place if its name is the same, else the only one of that name (Excel on the web may
 * rename copied charts, office-js #3034), else none.
 */
export function chartOnCopy(names: string[], r: SeriesRepoint): number | undefined {
  if (names[r.at.chart] === r.chart) return r.at.chart;
  const same = names.flatMap((n, i) => (n === r.chart ? [i] : []));
  return same.length === 1 ? same[0] : undefined;
}

/** A series of a frozen copy refreshed in place, moved to its new block in the last step and back if that step is refused. */
export interface SeriesMove {
  /** Places in the copy's chart collection and the chart's series collection, as the scan read them. */
  chart: number;
  series: number;
  dimension: ChartDimension;
  block: SeriesRepoint["block"];
  /** Where it plotted before: one range. */
  old: { sheet: string; ref: string };
}

/**
 * A copy refreshed in place keeps its own charts, not the fresh copy's: each series must plot
 * the block its values are now written to. One that already does needs nothing (the block is
 * refreshed with the cells); one that plots one other range is moved; one not found, or
 * plotting something else, is named.
 */
export function refreshCharts(series: ChartSeriesSource[], copy: string, planned: SeriesRepoint[]): { moves: SeriesMove[]; warnings: string[] } {
  const out: { moves: SeriesMove[]; warnings: string[] } = { moves: [], warnings: [] };
  for (const r of planned) {
    const ref = blockRef(r.block);
    const now = series.find((x) => x.sheet === copy && x.chart === r.chart && x.at?.series === r.at.series && x.at.dimension === r.at.dimension);
    const old = now?.source === undefined ? undefined : plainRange(now.source);
    if (old && old.sheet === copy && old.ref === ref) continue;
    if (now?.at && old) out.moves.push({ chart: now.at.chart, series: r.at.series, dimension: r.at.dimension, block: r.block, old });
    else out.warnings.push(`“${r.chart}” on “${copy}” was not found as it was frozen, so it does not plot ${ref}, where its frozen values now are: point it there by hand.`);
  }
  return out;
}
