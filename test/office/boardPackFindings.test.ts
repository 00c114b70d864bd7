/*
 * Issue 11's findings about board packs, one test each, on small workbooks in the fake.
 */
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { freezeSheets, scanForBoardPack } from "../../src/office/freeze";
import { insertTemplate } from "../../src/office/insert";
import { refreshBoardSummary } from "../../src/office/summary";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");
const month = (m: number) => new Date(2026, m, 20, 9, 30);

/** A workbook with one contract whose formulas show values, as Excel would. */
async function withContract(name = "Value Contract"): Promise<FakeContext> {
  const ctx = new FakeContext();
  await insertTemplate(ctx, valueContract({ example: true }), { example: true }, ALL);
  ctx.model.sheets.forEach((s) => s.cells.forEach((c) => c.formula !== undefined && (c.value = 2)));
  if (name !== "Value Contract") {
    ctx.workbook.worksheets.getItem("Value Contract").name = name;
    await ctx.sync();
  }
  return ctx;
}

const offered = async (ctx: FakeContext) => (await scanForBoardPack(new FakeContext(ctx.model), ALL)).perSheet.map((p) => p.sheet);
const hasRef = (m: WorkbookModel) => m.sheets.some((s) => [...s.cells.values()].some((c) => c.formula?.includes("#REF!")));

describe("issue 11", () => {
  test("1 — refreshing the summary keeps its frozen copy and a copy made by hand, and links to the summary", async () => {
    const ctx = await withContract();
    await refreshBoardSummary(ctx, ALL, month(10));
    await freezeSheets(ctx, await offered(ctx), ALL, month(10));
    const hand = ctx.model.sheet("Board Summary").clone("Summary for the CFO");
    ctx.model.sheets.push(hand);
    const deck = new SheetModel("Deck");
    deck.cell("A1").formula = "='Board Summary'!F5";
    deck.cell("A2").formula = "='Board Summary (board)'!F5";
    ctx.model.sheets.push(deck);
    const kept = JSON.stringify([...ctx.model.sheet("Board Summary (board)").cells, ...hand.cells]);
    await refreshBoardSummary(ctx, ALL, month(11));
    expect(JSON.stringify([...ctx.model.sheet("Board Summary (board)").cells, ...hand.cells])).toBe(kept);
    expect(hasRef(ctx.model)).toBe(false);
  });

  test("2 — freezing again keeps a copy the user renamed and one they duplicated, and makes a new copy", async () => {
    const ctx = await withContract();
    await freezeSheets(ctx, ["Value Contract"], ALL, month(10));
    ctx.workbook.worksheets.getItem("Value Contract (board)").name = "VC Nov board pack";
    ctx.workbook.worksheets.getItem("VC Nov board pack").copy("End");
    await ctx.sync();
    const before = ctx.model.sheets.filter((s) => s.name !== "Board Pack Log").map((s) => [s.id, s.name, JSON.stringify([...s.cells])]);
    const result = await freezeSheets(ctx, ["Value Contract"], ALL, month(11));
    expect(result.copies[0]).toMatchObject({ copy: "Value Contract (board)", updated: false });
    expect(result.kept).toEqual(["VC Nov board pack"]);
    for (const [id, name, cells] of before) expect([ctx.model.sheet(id).name, JSON.stringify([...ctx.model.sheet(id).cells])]).toEqual([name, cells]);
  });

  test("5 — the log is never offered for freezing, and the third and later freezes work", async () => {
    const ctx = await withContract();
    for (let m = 0; m < 4; m++) {
      const chosen = await offered(ctx);
      expect(chosen).toEqual(["Value Contract"]);
      await freezeSheets(ctx, chosen, ALL, month(m));
    }
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(["Value Contract", "Value Contract (board)", "Board Pack Log"]);
  });

  test.each(["AI1", "FY2026", "Q1", "R2D2", "TRUE", "R", "École"])("7 — the summary reads a contract named %s with the quotes Excel requires", async (name) => {
    const ctx = await withContract(name);
    const result = await refreshBoardSummary(ctx, ALL, month(10));
    expect(result.contracts).toEqual([name]);
    expect(ctx.model.sheet("Board Summary").cells.get("A5")?.formula).toBe(`='${name}'!ContractName`);
  });

  test.each(["-Draft", "=1+1", "2025", "Jan-25", 'Plan "A"'])("8, 10 — a source named %s stays text in the log and is refreshed in place next time", async (name) => {
    const ctx = await withContract(name);
    const first = await freezeSheets(ctx, [name], ALL, month(10));
    const log = ctx.model.sheet("Board Pack Log");
    expect([log.cells.get("A2")?.value, log.cells.get("C2")?.value]).toEqual(["2026-11-20 09:30", name]);
    const copy = ctx.model.sheet(first.copies[0].copy);
    expect(copy.names.find((n) => n.name === FROZEN_MARK)?.ref).toBe(`="${name.replace(/"/g, '""')}"`);
    const second = await freezeSheets(ctx, [name], ALL, month(11));
    expect(second.copies[0]).toMatchObject({ copy: copy.name, updated: true });
  });

  test("8 — frozen text that looks like a number, date, boolean or error stays text", async () => {
    const model = new WorkbookModel();
    const s = new SheetModel("Texts");
    ["67%", "TRUE", "3/4", "#N/A", "$1,234", "1-2", ""].forEach((v, i) => Object.assign(s.cell(`A${i + 1}`), { formula: `=AIVALUE.VERDICT(${i})`, value: v, valueType: "String" }));
    model.sheets.push(s);
    const ctx = new FakeContext(model);
    await freezeSheets(ctx, ["Texts"], ALL, month(10));
    const copy = model.sheet("Texts (board)");
    expect([1, 2, 3, 4, 5, 6].map((r) => copy.cells.get(`A${r}`)?.value)).toEqual(["67%", "TRUE", "3/4", "#N/A", "$1,234", "1-2"]);
    expect(copy.cells.get("A7")?.formula).toBe('=""');
  });

  test("12 — templates fit one page wide with the height left automatic", async () => {
    const ctx = await withContract();
    expect(ctx.model.sheet("Value Contract").layout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });
});
