/*
 * Board packs refused by Excel at every command in turn (issue 11, finding 4): each run
 * ends with the workbook exactly as it was and a message that says so, or — for the
 * summary refreshed in place, whose content is derived — with only the summary part-written,
 * a message that says exactly that, and one more refresh putting it right. A freeze that
 * re-points a chart plotting another sheet is undone with its series as they were.
 */
import { BoardPackError } from "../../src/boardpack/error";
import { freezeSheets } from "../../src/office/freeze";
import { FreezeUndoRefused } from "../../src/office/freezeUndo";
import { insertTemplate } from "../../src/office/insert";
import { refreshBoardSummary } from "../../src/office/summary";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");
/** Where Excel says what a chart plots (ExcelApi 1.15), so the freeze re-points charts. */
const CHARTS = requirementsUpTo("1.15");
const NOW = new Date(2026, 10, 22, 9, 30);
const LATER = new Date(2026, 11, 20, 9, 30);

/** A contract and a ladder, a deck linking to the contract, formula results as Excel would show them. */
async function start(): Promise<WorkbookModel> {
  const ctx = new FakeContext();
  await insertTemplate(ctx, valueContract({ example: true, ladderSheet: "Evidence Ladder" }), { example: true }, ALL);
  await insertTemplate(ctx, evidenceLadder({ example: true }), { example: true }, ALL);
  let n = 0;
  for (const s of ctx.model.sheets) for (const c of s.cells.values()) if (c.formula !== undefined) c.value = n++ % 3 === 0 ? "SCALE" : n;
  const deck = new SheetModel("Deck");
  deck.cell("A1").formula = "='Value Contract'!B5";
  ctx.model.sheets.push(deck);
  return ctx.model;
}

/** Commands a run issues when nothing is refused. */
async function commandsOf(model: WorkbookModel, run: (ctx: FakeContext) => Promise<unknown>): Promise<number> {
  const ctx = new FakeContext(model.clone());
  await run(ctx);
  return ctx.commands;
}

/** Runs `run` refused at command k, for every k; returns each outcome. */
async function refuseEach(model: WorkbookModel, run: (ctx: FakeContext) => Promise<unknown>) {
  const total = await commandsOf(model, run);
  const outcomes: { k: number; ctx: FakeContext; error?: unknown }[] = [];
  for (let k = 0; k < total; k++) {
    const ctx = new FakeContext(model.clone());
    ctx.failAt = k;
    const error = await run(ctx).then(
      () => undefined,
      (e: unknown) => e,
    );
    outcomes.push({ k, ctx, error });
  }
  return { total, outcomes };
}

/** Every refused outcome says the workbook is as it was, and it is; returns how many were refused. */
function expectRefusalsUndone(model: WorkbookModel, outcomes: Awaited<ReturnType<typeof refuseEach>>["outcomes"]): number {
  const refused = outcomes.filter((o) => o.error);
  for (const o of refused) {
    expect((o.error as Error).message).toMatch(/the workbook is as it was/);
    expect(o.ctx.model.state() === model.state() ? o.k : `changed at ${o.k}: ${o.ctx.model.sheets.map((x) => x.name).join(", ")}`).toBe(o.k);
  }
  return refused.length;
}

const freezeVC = (ctx: FakeContext, when = NOW) => freezeSheets(ctx, ["Value Contract", "Evidence Ladder"], ALL, when);

