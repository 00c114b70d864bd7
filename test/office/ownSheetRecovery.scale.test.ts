/*
 * "Refused at any command, the workbook ends either exactly as it was, or in a state the
 * pane describes exactly and can put back in one click." For the board summary and the
 * portfolio refreshed in place: refused at each command in turn, the pane's message is
 * true of the state left (nothing changed, or only that sheet, which may be part-written),
 * and its one button — the same refresh again, on a new Excel.run — leaves the workbook
 * exactly as an unrefused refresh would: the sheet complete, under the same id, and every
 * link into it (a deck's formulas, a workbook name) as it was, no #REF!.
 */
import { PartWrittenError } from "../../src/boardpack/error";
import { insertTemplate } from "../../src/office/insert";
import { refreshPortfolio } from "../../src/office/portfolio";
import { refreshBoardSummary } from "../../src/office/summary";
import { quoteSheet } from "../../src/sheet/a1";
import { explain } from "../../src/taskpane/errors";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");
const NOW = new Date(2026, 10, 20, 9, 30);
type Refresh = (ctx: FakeContext) => Promise<{ sheet: string }>;
const REFRESHES: [string, Refresh][] = [
  ["board summary", (ctx) => refreshBoardSummary(ctx, ALL, NOW)],
  ["portfolio", (ctx) => refreshPortfolio(ctx, ALL, NOW)],
];

/** Two contracts, the own sheet built last month, and a deck and a workbook name that link into it. */
async function workbook(refresh: Refresh): Promise<{ model: WorkbookModel; sheet: SheetModel; links: string }> {
  const model = new WorkbookModel();
  for (const contractName of ["Pilot", "Rollout"]) await insertTemplate(new FakeContext(model), valueContract({ example: true, contractName }), {}, ALL);
  const { sheet: name } = await refresh(new FakeContext(model));
  const sheet = model.sheet(name);
  const deck = new SheetModel("Deck");
  const refs = [...sheet.cells.keys()].slice(0, 5);
  refs.forEach((ref, i) => (deck.cell(`A${i + 1}`).formula = `=${quoteSheet(name)}!${ref}`));
  model.sheets.push(deck);
  model.names.push({ name: "DeckSource", ref: `=${quoteSheet(name)}!$A$1` });
  return { model, sheet, links: JSON.stringify([[...deck.cells], model.names]) };
}

/** Every sheet but `except`, with the workbook's names and other sheets' tables: what a refusal may not touch. */
function othersOf(model: WorkbookModel, except: string): string {
  const m = model.clone();
  m.sheets = m.sheets.filter((s) => s.id !== except);
  m.tables = m.tables.filter((t) => m.sheets.some((s) => s.name === t.sheet));
  return m.state();
}

describe.each(REFRESHES)("the %s refreshed in place, refused at each command, then the pane's one button", (_what, refresh) => {
  test("each message is true of the state left, and one click leaves the workbook as an unrefused refresh would", async () => {
    const start = await workbook(refresh);
    const reference = start.model.clone();
    const clean = new FakeContext(reference);
    await refresh(clean);
    const commands = clean.commands;
    expect(commands).toBeGreaterThan(20);
    let partWritten = 0;
    for (let failAt = 0; failAt < commands; failAt++) {
      const model = start.model.clone();
      const before = model.state();
      const ctx = new FakeContext(model);
      ctx.failAt = failAt;
      const error = await refresh(ctx).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      const text = explain(error);
      if (error instanceof PartWrittenError) {
        partWritten++;
        expect(error.sheet).toBe(start.sheet.name);
        expect(text).toBe(
          `Excel stopped while rewriting “${start.sheet.name}” (InvalidArgument): it may be part-written. Refresh it again to finish it in place (links to it keep working); no other sheet was changed.`,
        );
        expect(othersOf(model, start.sheet.id)).toBe(othersOf(start.model, start.sheet.id));
      } else {
        expect(text).toMatch(/Nothing was changed\.$/);
        expect(model.state()).toBe(before);
      }
      // The button: the same refresh, on a new Excel.run.
      await refresh(new FakeContext(model));
      expect(model.state()).toBe(reference.state());
      const deck = model.sheet("Deck");
      expect(JSON.stringify([[...deck.cells], model.names])).toBe(start.links);
      expect([...deck.cells.values()].some((c) => c.formula?.includes("#REF!"))).toBe(false);
      expect(model.sheets.find((s) => s.name === start.sheet.name)?.id).toBe(start.sheet.id);
    }
    // Every command of the rewrite sync is one the pane offers to finish.
    expect(partWritten).toBeGreaterThan(commands / 2);
  }, 300_000);
});
