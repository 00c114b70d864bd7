/*
 * Observed prices offered to the Price Book: written into its empty rows only, each with
 * its FOCUS source and month; nothing already there changes, and offering twice adds nothing.
 */
import { insertTemplate } from "../../src/office/insert";
import { appendObservedPrices, NO_PRICE_BOOK, PRICE_BOOK_SYNCS, priceBookRows } from "../../src/office/priceBookAppend";
import { priceBook } from "../../src/templates/priceBook";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fixture, generatedLedger, ledgerOf } from "../billing/ledgers";
import { fakeSnapshot } from "../helpers/snapshot";

const ledger = ledgerOf([fixture("multi_model_usage.csv"), fixture("ai_prompt_caching_a.csv")]);

describe("appendObservedPrices", () => {
  it("adds one dated row per model and month below the existing rows, and nothing twice", async () => {
    const ctx = new FakeContext();
    await insertTemplate(ctx, priceBook(), {}, requirementsUpTo("1.12"));
    const sheet = ctx.model.sheet("Price Book");
    const before = new Map([...sheet.cells].map(([ref, c]) => [ref, { ...c, format: { ...c.format } }]));
    const result = await appendObservedPrices(ctx, ledger);
    expect(result).toEqual({ sheet: "Price Book", added: 3, present: 0, noRoom: 0, refused: null });
    // Every cell that held something before holds the same.
    for (const [ref, c] of before) if (c.value !== undefined || c.formula !== undefined) expect(sheet.cells.get(ref)).toEqual(c);
    const rows = [...sheet.cells].filter(([, c]) => c.value === "From FOCUS export").map(([ref]) => Number(ref.slice(1)));
    const row = (r: number) => "ABCDEFGHIJ".split("").map((c) => sheet.cells.get(`${c}${r}`)?.value ?? "");
    expect(rows.map(row)).toEqual([
      ["From FOCUS export", "solora-atlas-5.4-mini", 0.75, 4.5, "", "", "", 45778, "FOCUS export multi_model_usage.csv, 2025-05 (USD)", ""],
      ["From FOCUS export", "solora-atlas-5.5", 5, 25, "", "", "", 45778, "FOCUS export multi_model_usage.csv, 2025-05 (USD)", ""],
      ["From FOCUS export", "solora-reasoning-pro", 3, 15, 0.3, 3.75, "", 45658, "FOCUS export ai_prompt_caching_a.csv, 2025-01 (USD)", ""],
    ]);
    expect(await appendObservedPrices(ctx, ledger)).toEqual({ sheet: "Price Book", added: 0, present: 3, noRoom: 0, refused: null });
  });

  it("says when the workbook has no Price Book", async () => {
    expect(await appendObservedPrices(new FakeContext(), ledger)).toEqual({ sheet: null, added: 0, present: 0, noRoom: 0, refused: NO_PRICE_BOOK });
  });

  it("costs a fixed number of syncs whatever the ledger, two without a Price Book, and fills only the free rows", async () => {
    const ctx = new FakeContext();
    await insertTemplate(ctx, priceBook(), {}, requirementsUpTo("1.12"));
    const many = generatedLedger(2, 3000);
    const offered = priceBookRows(many).length;
    // More prices than the table's twelve free rows: the rest are counted, never written over anything.
    expect(offered).toBeGreaterThan(12);
    let before = ctx.syncs;
    expect(await appendObservedPrices(ctx, many)).toEqual({ sheet: "Price Book", added: 12, present: 0, noRoom: offered - 12, refused: null });
    expect(ctx.syncs - before).toBe(PRICE_BOOK_SYNCS);
    before = ctx.syncs;
    expect(await appendObservedPrices(ctx, many)).toEqual({ sheet: "Price Book", added: 0, present: 12, noRoom: offered - 12, refused: null });
    expect(ctx.syncs - before).toBe(PRICE_BOOK_SYNCS - 1);
    const empty = new FakeContext();
    before = empty.syncs;
    await appendObservedPrices(empty, many);
    expect(empty.syncs - before).toBe(2);
  });

  it("refuses, writing nothing, a Price Book whose table header the user changed", async () => {
    const ctx = new FakeContext();
    await insertTemplate(ctx, priceBook(), {}, requirementsUpTo("1.12"));
    const sheet = ctx.model.sheet("Price Book");
    const header = [...sheet.cells].find(([, c]) => c.value === "Provider")![0];
    sheet.cell(header).value = "Vendor";
    const before = fakeSnapshot(ctx, "Price Book");
    const result = await appendObservedPrices(ctx, ledger);
    expect(result.refused).toBe("“Price Book” has no price table (no row starts “Provider”, “Model”), so no price was added.");
    expect(result.added).toBe(0);
    expect(fakeSnapshot(ctx, "Price Book")).toEqual(before);
  });
});
