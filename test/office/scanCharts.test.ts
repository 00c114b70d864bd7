/*
 * The scan follows chart series like formulas (issue 11, finding 6): a chart that plots
 * AIVALUE results needs the add-in; literal values and other columns do not; charts Excel
 * will not describe are reported, never passed silently; below ExcelApi 1.15 the scan says
 * that charts were not checked. Budget: a fixed number of syncs whatever the number of charts.
 */
import { freezeSheets } from "../../src/office/freeze";
import { scanWorkbook } from "../../src/office/scan";
import type { FakeChart } from "../helpers/fake/model";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const API_115 = requirementsUpTo("1.15");

/** Contract: A2:A4 labels, B2:B4 AIVALUE results, C2:C4 plain numbers. Dashboard: charts only. */
function workbook(charts: FakeChart[]): WorkbookModel {
  const model = new WorkbookModel();
  const contract = new SheetModel("Contract");
  for (let r = 2; r <= 4; r++) {
    contract.cells.set(`A${r}`, { value: `M${r}`, format: {} });
    contract.cells.set(`B${r}`, { formula: `=AIVALUE.ROI(C${r},1)`, value: 0.1, format: {} });
    contract.cells.set(`C${r}`, { value: r, format: {} });
  }
  const dashboard = new SheetModel("Dashboard");
  dashboard.cells.set("A1", { value: "Board view", format: {} });
  dashboard.charts = charts;
  model.sheets.push(contract, dashboard);
  return model;
}

const line = (name: string, values: string, categories = "Contract!$A$2:$A$4"): FakeChart => ({
  type: "Line",
  name,
  source: "A1",
  seriesNames: [],
  series: [{ name: `${name} series`, sources: { Categories: categories, Values: values } }],
});

const listed = (scan: { charts: { sheet: string; chart: string; series: string; uncertain?: string }[] }) =>
  scan.charts.map((c) => `${c.sheet}/${c.chart}/${c.series}${c.uncertain ? "?" : ""}`);

describe("scanWorkbook: charts", () => {
  test("a chart plotting AIVALUE results is found; one plotting other cells or literal values is not", async () => {
    const ctx = new FakeContext(
      workbook([
        line("ROI", "Contract!$B$2:$B$4"),
        line("Cost", "Contract!$C$2:$C$4"),
        line("Typed", "{1,2,3}", '{"a","b","c"}'),
        line("Labels", "Contract!$C$2:$C$4", "Contract!$B$2:$B$4"),
        { type: "XYScatter", name: "Fit", source: "A1", seriesNames: [], series: [{ name: "Fit series", sources: { XValues: "Contract!$C$2:$C$4", YValues: "Contract!$B$3" } }] },
      ]),
    );
    const scan = await scanWorkbook(ctx, API_115);
    expect(listed(scan)).toEqual(["Dashboard/ROI/ROI series", "Dashboard/Labels/Labels series", "Dashboard/Fit/Fit series"]);
    expect(scan.perSheet).toEqual([
      { sheet: "Contract", count: 3 },
      { sheet: "Dashboard", count: 0, charts: 3 },
    ]);
    expect(scan.warnings).toEqual([]);
  });

  test("charts Excel will not describe count as unknown: known types are not asked, others are isolated; the rest are read", async () => {
    const charts = [
      line("ROI", "Contract!$B$2:$B$4"),
      { ...line("Spread", "Contract!$C$2:$C$4"), type: "Histogram" },
      { ...line("Bridge", "Contract!$C$2:$C$4"), type: "Waterfall" },
      { ...line("Odd", "Contract!$C$2:$C$4"), refuses: true },
      ...Array.from({ length: 12 }, (_, i) => line(`Cost ${i}`, "Contract!$C$2:$C$4")),
    ];
    const ctx = new FakeContext(workbook(charts));
    const scan = await scanWorkbook(ctx, API_115);
    expect(listed(scan)).toEqual(["Dashboard/ROI/ROI series", "Dashboard/Spread/?", "Dashboard/Bridge/?", "Dashboard/Odd/Odd series?"]);
    expect(scan.charts[1].uncertain).toMatch(/Histogram chart/);
    // The refused batch (28 axes of 14 series) is halved until each refused axis is alone: at most
    // two syncs per halving per refused axis (21 syncs in all measured), never one per chart.
    expect(ctx.syncs).toBeLessThanOrEqual(4 + 3 + 2 * 2 * Math.ceil(Math.log2(28)));
  });

  test("budget: three syncs for the charts whether there is one chart or six hundred, each payload far under 5 MB", async () => {
    const one = new FakeContext(workbook([line("ROI", "Contract!$B$2:$B$4")]));
    await scanWorkbook(one, API_115);
    const many = Array.from({ length: 600 }, (_, i) => line(`C${i}`, i % 2 ? "Contract!$B$2:$B$4" : "Contract!$C$2:$C$4"));
    const ctx = new FakeContext(workbook(many));
    const scan = await scanWorkbook(ctx, API_115);
    expect(scan.charts).toHaveLength(300);
    const none = new FakeContext(workbook([]));
    await scanWorkbook(none, API_115);
    expect(none.syncs).toBe(4);
    expect(one.syncs).toBe(7);
    expect(ctx.syncs).toBe(7);
    // Measured on the fake: 1,200 calls in the largest sync (two axes of 600 series), 120 KB sent, 24 KB back.
    expect(Math.max(...ctx.requestBytes)).toBeLessThan(256 * 1024);
    expect(Math.max(...ctx.responseBytes)).toBeLessThan(256 * 1024);
  });

  test("below ExcelApi 1.15 the scan says which charts were not checked, and why", async () => {
    const ctx = new FakeContext(workbook([line("ROI", "Contract!$B$2:$B$4")]));
    const scan = await scanWorkbook(ctx, requirementsUpTo("1.14"));
    expect(scan.charts).toEqual([]);
    expect(scan.warnings.join(" ")).toMatch(/charts on “Dashboard” were not checked: this Excel cannot tell which cells a chart plots/);
    expect(ctx.syncs).toBe(4);
    // With nothing needing the add-in, there is nothing for a chart to miss.
    const plain = workbook([line("Cost", "Contract!$C$2:$C$4")]);
    plain.sheets[0].cells.forEach((c) => c.formula && (c.formula = "=1+1"));
    expect((await scanWorkbook(new FakeContext(plain), requirementsUpTo("1.14"))).warnings).toEqual([]);
  });

  test("a frozen copy's chart plots the copy's frozen cells, so the copy needs nothing", async () => {
    const model = workbook([]);
    model.sheet("Contract").charts = [line("Own", "Contract!$B$2:$B$4", "Contract!$A$2:$A$4")];
    await freezeSheets(new FakeContext(model), ["Contract"], API_115, new Date("2026-11-22T09:30:00Z"));
    const copy = model.sheets.find((s) => s.name !== "Contract" && s.charts.length > 0)!;
    expect(copy.charts[0].series?.[0].sources.Values).toBe(`'${copy.name}'!$B$2:$B$4`);
    const scan = await scanWorkbook(new FakeContext(model), API_115);
    expect(listed(scan)).toEqual(["Contract/Own/Own series"]);
  });
});
