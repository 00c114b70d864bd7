/*
 * A frozen copy's chart that plots another sheet's AIVALUE cells (issue 11, finding 6): the
 * freeze writes those values into a labelled block on the copy and points the series there,
 * in the freeze's usual syncs; what it cannot re-point stays live and is named.
 */
import { freezeMessage, portabilityMessage } from "../../src/boardpack/messages";
import { freezeSheets } from "../../src/office/freeze";
import { scanWorkbook } from "../../src/office/scan";
import type { FakeChart } from "../helpers/fake/model";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const API = requirementsUpTo("1.15");
const NOW = new Date(2026, 10, 22, 9, 30);
const LATER = new Date(2026, 11, 20, 9, 30);

/** 'Value Contract'!B2:B9 are AIVALUE results, A2:A9 labels; "Board Summary" has text in A1:C3 and the charts. */
function workbook(charts: FakeChart[]): WorkbookModel {
  const model = new WorkbookModel();
  const contract = new SheetModel("Value Contract");
  for (let r = 2; r <= 9; r++) {
    contract.cells.set(`A${r}`, { value: `M${r - 1}`, format: {} });
    contract.cells.set(`B${r}`, { formula: `=AIVALUE.ROI(${r},1)`, value: r * 10, numberFormat: "0.0%", format: {} });
  }
  const board = new SheetModel("Board Summary");
  board.cells.set("A1", { value: "Board view", format: {} });
  board.cells.set("C3", { value: "note", format: {} });
  board.charts = charts;
  model.sheets.push(contract, board);
  return model;
}

const line = (name: string, values: string): FakeChart => ({
  type: "Line",
  name,
  source: "A1",
  seriesNames: [],
  series: [{ name: "Realised", sources: { Categories: "'Value Contract'!$A$2:$A$9", Values: values } }],
});

const freezeBoard = (model: WorkbookModel, when = NOW) => freezeSheets(new FakeContext(model), ["Board Summary"], API, when);

