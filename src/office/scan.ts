/*
 * The board pack's scan: every sheet's formulas and names, read from the workbook, and
 * the cells that depend on an AIVALUE function (see boardpack/portability.ts).
 *
 * Only formula cells are read: Excel lists them per sheet as rectangular areas
 * (getSpecialCells "Formulas", ExcelApi 1.9), so two cells far apart never make the scan
 * read the empty rectangle between them, and text that merely starts with "=" (the Board
 * Pack Log's, which range.formulas returns without its apostrophe, office-js #6687) is
 * never taken for a formula. Round trips: two syncs for the sheets, names, tables (so
 * table references resolve to cells) and used ranges, then the areas and the formulas in
 * syncs sized by office/batches.ts, then three for the charts' series (office/scanCharts.ts,
 * none when there is no chart), then one more per generation of spilled arrays that a
 * dependent formula produced.
 */
import type { Box } from "../boardpack/areaIndex";
import { LOG_MARK } from "../boardpack/marks";
import { PortabilityGraph, type ChartDependent, type ChartSeriesSource, type Dependent, type FormulaCell, type SheetFormulas } from "../boardpack/portability";
import type { TableDef } from "../boardpack/tables";
import { ACTION_BYTES, runBatches, utf8Bytes, type Job } from "./batches";
import type { ExcelPort, PortWorksheet } from "./port";
import { excelApi, type Requirements } from "./requirements";
import { CHARTS_API, chartsUnchecked, listCharts, readChartSources } from "./scanCharts";

export { PAYLOAD_BUDGET } from "./batches";

export interface WorkbookScan {
  sheets: SheetFormulas[];
  workbookNames: { name: string; formula: string }[];
  dependents: Dependent[];
  /** Chart series that plot (or label points with) cells that need the add-in. */
  charts: ChartDependent[];
  /** Where every chart series takes its data, axis by axis (empty below ExcelApi 1.15). */
  series: ChartSeriesSource[];
  /** Dependent cells, and charts when any, per sheet, in sheet order (sheets without either are left out). */
  perSheet: { sheet: string; count: number; charts?: number }[];
  /** What the scan could not check in this Excel, in plain words. */
  warnings: string[];
}

/** A formula area's answer costs about this much beside its formulas (its shape in JSON). */
const AREA_BYTES = 120;

interface Piece extends Box {
  sheet: number;
}

/**
 * Reads every sheet's formulas and names; see the file comment for the round trips.
 * `scope`, when given, limits the scan to the sheets it accepts: the self-test scans only
 * its scratch sheets, so its round trips do not grow with the user's workbook.
 */
