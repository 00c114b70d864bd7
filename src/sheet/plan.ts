/*
 * Turns a template spec into the concrete writes both writers perform: a sheet name and
 * table names that do not collide with the workbook's, every block as 2-D arrays of
 * contents and number formats, and cells grouped by look so each look is applied once.
 */
import { cellRef, columnLetter, parseCell, parseRange } from "./a1";
import { LOOKS, numberFormat, type Look } from "./styles";
import type { ChartSpec, NameSpec, PageSpec, SheetSpec, Style, TemplateOptions, TemplateSpec, ValidationSpec, Value } from "./spec";

/** What a cell holds once planned. */
export type Content = { kind: "formula"; formula: string } | { kind: "value"; value: Exclude<Value, null> } | { kind: "empty" };

export interface PlannedBlock {
  /** The block's A1 range. */
  address: string;
  contents: Content[][];
  formats: string[][];
}

export interface PlannedSheet {
  name: string;
  tabColor: string;
  widths: number[];
  blocks: PlannedBlock[];
  /** A1 ranges per look, in a stable order. */
  looks: { look: Look; ranges: string[] }[];
  merges: string[];
  /** Heights for rows whose wrapped text needs more than one line (Excel does not size merged cells itself). */
  rowHeights: { row: number; points: number }[];
  names: NameSpec[];
  validations: ValidationSpec[];
  tables: { name: string; ref: string }[];
  charts: ChartSpec[];
  hiddenColumns: number[];
  freezeRows: number;
  pageBreaks: number[];
  page: PageSpec;
}

export interface Plan {
  template: TemplateSpec["id"];
  sheets: PlannedSheet[];
}

/** Excel's limit on a sheet name, and the characters it forbids. */
const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[\\/?*[\]:]/g;

/** "Value Contract", or "Value Contract (2)" and so on when taken (compared case-insensitively, as Excel does). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const clean = base.replace(FORBIDDEN, " ").slice(0, MAX_SHEET_NAME);
  if (!used.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** A table name unique in the workbook: "ReviewLog", then "ReviewLog2", … */
export function uniqueTableName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${i}`.toLowerCase())) return `${base}${i}`;
}

function content(v: Value | undefined, f: string | undefined): Content {
  if (f !== undefined) return { kind: "formula", formula: f };
  if (v === undefined || v === null) return { kind: "empty" };
  return { kind: "value", value: v };
}

/** Runs of same-styled cells along each row, as A1 ranges. */
function styleRuns(sheet: SheetSpec): Map<Style, string[]> {
  const runs = new Map<Style, string[]>();
  for (const block of sheet.blocks) {
    const { row: top, col: left } = parseCell(block.at);
    block.cells.forEach((cells, i) => {
      let start = 0;
      for (let j = 1; j <= cells.length; j++) {
        const style = cells[start]?.s;
        if (j < cells.length && cells[j]?.s === style) continue;
        if (style) {
          const from = cellRef(top + i, left + start);
          const to = cellRef(top + i, left + j - 1);
          const list = runs.get(style) ?? [];
          list.push(from === to ? from : `${from}:${to}`);
          runs.set(style, list);
        }
        start = j;
      }
    });
  }
  return runs;
}

const LINE_POINTS = 15;

/** Rows that wrapped text (guidance, long inputs, headers) would overflow at the default height. */
function rowHeights(sheet: SheetSpec): { row: number; points: number }[] {
  const spans = new Map(sheet.merges.map((m) => {
    const r = parseRange(m);
    return [cellRef(r.top, r.left), r] as const;
  }));
  const heights = new Map<number, number>();
  for (const block of sheet.blocks) {
    const { row: top, col: left } = parseCell(block.at);
    block.cells.forEach((cells, i) =>
      cells.forEach((c, j) => {
        if (typeof c?.v !== "string" || !c.s || !LOOKS[c.s].wrap) return;
        const row = top + i;
        const col = left + j;
        const span = spans.get(cellRef(row, col));
        let chars = 0;
        for (let k = col; k <= (span?.right ?? col); k++) chars += sheet.widths[k - 1] ?? 9;
        // A width unit is one "0"; average text is narrower, about 1.15 characters a unit at 11 pt.
        const lines = Math.ceil(c.v.length / Math.max(1, chars * 1.15));
        if (lines > 1) heights.set(row, Math.max(heights.get(row) ?? 0, lines * LINE_POINTS));
      }),
    );
  }
  return [...heights].map(([row, points]) => ({ row, points })).sort((a, b) => a.row - b.row);
}

export interface WorkbookState {
  sheetNames: Iterable<string>;
  tableNames: Iterable<string>;
}

/** Plans a template against what the workbook already holds. */
export function plan(spec: TemplateSpec, existing: WorkbookState, options: TemplateOptions = {}): Plan {
  const sheetNames = [...existing.sheetNames];
  const tableNames = [...existing.tableNames];
  const sheets = spec.sheets.map((sheet): PlannedSheet => {
    const name = uniqueSheetName(sheet.name, sheetNames);
    sheetNames.push(name);
    const tables = sheet.tables.map((t) => {
      const unique = uniqueTableName(t.name, tableNames);
      tableNames.push(unique);
      return { name: unique, ref: t.ref };
    });
    const blocks = sheet.blocks.map((block): PlannedBlock => {
      const { row, col } = parseCell(block.at);
      const width = Math.max(...block.cells.map((r) => r.length));
      const address = `${block.at}:${columnLetter(col + width - 1)}${row + block.cells.length - 1}`;
      const pad = <T>(r: T[], fill: (j: number) => T) => Array.from({ length: width }, (_, j) => (j < r.length ? r[j] : fill(j)));
      return {
        address,
        contents: block.cells.map((r) => pad(r.map((c) => content(c?.v, c?.f)), () => ({ kind: "empty" }) as Content)),
        formats: block.cells.map((r) => pad(r.map((c) => numberFormat(c?.fmt, c?.s, options.currencyFormat)), () => "General")),
      };
    });
    const runs = styleRuns(sheet);
    const looks = (Object.keys(LOOKS) as Style[]).filter((s) => runs.has(s)).map((s) => ({ look: LOOKS[s], ranges: runs.get(s)! }));
    return {
      name,
      tabColor: sheet.tabColor,
      widths: sheet.widths,
      blocks,
      looks,
      merges: sheet.merges,
      rowHeights: rowHeights(sheet),
      names: sheet.names,
      validations: sheet.validations,
      tables,
      charts: sheet.charts,
      hiddenColumns: sheet.hiddenColumns ?? [],
      freezeRows: sheet.freezeRows,
      pageBreaks: sheet.pageBreaks,
      page: sheet.page,
    };
  });
  return { template: spec.id, sheets };
}