describe("a freeze refused at every command in turn", () => {
  test("the first freeze leaves the workbook exactly as it was, and says so", async () => {
    const model = await start();
    const { total, outcomes } = await refuseEach(model, (ctx) => freezeVC(ctx));
    expect(total).toBeGreaterThan(20);
    for (const o of outcomes) {
      expect({ k: o.k, error: o.error instanceof BoardPackError }).toEqual({ k: o.k, error: true });
      expect((o.error as Error).message).toMatch(/the workbook is as it was/);
      expect(o.ctx.model.state() === model.state() ? o.k : `changed at ${o.k}`).toBe(o.k);
    }
  }, 120_000);

  test("a freeze in place, with a deck linked to last month's copy, is undone exactly or completes", async () => {
    const model = await start();
    await freezeVC(new FakeContext(model));
    model.sheet("Deck").cell("A2").formula = "='Value Contract (board)'!B5";
    const { outcomes } = await refuseEach(model, (ctx) => freezeVC(ctx, LATER));
    let refusedSteps = 0;
    for (const o of outcomes) {
      if (o.error) {
        refusedSteps++;
        expect((o.error as Error).message).toMatch(/the workbook is as it was/);
        expect(o.ctx.model.state() === model.state() ? o.k : `changed at ${o.k}`).toBe(o.k);
      } else {
        // Refused only while deleting the temporary sheets: retried, so the freeze is whole.
        expect(o.ctx.model.sheets.some((s) => s.name.startsWith("~"))).toBe(false);
      }
      expect(o.ctx.model.sheet("Deck").cells.get("A2")?.formula).toBe("='Value Contract (board)'!B5");
    }
    expect(refusedSteps).toBeGreaterThan(20);
  }, 120_000);

  test("a freeze in place after the source was renamed is undone exactly, the backup copy found by its copy's name", async () => {
    // Excel names an unnamed copy after its source ("X (2)"); the backup is a copy of last
    // month's frozen copy, whose name no longer starts with the source's (routine seed -2060079269).
    const model = await start();
    await freezeVC(new FakeContext(model));
    const renaming = new FakeContext(model);
    renaming.workbook.worksheets.getItem("Value Contract").name = "Q1 contract";
    await renaming.sync();
    const freezeQ1 = (ctx: FakeContext) => freezeSheets(ctx, ["Q1 contract", "Evidence Ladder"], ALL, LATER);
    const { outcomes } = await refuseEach(model, freezeQ1);
    expect(expectRefusalsUndone(model, outcomes)).toBeGreaterThan(20);
  }, 120_000);

  test.each([
    ["a first freeze", false],
    ["a freeze in place", true],
  ])("%s refused, then its undo refused too: the message says what is left, and its button puts the workbook back exactly", async (_, again) => {
    const model = await start();
    if (again) await freezeVC(new FakeContext(model));
    const refusingUndo = (ctx: FakeContext) => {
      // The undo's first sheet deletion is refused as well (the freeze itself deletes none before its last step).
      ctx.failOn = "worksheet.delete";
      return freezeVC(ctx, LATER);
    };
    const { outcomes } = await refuseEach(model, refusingUndo);
    let stuck = 0;
    for (const o of outcomes) {
      if (!(o.error instanceof FreezeUndoRefused)) continue;
      stuck++;
      expect(o.error.message).toMatch(/and then refused to undo it \(InvalidArgument: worksheet\.delete failed\)\. Press “Finish undoing the freeze” to try again/);
      expect(o.ctx.model.state() === model.state() ? `unchanged at ${o.k}` : o.k).toBe(o.k);
      // Refused once more at its last command (so earlier deletions, backups' among them, are
      // done), then done: each try is safe to repeat.
      const counting = new FakeContext(o.ctx.model.clone());
      await o.error.undoAgain(counting);
      const refused = new FakeContext(o.ctx.model);
      refused.failAt = counting.commands - 1;
      const second = await o.error.undoAgain(refused);
      expect(second).toBeInstanceOf(FreezeUndoRefused);
      const third = await (second as FreezeUndoRefused).undoAgain(new FakeContext(o.ctx.model));
      expect(third).not.toBeInstanceOf(FreezeUndoRefused);
      expect(third.message).toMatch(/the workbook is as it was/);
      expect(o.ctx.model.state() === model.state() ? o.k : `differs after undoing again at ${o.k}`).toBe(o.k);
    }
    expect(stuck).toBeGreaterThan(10);
  }, 240_000);

  test("a chart plotting another sheet's AIVALUE cells: its block and series, first and in place (moved), are undone exactly", async () => {
    const model = await start();
    const deck = model.sheet("Deck");
    deck.charts = [{ type: "Line", name: "Chart 1", source: "A1", seriesNames: [], series: [{ name: "Value", sources: { Values: "'Value Contract'!$B$73:$B$79" } }] }];
    // The contract after the deck: a refusal at its step comes after the deck's series was moved.
    const freezeDeck = (ctx: FakeContext, when = NOW) => freezeSheets(ctx, ["Deck", "Value Contract"], CHARTS, when);
    const first = await refuseEach(model, (ctx) => freezeDeck(ctx));
    expect(first.total).toBeGreaterThan(10);
    for (const o of first.outcomes) {
      expect((o.error as Error).message).toMatch(/the workbook is as it was/);
      expect(o.ctx.model.state() === model.state() ? o.k : `changed at ${o.k}`).toBe(o.k);
    }
    await freezeDeck(new FakeContext(model));
    const copy = model.sheet("Deck (board)");
    expect(copy.charts[0].series![0].sources.Values).toMatch(/^'Deck \(board\)'!/);
    // Next month the deck is wider, so the block moves and the copy's chart with it.
    deck.cell("E1").value = "wider";
    const done = model.clone();
    await freezeDeck(new FakeContext(done), LATER);
    expect(done.sheet("Deck (board)").charts[0].series![0].sources.Values).toBe("'Deck (board)'!$G$4:$G$10");
    const { outcomes } = await refuseEach(model, (ctx) => freezeDeck(ctx, LATER));
    expect(expectRefusalsUndone(model, outcomes)).toBeGreaterThan(10);
  }, 120_000);

  test("a freeze in place of a summary that grew a row, its merges moved, is undone exactly (routine seed 721695622)", async () => {
    // copyFrom sets the area's merges as a paste does: the undo must take the new ones away too.
    const model = await start();
    await refreshBoardSummary(new FakeContext(model), ALL, NOW);
    const freezeSummary = (ctx: FakeContext, when = NOW) => freezeSheets(ctx, ["Board Summary"], ALL, when);
    await freezeSummary(new FakeContext(model));
    await insertTemplate(new FakeContext(model), valueContract({ example: true, contractName: "Rollout" }), { example: true }, ALL);
    await refreshBoardSummary(new FakeContext(model), ALL, LATER);
    const merges = (m: WorkbookModel) => m.sheet("Board Summary").merges.join(",");
    const done = model.clone();
    await freezeSummary(new FakeContext(done), LATER);
    expect(done.sheet("Board Summary (board)").merges.join(",")).toBe(merges(model));
    const { outcomes } = await refuseEach(model, (ctx) => freezeSummary(ctx, LATER));
    expect(expectRefusalsUndone(model, outcomes)).toBeGreaterThan(10);
  }, 120_000);

  test("a protected contract is refused before anything is written", async () => {
    const model = await start();
    model.sheet("Value Contract").protected = true;
    const ctx = new FakeContext(model);
    const before = model.state();
    await expect(freezeVC(ctx)).rejects.toThrow(/Value Contract is protected.*Nothing was changed/);
    expect(model.state()).toBe(before);
  });
});