export async function scanWorkbook(context: ExcelPort, requirements: Requirements, scope?: (sheet: string) => boolean): Promise<WorkbookScan> {
  const spills = excelApi(requirements)("1.12");
  const chartSources = excelApi(requirements)(CHARTS_API);
  const worksheets = context.workbook.worksheets.load("items/name");
  const workbookNames = context.workbook.names.load("items/name,items/formula");
  const tableItems = context.workbook.tables.load("items/name,items/showHeaders,items/showTotals");
  await context.sync();

  const tableParts = tableItems.items.map((t) => ({
    t,
    sheet: t.worksheet.load("name"),
    range: t.getRange().load("rowIndex,columnIndex,rowCount,columnCount"),
    columns: t.columns.load("items/name"),
  }));

  const used = worksheets.items.filter((ws) => scope?.(ws.name) ?? true).map((ws) => ({
    ws,
    // Values only: formatting alone does not make a cell worth reading (excel-semantics F11).
    range: ws.getUsedRangeOrNullObject(true).load("isNullObject,rowIndex,columnIndex,rowCount,columnCount"),
    names: ws.names.load("items/name,items/formula"),
    charts: listCharts(ws),
  }));
  await context.sync();

  const sheets: SheetFormulas[] = used.map(({ ws, range, names }) => ({
    name: ws.name,
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    used: range.isNullObject
      ? null
      : { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount },
    cells: [],
  }));
  const tables: TableDef[] = tableParts.map(({ t, sheet, range, columns }) => ({
    name: t.name,
    sheet: sheet.name,
    box: { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount },
    headers: columns.items.map((c) => c.name),
    showHeaders: t.showHeaders,
    showTotals: t.showTotals,
  }));

  // Where the formulas are: each sheet's formula areas, a band of rows at a time if a sheet has too many.
  const pieces: Piece[] = [];
  const areaJob = (sheet: number, band: Box): Job => ({
    cost: () => 3 * ACTION_BYTES + AREA_BYTES,
    queue: () => {
      const { ws } = used[sheet];
      const found = ws.getRangeByIndexes(band.top - 1, band.left - 1, band.bottom - band.top + 1, band.right - band.left + 1).getSpecialCellsOrNullObject("Formulas");
      found.load("isNullObject");
      const areas = found.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      return () => {
        if (found.isNullObject) return;
        for (const a of areas.items) pieces.push({ sheet, top: a.rowIndex + 1, left: a.columnIndex + 1, bottom: a.rowIndex + a.rowCount, right: a.columnIndex + a.columnCount });
      };
    },
    split: () => {
      if (band.top === band.bottom) return undefined;
      const mid = (band.top + band.bottom) >> 1;
      return [areaJob(sheet, { ...band, bottom: mid }), areaJob(sheet, { ...band, top: mid + 1 })];
    },
  });
  await runBatches(
    context,
    sheets.flatMap((s, i) => (s.used ? [areaJob(i, s.used)] : [])),
  );

  // The formulas themselves, sized by the longest formula seen so far.
  let longest = 64;
  const spillable: { sheet: number; cell: FormulaCell }[] = [];
  const formulaJob = (p: Piece): Job => ({
    cost: () => Math.max(3 * ACTION_BYTES, (p.bottom - p.top + 1) * (p.right - p.left + 1) * longest),
    queue: () => {
      const range = used[p.sheet].ws.getRangeByIndexes(p.top - 1, p.left - 1, p.bottom - p.top + 1, p.right - p.left + 1);
      range.load(spills ? "formulas,hasSpill" : "formulas");
      return () => {
        const cells: FormulaCell[] = sheets[p.sheet].cells;
        const maySpill = spills && range.hasSpill !== false;
        range.formulas.forEach((row, i) =>
          row.forEach((f, j) => {
            longest = Math.max(longest, utf8Bytes(JSON.stringify(f)) + 1);
            if (typeof f !== "string" || !f.startsWith("=")) return;
            const cell = { row: p.top + i, col: p.left + j, formula: f };
            cells.push(cell);
            if (maySpill) spillable.push({ sheet: p.sheet, cell });
          }),
        );
      };
    },
    split: () => {
      if (p.top < p.bottom) {
        const mid = (p.top + p.bottom) >> 1;
        return [formulaJob({ ...p, bottom: mid }), formulaJob({ ...p, top: mid + 1 })];
      }
      if (p.left === p.right) return undefined;
      const mid = (p.left + p.right) >> 1;
      return [formulaJob({ ...p, right: mid }), formulaJob({ ...p, left: mid + 1 })];
    },
  });
  // The log's rows too (text, not formulas), for whoever keeps track of what was frozen.
  const contentJob = (sheet: number, band: Box): Job => ({
    cost: () => Math.max(3 * ACTION_BYTES, (band.bottom - band.top + 1) * (band.right - band.left + 1) * longest),
    queue: () => {
      const range = used[sheet].ws.getRangeByIndexes(band.top - 1, band.left - 1, band.bottom - band.top + 1, band.right - band.left + 1).load("formulas");
      return () => {
        const s = sheets[sheet];
        const rows = (s.contents ??= []);
        range.formulas.forEach((row, i) => (rows[band.top - s.used!.top + i] = row));
      };
    },
    split: () => {
      if (band.top === band.bottom) return undefined;
      const mid = (band.top + band.bottom) >> 1;
      return [contentJob(sheet, { ...band, bottom: mid }), contentJob(sheet, { ...band, top: mid + 1 })];
    },
  });
  const logs = sheets.flatMap((s, i) => (s.used && s.names.some((n) => n.name.toLowerCase() === LOG_MARK.toLowerCase()) ? [contentJob(i, s.used)] : []));
  await runBatches(context, [...pieces.map(formulaJob), ...logs]);
  for (const s of sheets) s.cells.sort((a, b) => a.row - b.row || a.col - b.col);

  const names = workbookNames.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const listed = used.map(({ ws, charts }) => ({ sheet: ws.name, charts }));
  // Below ExcelApi 1.15 what a chart plots cannot be known: the pane says which charts were not
  // checked rather than offering their sheets for a freeze that would not change them.
  const series: ChartSeriesSource[] = chartSources ? await readChartSources(context, listed) : [];
  const graph = new PortabilityGraph(sheets, names, tables, series);
  await followSpills(context, graph, spillable, used);
  const dependents = graph.dependents();
  const charts = graph.chartDependents();
  const warnings = spills ? [] : ["This Excel cannot report spilled arrays, so a formula that reads a cell of an AIVALUE array on another sheet may be missed."];
  const withCharts = listed.filter((l) => l.charts.items.length > 0).map((l) => l.sheet);
  // With nothing needing the add-in, no chart can plot an AIVALUE result.
  if (withCharts.length > 0 && !chartSources && dependents.length > 0) warnings.push(chartsUnchecked(withCharts));
  return { sheets, workbookNames: names, dependents, charts, series, perSheet: countPerSheet(sheets, dependents, charts), warnings };
}