describe("freezing a sheet whose chart plots another sheet's AIVALUE cells", () => {
  test("the copy's series plots a labelled block of the values on the copy, in the freeze's usual syncs; the original is untouched", async () => {
    const model = workbook([line("Chart 1", "'Value Contract'!$B$2:$B$9")]);
    const original = JSON.stringify(model.sheet("Board Summary").charts);
    const scanCtx = new FakeContext(model.clone());
    await scanWorkbook(scanCtx, API);
    const ctx = new FakeContext(model);
    const result = await freezeSheets(ctx, ["Board Summary"], API, NOW);
    // The scan, then the values (1), the copies (1), their contents (1), the last step (1): as without charts.
    expect(ctx.syncs).toBe(scanCtx.syncs + 4);
    expect(result.warnings).toEqual([]);
    expect(freezeMessage(result)).toBe("Frozen as of 2026-11-22 09:30: “Board Summary (board)” (new, 0 cells, 1 chart series plotting frozen values). Each replaced formula and chart source is in “Board Pack Log”.");

    const copy = model.sheet("Board Summary (board)");
    const series = copy.charts[0].series![0];
    // Stamp in E1 (two columns right of the used range A1:C3), the label in E3, the values below.
    expect(series.sources.Values).toBe("'Board Summary (board)'!$E$4:$E$11");
    expect(series.sources.Categories).toBe("'Value Contract'!$A$2:$A$9");
    expect(["E4", "E5", "E11"].map((r) => copy.cells.get(r)?.value)).toEqual([20, 30, 90]);
    // In the source's number format, so an axis or label linked to the source reads as before.
    expect(copy.cells.get("E4")?.numberFormat).toBe("0.0%");
    expect(String(copy.cells.get("E3")?.value)).toBe("Chart data for “Chart 1” (series “Realised”, Values), frozen from 'Value Contract'!B2:B9 as of 2026-11-22 09:30.");
    expect(JSON.stringify(model.sheet("Board Summary").charts)).toBe(original);

    const after = await scanWorkbook(new FakeContext(model), API);
    expect(after.charts.filter((c) => c.sheet === copy.name)).toEqual([]);
    expect(after.dependents.filter((d) => d.sheet === copy.name)).toEqual([]);
    const log = model.sheet(result.log);
    expect([...log.cells.entries()].filter(([, c]) => c.value === "E4:E11").map(([ref]) => ref)).toEqual(["D2"]);
    expect(log.cells.get("E2")?.value).toBe("Chart “Chart 1” (series “Realised”, Values) plotted 'Value Contract'!$B$2:$B$9");
    expect(log.cells.get("G2")?.value).toBe(copy.id);
  });

  test("a refreeze next month refreshes the block in place, and the copy's chart keeps plotting it", async () => {
    const model = workbook([line("Chart 1", "'Value Contract'!$B$2:$B$9")]);
    await freezeBoard(model);
    const copy = model.sheet("Board Summary (board)");
    model.sheet("Value Contract").cell("B2").value = 777;
    const again = await freezeBoard(model, LATER);
    expect(again.copies[0]).toMatchObject({ copy: "Board Summary (board)", updated: true });
    expect(again.warnings).toEqual([]);
    expect(model.sheet("Board Summary (board)")).toBe(copy);
    expect(copy.charts[0].series![0].sources.Values).toBe("'Board Summary (board)'!$E$4:$E$11");
    expect(copy.cells.get("E4")?.value).toBe(777);
    expect(String(copy.cells.get("E3")?.value)).toMatch(/as of 2026-12-20 09:30\.$/);
  });

  test("a refreshed copy whose chart plots elsewhere (frozen by an earlier version, or the sheet grew) is moved to its block", async () => {
    const model = workbook([line("Chart 1", "'Value Contract'!$B$2:$B$9")]);
    await freezeBoard(model);
    const copy = model.sheet("Board Summary (board)");
    copy.charts[0].series![0].sources.Values = "'Value Contract'!$B$2:$B$9";
    model.sheet("Board Summary").cell("F2").value = "wider";
    const again = await freezeBoard(model, LATER);
    expect(again.warnings).toEqual([]);
    // The used range now ends in F: stamp in H1, block in H4:H11.
    expect(copy.charts[0].series![0].sources.Values).toBe("'Board Summary (board)'!$H$4:$H$11");
    expect(copy.cells.get("H4")?.value).toBe(20);
    expect(copy.cells.get("E4")?.value).toBeUndefined();
    const after = await scanWorkbook(new FakeContext(model), API);
    expect(after.charts.filter((c) => c.sheet === copy.name)).toEqual([]);
  });

  test("X values and bubble sizes are re-pointed too, each in a block of its own", async () => {
    const bubble: FakeChart = {
      type: "Bubble",
      name: "Bubbles",
      source: "A1",
      seriesNames: [],
      series: [{ name: "B", sources: { XValues: "'Value Contract'!$B$2:$B$4", YValues: "'Board Summary'!$A$1:$A$3", BubbleSizes: "'Value Contract'!$B$5:$B$7" } }],
    };
    const model = workbook([bubble]);
    await freezeBoard(model);
    const sources = model.sheet("Board Summary (board)").charts[0].series![0].sources;
    expect(sources).toEqual({ XValues: "'Board Summary (board)'!$E$4:$E$6", YValues: "'Board Summary (board)'!$A$1:$A$3", BubbleSizes: "'Board Summary (board)'!$E$9:$E$11" });
  });

  test("several areas, literal values and charts Excel will not describe stay live, and only those are named", async () => {
    const model = workbook([line("Split", "('Value Contract'!$B$2:$B$4,'Value Contract'!$B$6)"), line("Plain", "'Value Contract'!$B$2:$B$9")]);
    const before = await scanWorkbook(new FakeContext(model), API);
    expect(portabilityMessage(before).text).toMatch(/“Split” on “Board Summary” plots cells of another sheet that a frozen copy cannot re-point/);
    expect(portabilityMessage(before).text).not.toMatch(/“Plain”/);
    const result = await freezeBoard(model);
    expect(result.warnings.join(" ")).toMatch(/On “Board Summary \(board\)”, “Split” \(series “Realised”\) plots \('Value Contract'!\$B\$2:\$B\$4,'Value Contract'!\$B\$6\)/);
    const copy = model.sheet("Board Summary (board)");
    expect(copy.charts.map((c) => c.series![0].sources.Values)).toEqual(["('Value Contract'!$B$2:$B$4,'Value Contract'!$B$6)", "'Board Summary (board)'!$E$4:$E$11"]);
  });

  test("a chart the copy names differently is left with a warning saying where its values are", async () => {
    const model = workbook([line("Chart 1", "'Value Contract'!$B$2:$B$9")]);
    const ctx = new FakeContext(model);
    // As Excel on the web may rename copied charts (office-js #3034): the copies' charts are renamed as they are made.
    ctx.calculate = async (m) => m.sheets.filter((s) => s.name.startsWith("~")).forEach((s) => s.charts.forEach((c) => (c.name = "Chart 9")));
    const result = await freezeSheets(ctx, ["Board Summary"], API, NOW);
    expect(result.warnings.join(" ")).toMatch(/“Chart 1” on “Board Summary \(board\)” was not found in the copy.*E4:E11/);
    expect(model.sheet("Board Summary (board)").charts[0].series![0].sources.Values).toBe("'Value Contract'!$B$2:$B$9");
  });
});
