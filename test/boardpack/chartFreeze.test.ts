/*
 * The pure decisions about charts in a frozen copy (issue 11, finding 6): which series can
 * be re-pointed, where their blocks go, what they hold, and how a refreshed copy's series
 * are found again.
 */
import { chartOnCopy, chartRead, MAX_BLOCK_CELLS, plainRange, planChartBlocks, refreshCharts, staysLive, type SeriesRepoint } from "../../src/boardpack/chartFreeze";
import type { ChartDependent } from "../../src/boardpack/portability";

const at = { chart: 1, series: 0, dimension: "Values" as const };
const dependent = (source: string, more: Partial<ChartDependent> = {}): ChartDependent => ({ sheet: "Deck", chart: "Chart 2", series: "S", source, at, elsewhere: true, ...more });

describe("which series a frozen copy can re-point", () => {
  it("reads one range of one sheet, quoted or not, and nothing else", () => {
    expect(plainRange("'Value Contract'!$B$2:$B$9")).toEqual({ sheet: "Value Contract", ref: "B2:B9" });
    expect(plainRange("=Plan!$C$4")).toEqual({ sheet: "Plan", ref: "C4" });
    expect(plainRange("'O''Brien''s'!A1:B2")).toEqual({ sheet: "O'Brien's", ref: "A1:B2" });
    expect(plainRange("Prévision!$B$2:$B$3")).toEqual({ sheet: "Prévision", ref: "B2:B3" });
    for (const other of ["(S!$A$1:$A$3,S!$C$1)", "S!$B:$B", "Gain", "Deals[C]", "{1,2,3}", "[Book2.xlsx]S!$A$1", "'[Book2.xlsx]My S'!$A$1", "S!$A$1:$A$3,S!$C$1"]) expect(plainRange(other)).toBeUndefined();
  });

  it("re-points a readable series on another sheet up to MAX_BLOCK_CELLS cells; the rest stays live", () => {
    expect(chartRead(dependent("S!$B$2:$C$5"))).toEqual({ sheet: "S", ref: "B2:C5", rows: 4, cols: 2 });
    expect(chartRead(dependent(`S!$A$1:$A$${MAX_BLOCK_CELLS}`))).toBeDefined();
    const live = [dependent(`S!$A$1:$A$${MAX_BLOCK_CELLS + 1}`), dependent("S!$A$1", { uncertain: "refused" }), dependent("(S!$A$1,S!$A$3)")];
    expect(live.map(staysLive)).toEqual([true, true, true]);
    // A chart on the sheet it plots follows its copy by itself: nothing to read, nothing live.
    expect(chartRead(dependent("Deck!$A$1:$A$3", { elsewhere: undefined }))).toBeUndefined();
    expect(staysLive(dependent("Deck!$A$1:$A$3", { elsewhere: undefined }))).toBe(false);
  });
});

describe("planChartBlocks", () => {
  const read = { sheet: "Value Contract", ref: "B2:B5", rows: 4, cols: 1 };
  const values = { values: [[1.5], [""], ["SCALE"], ["#N/A"]], valueTypes: [["Double"], ["Empty"], ["String"], ["Error"]] };

  it("stacks a label and the values below the stamp, blanks blank, text as text, errors as their literal", () => {
    const warnings = new Set<string>();
    const two = [{ chart: dependent("'Value Contract'!$B$2:$B$5"), read, ...values }, { chart: dependent("'Value Contract'!$B$2:$B$5", { series: "T" }), read, ...values }];
    const b = planChartBlocks({ rowIndex: 0, columnIndex: 4 }, "Deck (board)", "2026-11-22 09:30", two, warnings);
    expect(b.writes.map((w) => [w.rowIndex, w.columnIndex, w.contents.length])).toEqual([
      [2, 4, 1],
      [3, 4, 4],
      [8, 4, 1],
      [9, 4, 4],
    ]);
    expect(b.writes[1].contents).toEqual([[1.5], [""], ["'SCALE"], ["=#N/A"]]);
    expect(b.writes[0].contents[0][0]).toBe("'Chart data for “Chart 2” (series “S”, Values), frozen from 'Value Contract'!B2:B5 as of 2026-11-22 09:30.");
    expect(b.series.map((s) => s.block)).toEqual([
      { rowIndex: 3, columnIndex: 4, rowCount: 4, columnCount: 1 },
      { rowIndex: 9, columnIndex: 4, rowCount: 4, columnCount: 1 },
    ]);
    expect(b.reach).toEqual({ row: 13, col: 5 });
    expect(b.log[1].slice(1, 4)).toEqual(["'Deck (board)", "'Deck", "'E10:E13"]);
    expect(warnings.size).toBe(0);
  });

  it("leaves a series live when its block would pass the last row or column", () => {
    const wide = { sheet: "S", ref: "A1:C1", rows: 1, cols: 3 };
    const b = planChartBlocks({ rowIndex: 0, columnIndex: 16382 }, "D", "t", [{ chart: dependent("S!$A$1:$C$1"), read: wide, values: [[1, 2, 3]], valueTypes: [["Double", "Double", "Double"]] }], new Set());
    expect(b.writes).toEqual([]);
    expect(b.unplaced).toEqual(["“Chart 2” (series “S”, Values)"]);
    const low = planChartBlocks({ rowIndex: 1048570, columnIndex: 0 }, "D", "t", [{ chart: dependent("S!$A$1:$A$4"), read, ...values }], new Set());
    expect(low.unplaced).toHaveLength(1);
  });
});

describe("finding a series again", () => {
  const r: SeriesRepoint = { chart: "Chart 2", at, block: { rowIndex: 3, columnIndex: 4, rowCount: 4, columnCount: 1 } };

  it("on a fresh copy: the chart at the same place with the same name, else the only one of that name", () => {
    expect(chartOnCopy(["Chart 1", "Chart 2"], r)).toBe(1);
    expect(chartOnCopy(["Chart 2", "Chart 1"], r)).toBe(0);
    expect(chartOnCopy(["Chart 2", "Chart 9", "Chart 2"], r)).toBeUndefined();
    expect(chartOnCopy(["Chart 8", "Chart 9"], r)).toBeUndefined();
  });

  it("on a copy refreshed in place: nothing to do where it plots its block, a move from one range, a warning otherwise", () => {
    const source = (s: string) => [{ sheet: "Deck (board)", chart: "Chart 2", series: "S", source: s, at: { ...at, chart: 3 } }];
    expect(refreshCharts(source("'Deck (board)'!$E$4:$E$7"), "Deck (board)", [r])).toEqual({ moves: [], warnings: [] });
    expect(refreshCharts(source("'Value Contract'!$B$2:$B$5"), "Deck (board)", [r]).moves).toEqual([{ chart: 3, series: 0, dimension: "Values", block: r.block, old: { sheet: "Value Contract", ref: "B2:B5" } }]);
    expect(refreshCharts(source("(S!$A$1,S!$A$3)"), "Deck (board)", [r]).warnings.join()).toMatch(/“Chart 2” on “Deck \(board\)” .* does not plot E4:E7/);
    expect(refreshCharts([], "Deck (board)", [r]).warnings).toHaveLength(1);
  });
});
