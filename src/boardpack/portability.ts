/*
 * Which cells would break for a reader without the add-in: every formula that calls an
 * AIVALUE function (or its orphaned form, _xldudf_AIVALUE_…) directly or through a
 * defined name, and every formula that reads such a cell — or a cell of its spilled
 * array — through cells, ranges, whole columns, 3-D spans and names, on any sheet. A
 * formula whose reads cannot be told from its text (OFFSET, INDIRECT; a table reference
 * when the workbook's tables were not read) counts as dependent, with the reason, whenever
 * anything in the workbook needs the add-in. Table references are resolved to the cells
 * they cover (tables.ts). Chart series are readers too: their sources are followed like
 * formulas, so a chart plotting an AIVALUE result is found (office/scanCharts.ts reads them).
 * Pure analysis; office/scan.ts reads the workbook.
 */
import { cellRef } from "../sheet/a1";
import { AreaIndex, cellKey, type Box } from "./areaIndex";
import { formulaReads, type Area, type FormulaReads } from "./formulaRefs";
import { NameResolver, type NameDef } from "./names";
import { TableIndex, type Place, type StructRef, type TableDef } from "./tables";

const UNREAD_TABLES = "A table reference reads whatever the table holds, and the workbook's tables were not read.";

export interface FormulaCell {
  row: number;
  col: number;
  formula: string;
}

export interface SheetFormulas {
  name: string;
  /** Names scoped to this sheet, with their formulas as Excel gives them ("=Sheet!$B$5"). */
  names: NameDef[];
  /** The bounding box of the sheet's values and formulas, or null for an empty sheet. */
  used: Box | null;
  /** Every real formula on the sheet (text that merely starts with "=" is not one), in row order. */
  cells: FormulaCell[];
  /** The Board Pack Log's used range as range.formulas gives it (its rows are text), read for that sheet only. */
  contents?: unknown[][];
}

export interface Dependent {
  sheet: string;
  /** A1 address on its sheet. */
  ref: string;
  formula: string;
  /** True when the formula itself calls an AIVALUE function. */
  direct: boolean;
  /** Why it is counted although what it reads cannot be told from its text. */
  uncertain?: string;
}

/** A chart series' axes (Excel.ChartSeriesDimension). */
export type ChartDimension = "Categories" | "Values" | "XValues" | "YValues" | "BubbleSizes";

/** Where one dimension of a chart series takes its data (ChartSeries.getDimensionDataSourceString). */
export interface ChartSeriesSource {
  sheet: string;
  chart: string;
  series: string;
  /** The chart's place in its sheet's chart collection, the series' in the chart's, and the axis: how the freeze finds it again. */
  at?: { chart: number; series: number; dimension: ChartDimension };
  /** The range as Excel gives it ("Sheet1!$B$2:$B$9"); undefined when Excel could not say. */
  source?: string;
  /** Why the source could not be read, when it could not. */
  unreadable?: string;
}

/** A chart series that would show nothing without the add-in. */
export interface ChartDependent {
  sheet: string;
  chart: string;
  series: string;
  source: string;
  at?: ChartSeriesSource["at"];
  uncertain?: string;
  /** It plots cells of another sheet: a frozen copy of its own sheet plots them only once re-pointed (boardpack/chartFreeze.ts). */
  elsewhere?: boolean;
}

interface Node extends FormulaCell {
  sheet: number;
  seed: boolean;
  direct: boolean;
  dynamic?: string;
  /** Set for a chart series' source rather than a formula cell. */
  chart?: ChartSeriesSource;
  /** A chart series reading cells of another sheet. */
  elsewhere?: boolean;
}

/**
 * The dependency graph of a workbook's formulas. `dependents()` answers after the seeds
 * and everything reading them were followed; `spilled` adds an array a dependent formula
 * spilled into, so that readers of its cells are found too.
 */
export class PortabilityGraph {
  private readonly nodes: Node[] = [];
  private readonly at = new Map<number, Node>();
  private readonly index = new AreaIndex<Node>();
  private readonly dependent = new Set<Node>();
  private readonly queue: { sheet: number; row: number; col: number }[] = [];

