/*
 * Observed prices offered to the Price Book: written into its empty rows only, each with
 * its FOCUS source and month; nothing already there changes, and offering twice adds nothing.
 */
import { insertTemplate } from "../../src/office/insert";
import { appendObservedPrices } from "../../src/office/priceBookAppend";
import { priceBook } from "../../src/templates/priceBook";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fixture, ledgerOf } from "../billing/ledgers";

const ledger = ledgerOf([fixture("multi_model_usage.csv"), fixture("ai_prompt_caching_a.csv")]);

describe("appendObservedPrices", () => {
  it("adds one dated row per model and month below the existing rows, and nothing twice", async () => {
    const ctx = new FakeContext();
    await insertTemplate(ctx, priceBook(), {}, requirementsUpTo("1.12"));
    const sheet = ctx.model.sheet("Price Book");
    const before = new Map([...sheet.cells].map(([ref, c]) => [ref, { ...c, format: { ...c.format } }]));
    const result = await appendObservedPrices(ctx, ledger);
    expect(result).toEqual({ sheet: "Price Book", added: 3, present: 0, noRoom: 0 });
    // Every cell that held something before holds the same.
    for (const [ref, c] of before) if (c.value !== undefined || c.formula !== undefined) expect(sheet.cells.get(ref)).toEqual(c);
    const rows = [...sheet.cells].filter(([, c]) => c.value === "From FOCUS export").map(([ref]) => Number(ref.slice(1)));
    const row = (r: number) => "ABCDEFGHIJ".split("").map((c) => sheet.cells.get(`${c}${r}`)?.value ?? "");
    expect(rows.map(row)).toEqual([
      ["From FOCUS export", "solora-atlas-5.4-mini", 0.75, 4.5, "", "", "", 45778, "FOCUS export multi_model_usage.csv, 2025-05 (USD)", ""],
      ["From FOCUS export", "solora-atlas-5.5", 5, 25, "", "", "", 45778, "FOCUS export multi_model_usage.csv, 2025-05 (USD)", ""],
      ["From FOCUS export", "solora-reasoning-pro", 3, 15, 0.3, 3.75, "", 45658, "FOCUS export ai_prompt_caching_a.csv, 2025-01 (USD)", ""],
    ]);
    expect(await appendObservedPrices(ctx, ledger)).toEqual({ sheet: "Price Book", added: 0, present: 3, noRoom: 0 });
  });

  it("says when the workbook has no Price Book", async () => {
    expect(await appendObservedPrices(new FakeContext(), ledger)).toEqual({ sheet: null, added: 0, present: 0, noRoom: 0 });
  });
});