describe("the board summary refused at every command in turn", () => {
  test("a first build leaves the workbook as it was", async () => {
    const model = await start();
    const { outcomes } = await refuseEach(model, (ctx) => refreshBoardSummary(ctx, ALL, NOW));
    for (const o of outcomes) {
      expect(o.error).toBeDefined();
      expect(o.ctx.model.state() === model.state() ? o.k : `changed at ${o.k}`).toBe(o.k);
    }
  }, 120_000);

  test("a refresh in place touches only the summary, says it is part-written, and one more refresh puts it right", async () => {
    const model = await start();
    await refreshBoardSummary(new FakeContext(model), ALL, NOW);
    model.sheet("Deck").cell("A3").formula = "='Board Summary'!F5";
    const done = model.clone();
    await refreshBoardSummary(new FakeContext(done), ALL, LATER);
    const others = (m: WorkbookModel) => {
      const rest = m.clone();
      rest.sheets = rest.sheets.filter((s) => s.name !== "Board Summary");
      rest.tables = rest.tables.filter((t) => t.sheet !== "Board Summary");
      return rest.state();
    };
    const same = (a: string, b: string, k: number) => expect(a === b ? k : `differs at ${k}`).toBe(k);
    const { outcomes } = await refuseEach(model, (ctx) => refreshBoardSummary(ctx, ALL, LATER));
    for (const o of outcomes) {
      expect((o.error as Error).message).toMatch(/“Board Summary”.*part-written\. Refresh it again/);
      same(others(o.ctx.model), others(model), o.k);
      await refreshBoardSummary(new FakeContext(o.ctx.model), ALL, LATER);
      same(o.ctx.model.state(), done.state(), o.k);
    }
  }, 120_000);
});
