/*
 * The portfolio refreshed from the pane: built once, then rewritten in place — a link to
 * it survives, a copy the user kept is never touched — in a fixed number of syncs whatever
 * the number of contracts, every request and response under Excel's 5 MB.
 */
import { insertTemplate } from "../../src/office/insert";
import { refreshPortfolio } from "../../src/office/portfolio";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");
const when = new Date(2026, 10, 27, 9, 30);

async function withContracts(n: number): Promise<FakeContext> {
  const ctx = new FakeContext();
  for (let i = 0; i < n; i++) await insertTemplate(ctx, valueContract({ example: i === 0, contractName: `Contract ${i + 1}` }), {}, ALL);
  return ctx;
}

describe("refreshPortfolio", () => {
  test("builds the portfolio over every contract, then refreshes it in place: links survive and a kept copy is untouched", async () => {
    const ctx = await withContracts(2);
    const first = await refreshPortfolio(ctx, ALL, when);
    expect(first).toMatchObject({ sheet: "Portfolio", created: true, contracts: ["Value Contract", "Value Contract (2)"] });
    const deck = new SheetModel("Deck");
    deck.cell("A1").formula = "=Portfolio!B5";
    ctx.model.sheets.push(deck);
    const kept = ctx.model.sheet("Portfolio").clone("Portfolio for November");
    ctx.model.sheets.push(kept);
    const keptCells = JSON.stringify([...kept.cells]);
    await insertTemplate(ctx, valueContract({ contractName: "Third" }), {}, ALL);
    const again = await refreshPortfolio(ctx, ALL, when);
    expect(again).toMatchObject({ sheet: "Portfolio", created: false });
    expect(again.contracts).toHaveLength(3);
    expect(ctx.model.sheet("Deck").cell("A1").formula).toBe("=Portfolio!B5");
    expect(JSON.stringify([...ctx.model.sheet("Portfolio for November").cells])).toBe(keptCells);
    expect(ctx.model.sheets.filter((s) => s.name.startsWith("Portfolio"))).toHaveLength(2);
  });

  test("costs the same syncs for 3 contracts as for 60, each request and response under 5 MB", async () => {
    const counts: number[] = [];
    for (const n of [3, 60]) {
      const ctx = await withContracts(n);
      const before = ctx.syncs;
      await refreshPortfolio(ctx, ALL, when);
      counts.push(ctx.syncs - before);
      expect(Math.max(...ctx.requestBytes, ...ctx.responseBytes)).toBeLessThan(5_000_000);
    }
    expect(counts[0]).toBe(counts[1]);
  }, 300_000);
});
