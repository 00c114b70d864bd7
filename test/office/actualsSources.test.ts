/*
 * What the Templates tab offers a new contract to link to, read from the fake in three syncs:
 * ladders, trackers and billing sheets by their marks (never a frozen copy), and the keys billed there with
 * their currencies — validated, as anything a user can type into a sheet is. An insert that names a
 * sheet gone since the pane listed it is refused before anything is written.
 */
import { readActualsSources } from "../../src/office/actualsSources";
import { InsertError, insertTemplate } from "../../src/office/insert";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { valueContract } from "../../src/templates/valueContract";
import { billedKeys, isSheetName } from "../../src/templates/valueContract/sources";
import type { TemplateSpec } from "../../src/sheet/spec";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { billingStandIn, trackerStandIn } from "../helpers/linkedSheets";

const ALL = requirementsUpTo("1.12");
const named = (spec: TemplateSpec, name: string): TemplateSpec => ({ ...spec, sheets: [{ ...spec.sheets[0], name }] });

/** A workbook with a tracker whose name needs quoting, a frozen copy of it, and a billing sheet of awkward keys. */
async function workbook(): Promise<FakeContext> {
  const ctx = new FakeContext();
  await insertTemplate(ctx, named(trackerStandIn([["2026-01-01", 1]], "SIGNAL"), "Tracker's Q1"), {}, ALL);
  const frozen = named(trackerStandIn([["2026-01-01", 1]], "SIGNAL"), "Frozen tracker");
  frozen.sheets[0].names.push({ name: FROZEN_MARK, ref: "$A$1" });
  await insertTemplate(ctx, frozen, {}, ALL);
  const rows: [string, string, string, number][] = [
    ["2026-01-01", "lead-scoring-mm", "USD", 1],
    ["2026-02-01", "LEAD-SCORING-MM", "EUR", 1],
    ["2026-01-01", "<>team*?~", "USD", 1],
    ["2026-01-01", "=SUM(A1)", "USD", 1],
    ["2026-01-01", "0012", "USD", 1],
    ["2026-01-01", "   ", "USD", 1],
    ["2026-01-01", "tab\tkey", "USD", 1],
    ["2026-01-01", "x".repeat(256), "USD", 1],
    ["2026-01-01", "no-currency", "usd", 1],
  ];
  await insertTemplate(ctx, billingStandIn(rows), {}, ALL);
  await insertTemplate(ctx, evidenceLadder(), {}, ALL);
  ctx.syncs = 0;
  return ctx;
}

test("trackers and billing keys in three syncs: odd keys kept exactly, invalid ones and frozen copies left out", async () => {
  const ctx = await workbook();
  const sources = await readActualsSources(ctx);
  expect(ctx.syncs).toBe(3);
  expect(sources.trackers).toEqual(["Tracker's Q1"]);
  expect(sources.ladders).toEqual(["Evidence Ladder"]);
  expect(sources.billing).toEqual([
    {
      sheet: "AI Billing",
      keys: [
        { key: "<>team*?~", currencies: ["USD"] },
        { key: "=SUM(A1)", currencies: ["USD"] },
        { key: "0012", currencies: ["USD"] },
        // Excel compares text without case: one key, spelled as first seen, in both currencies.
        { key: "lead-scoring-mm", currencies: ["USD", "EUR"] },
      ],
    },
  ]);
});

test("a billing sheet whose key name is broken offers no keys, and nothing else is read", async () => {
  const ctx = await workbook();
  ctx.model.sheet("AI Billing").names.find((n) => n.name === "BillingKey")!.ref = "#REF!";
  const sources = await readActualsSources(ctx);
  expect(sources.billing).toEqual([{ sheet: "AI Billing", keys: [] }]);
  expect(ctx.syncs).toBe(2);
});

test("the pure checks: Excel's sheet-name rules, and keys read from cells", () => {
  expect(["Tracker's Q1", "AI Billing", "x".repeat(31)].every(isSheetName)).toBe(true);
  expect(["", "x".repeat(32), "a/b", "a[1]", "'quoted", "end'", "a:b", "a*", 42].some(isSheetName)).toBe(false);
  expect(billedKeys(["k", 7, null, "k2"], ["USD", "USD", "USD"])).toEqual([{ key: "k", currencies: ["USD"] }]);
});

test("an insert linking to a sheet that is no longer there is refused in one sync, and nothing is added", async () => {
  const ctx = await workbook();
  const options = { trackerSheet: "Tracker's Q1", billingSheet: "AI Billing (old)" };
  await expect(insertTemplate(ctx, valueContract(options), options, ALL)).rejects.toThrow(InsertError);
  await expect(insertTemplate(ctx, valueContract(options), options, ALL)).rejects.toThrow("“AI Billing (old)” the new sheet would link to is no longer in this workbook");
  expect(ctx.syncs).toBe(2);
  expect(ctx.model.sheets.map((s) => s.name)).toEqual(["Tracker's Q1", "Frozen tracker", "AI Billing", "Evidence Ladder"]);
  const ok = { trackerSheet: "tracker's q1", billingSheet: "AI Billing" };
  await insertTemplate(ctx, valueContract(ok), ok, ALL);
  expect(ctx.model.sheets).toHaveLength(5);
});
