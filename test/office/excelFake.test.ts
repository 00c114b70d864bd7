/*
 * The recording fake behaves like Excel where the board pack depends on it; each case
 * follows the source cited in test/helpers/fake/.
 */
import { FakeContext, SheetModel, WorkbookModel } from "../helpers/excelFake";
import { PAYLOAD_LIMIT } from "../helpers/fake/context";

function workbook(...names: string[]): FakeContext {
  const model = new WorkbookModel();
  names.forEach((n) => model.sheets.push(new SheetModel(n)));
  return new FakeContext(model);
}

const codeOf = async (p: Promise<unknown>) => p.then(() => "no error", (e: { code?: string }) => e.code);

describe("the Excel fake", () => {
  test.each([
    ["2026-11-22 09:30", 46348 + 9.5 / 24],
    ["3/4", 46085],
    ["1-2", 46024],
    ["67%", 0.67],
    ["$1,234", 1234],
    ["(12)", -12],
    ["TRUE", true],
    ["false", false],
    ["#N/A", "#N/A"],
    ["'67%", "67%"],
    ["plain text", "plain text"],
  ])("reads %j written through range.formulas as Excel does", async (text, stored) => {
    const ctx = workbook("S");
    ctx.workbook.worksheets.getItem("S").getRange("A1").formulas = [[text]];
    await ctx.sync();
    const cell = ctx.model.sheet("S").cells.get("A1")!;
    if (typeof stored === "number") expect(cell.value as number).toBeCloseTo(stored, 9);
    else expect(cell.value).toEqual(stored);
    expect(cell.valueType === "Error").toBe(text === "#N/A");
  });

  test("turns text starting with + - = @ into formulas, and refuses one Excel cannot read", async () => {
    const ctx = workbook("S");
    const s = ctx.workbook.worksheets.getItem("S");
    s.getRange("A1:C1").formulas = [["-Draft", "+Q1", "@x"]];
    await ctx.sync();
    expect(["A1", "B1", "C1"].map((r) => ctx.model.sheet("S").cells.get(r)?.formula)).toEqual(["=-Draft", "=+Q1", "=@x"]);
    s.getRange("A2").formulas = [["=Q1!A1"]];
    expect(await codeOf(ctx.sync())).toBe("InvalidArgument");
    s.getRange("A2").formulas = [["='Q1'!A1+École!B2"]];
    expect(await codeOf(ctx.sync())).toBe("no error");
  });

  test("keeps a worksheet's id through renames, gives a copy a new one, and finds a sheet by either", async () => {
    const ctx = workbook("S", "Deck");
    const id = ctx.model.sheet("S").id;
    ctx.model.sheet("Deck").cell("A1").formula = "=S!B2";
    ctx.workbook.worksheets.getItem(id).name = "Renamed";
    const copy = ctx.workbook.worksheets.getItem(id).copy("End").load("id");
    await ctx.sync();
    expect(ctx.model.sheet(id).name).toBe("Renamed");
    expect(copy.id).not.toBe(id);
    expect(ctx.model.sheet("Deck").cells.get("A1")?.formula).toBe("=Renamed!B2");
  });

  test("turns every reference to a deleted sheet into #REF!, for good", async () => {
    const ctx = workbook("Old", "Deck");
    Object.assign(ctx.model.sheet("Deck").cell("A1"), { formula: "='Old'!B2*2", value: 4 });
    ctx.model.names.push({ name: "Total", ref: "=Old!$B$2" });
    ctx.workbook.worksheets.getItem("Old").delete();
    ctx.workbook.worksheets.add("Old");
    await ctx.sync();
    expect(ctx.model.sheet("Deck").cells.get("A1")).toMatchObject({ formula: "=#REF!B2*2", value: "#REF!", valueType: "Error" });
    expect(ctx.model.names[0].ref).toBe("=#REF!$B$2");
  });

  test("refuses writes to locked cells of a protected sheet, and a copy is protected too", async () => {
    const ctx = workbook("P");
    const p = ctx.model.sheet("P");
    p.protected = true;
    p.cell("B2").format.locked = false;
    ctx.workbook.worksheets.getItem("P").getRange("B2").formulas = [[1]];
    expect(await codeOf(ctx.sync())).toBe("no error");
    ctx.workbook.worksheets.getItem("P").getRange("A1").formulas = [[1]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
    const copy = ctx.workbook.worksheets.getItem("P").copy("End");
    copy.getRange("A1").formulas = [[1]];
    expect(await codeOf(ctx.sync())).toBe("AccessDenied");
  });

  test("keeps tables and defined names in one namespace", async () => {
    const ctx = workbook("S");
    ctx.model.names.push({ name: "Status", ref: "=S!$A$1" });
    ctx.workbook.worksheets.getItem("S").tables.add("A1:B3", true).name = "status";
    expect(await codeOf(ctx.sync())).toBe("ItemAlreadyExists");
  });

  test("counts formatted cells in the used range", async () => {
    const ctx = workbook("S");
    ctx.model.sheet("S").cell("A1").value = 1;
    ctx.model.sheet("S").cell("D9").format.fill = "#FFFF00";
    const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject().load("rowCount,columnCount");
    await ctx.sync();
    expect([used.rowCount, used.columnCount]).toEqual([9, 4]);
  });

  test("refuses a request or a response over 5 MB with Excel's error codes", async () => {
    const ctx = workbook("S");
    const big = "x".repeat(1000);
    const rows = Math.ceil(PAYLOAD_LIMIT / 1000) + 10;
    ctx.workbook.worksheets.getItem("S").getRange(`A1:A${rows}`).formulas = Array.from({ length: rows }, () => [big]);
    expect(await codeOf(ctx.sync())).toBe("RequestPayloadSizeLimitExceeded");
    for (let r = 1; r <= rows; r++) ctx.model.sheet("S").cell(`A${r}`).value = big;
    ctx.workbook.worksheets.getItem("S").getRange(`A1:A${rows}`).load("values");
    expect(await codeOf(ctx.sync())).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