  /** `tables` undefined means they could not be read: table references then count as unknowable. */
  constructor(
    private readonly sheets: SheetFormulas[],
    workbookNames: NameDef[] = [],
    tables?: TableDef[],
    charts: ChartSeriesSource[] = [],
  ) {
    const order = new Map(sheets.map((s, i) => [s.name.toLowerCase(), i]));
    const names = new NameResolver(
      workbookNames,
      sheets.map((s) => ({ sheet: s.name, names: s.names })),
    );
    // Each area lands on every sheet it covers: one sheet, or all between the ends of a 3-D span.
    const place = (a: Area, own: number, node: Node) => {
      const [first, last] = a.sheets ? a.sheets.map((n) => order.get(n.toLowerCase())) : [own, own];
      if (first === undefined || last === undefined) return;
      // A frozen copy's chart keeps plotting other sheets' cells: the pane must say so.
      if (node.chart && (first !== own || last !== own)) node.elsewhere = true;
      for (let i = Math.min(first, last); i <= Math.max(first, last); i++) this.index.add(i, a, node);
    };
    const index = tables && new TableIndex(tables);
    const placeStructs = (structs: StructRef[], at: Place, i: number, node: Node) => {
      if (structs.length > 0 && !index) node.dynamic ??= UNREAD_TABLES;
      for (const ref of structs) index?.resolve(ref, at).forEach((a) => place(a, i, node));
    };
    // Files a reader (a formula, or a chart series' source) under everything it reads.
    const link = (node: Node, reads: FormulaReads, at: Place) => {
      reads.areas.forEach((a) => place(a, node.sheet, node));
      placeStructs(reads.structs, at, node.sheet, node);
      for (const n of reads.names) {
        // Tables and defined names share one namespace: `=SUM(Deals)` is Deals[#Data].
        if (!n.sheet && index?.byName(n.name)) {
          placeStructs([{ table: n.name }], at, node.sheet, node);
          continue;
        }
        const r = names.resolve(at.sheet, n.name, n.sheet);
        node.seed ||= r.direct;
        node.dynamic ??= r.dynamic;
        r.areas.forEach((a) => place(a, node.sheet, node));
        placeStructs(r.structs, at, node.sheet, node);
      }
    };
    sheets.forEach((s, i) => {
      for (const c of s.cells) {
        const reads = formulaReads(c.formula);
        const node: Node = { row: c.row, col: c.col, formula: c.formula, sheet: i, seed: reads.direct, direct: reads.direct, dynamic: reads.dynamic };
        this.nodes.push(node);
        this.at.set(cellKey(i, c.row, c.col), node);
        link(node, reads, { sheet: s.name, row: c.row, col: c.col });
      }
    });
    for (const c of charts) {
      const i = order.get(c.sheet.toLowerCase());
      if (i === undefined) continue;
      const node: Node = { row: 0, col: 0, formula: c.source ?? "", sheet: i, seed: false, direct: false, chart: c, dynamic: c.unreadable };
      this.nodes.push(node);
      if (c.source === undefined) continue;
      const reads = formulaReads(c.source.startsWith("=") ? c.source : `=${c.source}`);
      // A source the tokenizer finds nothing in is one the scan cannot follow: fail closed.
      if (reads.areas.length + reads.names.length + reads.structs.length === 0) node.dynamic ??= `Excel gives this series' source as "${c.source}", which the scan cannot follow.`;
      link(node, reads, { sheet: c.sheet, row: 0, col: 0 });
    }
    const seeds = this.nodes.filter((n) => n.seed);
    seeds.forEach((n) => this.mark(n));
    // Unknowable reads are treated as dependent only if there is something to depend on.
    if (seeds.length > 0) this.nodes.filter((n) => n.dynamic).forEach((n) => this.mark(n));
    this.follow();
  }

  private mark(n: Node): void {
    if (this.dependent.has(n)) return;
    this.dependent.add(n);
    // A chart is read by nothing, and has no cell to look readers up by.
    if (!n.chart) this.queue.push(n);
  }

  private follow(): void {
    while (this.queue.length > 0) {
      const { sheet, row, col } = this.queue.pop()!;
      for (const reader of this.index.take(sheet, row, col)) this.mark(reader);
    }
  }

  /** Whether the formula at this cell of the `sheet`-th sheet is dependent. */
  isDependent(sheet: number, row: number, col: number): boolean {
    const n = this.at.get(cellKey(sheet, row, col));
    return n !== undefined && this.dependent.has(n);
  }

  /** The cells of `box` on the `sheet`-th sheet hold the spilled result of a dependent formula. */
  spilled(sheet: number, box: Box): void {
    const i = sheet;
    for (let row = box.top; row <= box.bottom; row++) for (let col = box.left; col <= box.right; col++) this.queue.push({ sheet: i, row, col });
    this.follow();
  }

  /** Every dependent formula cell, in sheet order and row order. */
  dependents(): Dependent[] {
    return this.nodes
      .filter((n) => this.dependent.has(n) && !n.chart)
      .map((n) => {
        const d: Dependent = { sheet: this.sheets[n.sheet].name, ref: cellRef(n.row, n.col), formula: n.formula, direct: n.direct };
        if (n.dynamic) d.uncertain = n.dynamic;
        return d;
      });
  }

  /** Every chart series that plots, or labels its points with, cells that depend on AIVALUE. */
  chartDependents(): ChartDependent[] {
    return this.nodes.flatMap((n) => {
      if (!n.chart || !this.dependent.has(n)) return [];
      const { sheet, chart, series, source = "", at } = n.chart;
      const d: ChartDependent = { sheet, chart, series, source };
      if (at) d.at = at;
      if (n.dynamic) d.uncertain = n.dynamic;
      if (n.elsewhere) d.elsewhere = true;
      return [d];
    });
  }
}

/** Every formula cell that depends on an AIVALUE function (spills aside: see PortabilityGraph). */
export function aivalueDependents(sheets: SheetFormulas[], workbookNames: NameDef[] = [], tables?: TableDef[]): Dependent[] {
  return new PortabilityGraph(sheets, workbookNames, tables).dependents();
}