/** Dependent cells and charts per sheet, in sheet order. */
function countPerSheet(sheets: SheetFormulas[], dependents: Dependent[], charts: ChartDependent[]): WorkbookScan["perSheet"] {
  const cells = new Map<string, number>();
  for (const d of dependents) cells.set(d.sheet, (cells.get(d.sheet) ?? 0) + 1);
  const plots = new Map<string, Set<string>>();
  for (const c of charts) plots.set(c.sheet, (plots.get(c.sheet) ?? new Set()).add(c.chart));
  return sheets
    .filter((s) => cells.has(s.name) || plots.has(s.name))
    .map((s) => {
      const n = plots.get(s.name)?.size;
      return n ? { sheet: s.name, count: cells.get(s.name) ?? 0, charts: n } : { sheet: s.name, count: cells.get(s.name) ?? 0 };
    });
}

/**
 * Asks where each dependent formula of an area that has spills spilled, so readers of the
 * spilled cells (a PAYBACKCURVE month read from another sheet) count too; repeats while
 * new dependents appear.
 */
async function followSpills(
  context: ExcelPort,
  graph: PortabilityGraph,
  candidates: { sheet: number; cell: FormulaCell }[],
  used: { ws: PortWorksheet }[],
): Promise<void> {
  let left = candidates;
  for (;;) {
    const anchors = left.filter((a) => graph.isDependent(a.sheet, a.cell.row, a.cell.col));
    if (anchors.length === 0) return;
    const asked = new Set(anchors);
    left = left.filter((a) => !asked.has(a));
    const found: { sheet: number; box: Box }[] = [];
    const job = ({ sheet, cell }: { sheet: number; cell: FormulaCell }): Job => ({
      cost: () => 4 * ACTION_BYTES + AREA_BYTES,
      queue: () => {
        const b = used[sheet].ws.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1).getSpillingToRangeOrNullObject();
        b.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
        return () => {
          if (!b.isNullObject) found.push({ sheet, box: { top: b.rowIndex + 1, left: b.columnIndex + 1, bottom: b.rowIndex + b.rowCount, right: b.columnIndex + b.columnCount } });
        };
      },
      split: () => undefined,
    });
    await runBatches(context, anchors.map(job));
    for (const f of found) graph.spilled(f.sheet, f.box);
  }
}
