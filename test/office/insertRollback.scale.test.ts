/*
 * A refused insert is rolled back by the worksheet ids it recorded, never by name: refused
 * at every command in turn while a co-author adds a sheet before each sync in turn, the
 * workbook ends exactly as it was, and the co-author's sheet survives untouched, even when
 * it takes the very name the insert planned for its own sheet.
 */
import { InsertError, insertTemplate } from "../../src/office/insert";
import { TEMPLATES, type InsertableId } from "../../src/templates";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");

function workbook(): WorkbookModel {
  const model = new WorkbookModel();
  const budget = new SheetModel("Budget");
  budget.cell("A1").value = "Existing data";
  budget.names.push({ name: "Rate", ref: "A1" });
  model.sheets.push(budget);
  model.tables.push({ name: "Costs", sheet: "Budget", ref: "C1:D4" });
  model.names.push({ name: "Horizon", ref: "=Budget!$A$1" });
  return model;
}

/** Commands and syncs a successful insert of `id` costs, measured on the same workbook. */
async function cost(id: InsertableId): Promise<{ commands: number; syncs: number }> {
  const ctx = new FakeContext(workbook());
  await insertTemplate(ctx, TEMPLATES[id]({ example: true }), {}, ALL);
  return { commands: ctx.commands, syncs: ctx.syncs };
}

/** One insert refused at command `failAt`, with a co-author adding `theirName` before sync `at`. */
async function refused(id: InsertableId, failAt: number, at: number, theirName = "Co-author notes") {
  const model = workbook();
  const before = model.state();
  const theirs = new SheetModel(theirName);
  theirs.cell("B2").value = "their numbers";
  const ctx = new FakeContext(model);
  ctx.failAt = failAt;
  ctx.beforeSync = (n) => n === at && void model.sheets.push(theirs);
  const error = await insertTemplate(ctx, TEMPLATES[id]({ example: true }), {}, ALL).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { model, before, theirs, error, ctx };
}

/** The workbook without the co-author's sheet, to compare with how it was. */
function withoutTheirs(model: WorkbookModel, theirs: SheetModel): string {
  const m = model.clone();
  m.sheets = m.sheets.filter((s) => s.id !== theirs.id);
  return m.state();
}

describe("a refused insert with a co-author at work", () => {
  /** Refused at each command in `failAts` with the co-author before each sync in `ats`: as it was, and theirs kept whenever they came. */
  async function sweep(id: InsertableId, ats: number[], failAts: number[]): Promise<number> {
    let runs = 0;
    for (const at of ats) {
      for (const failAt of failAts) {
        const r = await refused(id, failAt, at);
        expect(r.error).toBeInstanceOf(Error);
        expect(withoutTheirs(r.model, r.theirs)).toBe(r.before);
        // A refusal before sync `at` ends the insert before the co-author arrives.
        const came = r.ctx.syncs > at;
        const kept = r.model.sheets.find((s) => s.id === r.theirs.id);
        expect(kept ? [kept.name, kept.cells.get("B2")?.value] : undefined).toEqual(came ? ["Co-author notes", "their numbers"] : undefined);
        runs++;
      }
    }
    return runs;
  }
  const every = (n: number) => Array.from({ length: n }, (_, i) => i);

  test("price book: refused at every command, a co-author before every sync (the rollback's too): as it was, theirs untouched", async () => {
    const { commands, syncs } = await cost("priceBook");
    expect(syncs).toBe(3);
    expect(await sweep("priceBook", every(syncs + 1), every(commands))).toBe((syncs + 1) * commands);
  });

  test("value contract: refused at every command with a co-author between the add and the write", async () => {
    // The whole sweep at every sync point takes minutes; between add and write is where a guess by name or newness went wrong.
    const { commands } = await cost("valueContract");
    expect(await sweep("valueContract", [2], every(commands))).toBe(commands);
  });

  test("a co-author's sheet under the very name the insert planned is never deleted", async () => {
    // Before the add sync: the add is refused as the name is taken; the rollback must not take theirs for ours.
    const r = await refused("valueContract", Number.MAX_SAFE_INTEGER, 1, "Value Contract");
    expect(r.error).toMatchObject({ code: "ItemAlreadyExists" });
    expect(r.model.sheets.map((s) => s.name)).toEqual(["Budget", "Value Contract"]);
    expect(r.model.sheets[1]).toBe(r.theirs);
    expect(r.theirs.cells.get("B2")?.value).toBe("their numbers");
    expect(withoutTheirs(r.model, r.theirs)).toBe(r.before);
  });

  test("deletes only by the ids it recorded: one sheet a template, one delete", async () => {
    const { commands } = await cost("workflowCost");
    const r = await refused("workflowCost", commands - 1, 2);
    expect(r.ctx.log.filter((c) => c === "worksheet.delete")).toHaveLength(1);
    expect(r.ctx.syncs).toBe(4);
  });

  test("says which sheet to delete by hand when Excel refuses the rollback too", async () => {
    const model = workbook();
    const ctx = new FakeContext(model);
    ctx.failAt = 5;
    // The rollback's sync (the fourth) is refused at its first command too.
    ctx.beforeSync = (n) => n === 3 && void (ctx.failAt = ctx.commands);
    const error = await insertTemplate(ctx, TEMPLATES.priceBook({}), {}, ALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertError);
    expect((error as Error).message).toMatch(/refused to remove what it had added: delete the sheet “Price Book” by hand/);
    expect(model.sheets.map((s) => s.name)).toEqual(["Budget", "Price Book"]);
  });
});
