/*
 * Chart series in the pure scan (issue 11, finding 6): a series whose source holds, or
 * reads through names, tables and spills, an AIVALUE result is dependent; one Excel could
 * not describe counts as unknown when anything needs the add-in; and the pane's words.
 */
import { portabilityMessage } from "../../src/boardpack/messages";
import { PortabilityGraph, type ChartSeriesSource } from "../../src/boardpack/portability";
import { sheetOf as sheet } from "../helpers/sheetFormulas";

const contract = sheet("Contract", [["=AIVALUE.ROI(1,2)", 5, "=A1*2", 7]]);
const chart = (source: string | undefined, name = "Chart 1", on = "Dashboard"): ChartSeriesSource => ({ sheet: on, chart: name, series: "S", source, unreadable: source === undefined ? "refused" : undefined });
const graph = (charts: ChartSeriesSource[], sheets = [contract, sheet("Dashboard", [["x"]])]) => new PortabilityGraph(sheets, [{ name: "Gain", formula: "=Contract!$C$1" }], [{ name: "Deals", sheet: "Contract", box: { top: 1, left: 1, bottom: 1, right: 4 }, headers: ["A", "B", "C", "D"], showHeaders: false, showTotals: false }], charts);
const found = (g: PortabilityGraph) => g.chartDependents().map((c) => `${c.chart}${c.uncertain ? "?" : ""}${c.elsewhere ? "↗" : ""}`);

describe("chart series in the portability graph", () => {
  it("follows a series' ranges, names and table references to AIVALUE results, directly or through formulas", () => {
    const g = graph([chart("Contract!$A$1:$A$1", "Direct"), chart("Contract!$C$1", "Reader"), chart("Contract!$B$1,Contract!$D$1", "Plain"), chart("Gain", "Named"), chart("Deals[C]", "Table"), chart("Deals[D]", "Other column")]);
    expect(found(g)).toEqual(["Direct↗", "Reader↗", "Named↗", "Table↗"]);
    // Charts are not cells: they never appear among the cells to freeze.
    expect(g.dependents().map((d) => d.ref)).toEqual(["A1", "C1"]);
  });

  it("a chart on the sheet it plots is not flagged as plotting another sheet", () => {
    expect(found(graph([chart("Contract!$A$1", "Own", "Contract")]))).toEqual(["Own"]);
  });

  it("a series Excel would not describe, or whose source the scan cannot follow, is unknown — only when something needs the add-in", () => {
    expect(found(graph([chart(undefined, "Refused"), chart("#REF!", "Broken")]))).toEqual(["Refused?", "Broken?"]);
    expect(found(graph([chart(undefined, "Refused")], [sheet("Dashboard", [["x"]])]))).toEqual([]);
  });

  it("a series plotting a cell of a spilled AIVALUE array is found once the spill is known", () => {
    const g = graph([chart("Contract!$A$3", "Spill")]);
    expect(found(g)).toEqual([]);
    g.spilled(0, { top: 1, left: 1, bottom: 3, right: 1 });
    expect(found(g)).toEqual(["Spill↗"]);
  });
});

describe("portabilityMessage", () => {
  const at = { chart: 0, series: 0, dimension: "Values" as const };
  it("counts cells and charts, says which charts a frozen copy leaves live, and adds what was not checked", () => {
    const r = { dependents: [1, 2], charts: [{ sheet: "Dashboard", chart: "ROI", series: "S", source: "(Contract!$A$1,Contract!$C$1)", at, elsewhere: true }, { sheet: "Dashboard", chart: "ROI", series: "S", source: "(Contract!$A$1,Contract!$C$1)", at, elsewhere: true }, { sheet: "Dashboard", chart: "Plain", series: "S", source: "Contract!$A$1:$A$3", at, elsewhere: true }], perSheet: [1, 2], warnings: ["W."] };
    expect(portabilityMessage(r)).toEqual({
      intent: "warning",
      text: "2 cells on 2 sheets would show #NAME? and 2 charts would plot nothing for a reader without the add-in. “ROI” on “Dashboard” plots cells of another sheet that a frozen copy cannot re-point (several areas, a name, a table or over 10,000 cells), which stay live: point it at frozen cells by hand. W.",
    });
    expect(portabilityMessage({ dependents: [], charts: [{ sheet: "D", chart: "C", series: "S", source: "D!$A$1" }], perSheet: [1], warnings: [] }).text).toBe("1 chart on 1 sheet would plot nothing for a reader without the add-in.");
    expect(portabilityMessage({ dependents: [], charts: [], perSheet: [], warnings: [] }).intent).toBe("success");
    expect(portabilityMessage({ dependents: [], charts: [], perSheet: [], warnings: ["Charts were not checked."] }).intent).toBe("warning");
  });
});
