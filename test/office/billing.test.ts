/*
 * The AI Billing sheet written into the open workbook: a fixed number of syncs whatever the
 * ledger's size, every request under 5 MB, a re-import that rewrites the same sheet in place
 * (names re-pointed, never deleted), the user's reconciliation inputs kept by key and month,
 * and a refused call that leaves the workbook as it was or truthfully marked.
 */
import { EMPTY_LEDGER, MAX_LINES } from "../../src/billing";
import { BILLING_SYNCS, BillingWriteError, INCOMPLETE, REQUEST_BUDGET, writeBillingSheet } from "../../src/office/billing";
import { BILLING_NAMES, BILLING_READ_NAMES } from "../../src/templates/aiBilling";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { TEMPLATE_MARKS } from "../../src/templates/marks";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fakeSnapshot } from "../helpers/snapshot";
import { fixture, generatedLedger, ledgerOf, syntheticLedger } from "../billing/ledgers";

const options = { requirements: requirementsUpTo("1.12"), importedAt: "2026-11-27 15:30" };
const FIVE_MB = 5 * 1024 * 1024;

async function write(ctx: FakeContext, ledger: Parameters<typeof writeBillingSheet>[1], extra: Partial<typeof options> = {}) {
  const before = ctx.syncs;
  const result = await writeBillingSheet(ctx, ledger, { ...options, ...extra });
  return { result, syncs: ctx.syncs - before };
}

/** The cell of `name`'s range in column `col`, on the row whose column A reads `key` and whose month cell is `month`. */
function rowOf(ctx: FakeContext, sheet: string, name: string, key: string, month?: number): number {
  const s = ctx.model.sheet(sheet);
  const ref = s.names.find((n) => n.name === name)!.ref;
  const [top, bottom] = ref.replace(/[A-Z$]/g, "").split(":").map(Number);
  for (let r = top; r <= bottom; r++) if (s.cells.get(`A${r}`)?.value === key && (month === undefined || s.cells.get(`B${r}`)?.value === month)) return r;
  throw new Error(`no ${key} in ${name}`);
}

const ACCOUNT = { column: "BillingAccountId" };
/** 2025-01-01, the month of ai_model_identity_a.csv. */
const JANUARY = 45658;

describe("writeBillingSheet", () => {
  const small = ledgerOf([fixture("multi_model_usage.csv", ACCOUNT)]);

  it("writes a new marked sheet in a fixed number of syncs, with the names a contract reads", async () => {
    const ctx = new FakeContext();
    const { result, syncs } = await write(ctx, small);
    expect(result).toMatchObject({ sheet: "AI Billing", created: true, dropped: [] });
    expect(syncs).toBe(BILLING_SYNCS);
    const names = ctx.model.sheet("AI Billing").names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining([TEMPLATE_MARKS.aiBilling, ...Object.values(BILLING_NAMES), ...Object.values(BILLING_READ_NAMES)]));
    expect(ctx.model.sheet("AI Billing").cells.get("B3")?.formula).toMatch(/^=\$B\$\d+$/);
  });

  it("costs the same syncs for a ledger ten times larger, and keeps every request under 5 MB", async () => {
    const one = new FakeContext();
    const ten = new FakeContext();
    const base = generatedLedger(1, 3000);
    const large = generatedLedger(10, 3000);
    expect(large.lines.length).toBeGreaterThanOrEqual(9 * base.lines.length);
    const a = await write(one, base);
    const b = await write(ten, large);
    expect(b.syncs).toBe(a.syncs);
    expect(Math.max(...ten.requestBytes)).toBeLessThan(FIVE_MB);
  }, 120_000);

  it(`writes the largest ledger the import keeps (${MAX_LINES.toLocaleString("en-US")} lines) under 5 MB a request`, async () => {
    const ctx = new FakeContext();
    const { result, syncs } = await write(ctx, syntheticLedger(MAX_LINES));
    expect(syncs).toBe(BILLING_SYNCS);
    const largest = Math.max(...ctx.requestBytes);
    expect(largest).toBeLessThan(FIVE_MB);
    expect(result.largestRequest).toBeLessThanOrEqual(REQUEST_BUDGET);
    console.log(`AI Billing, ${MAX_LINES} lines: ${syncs} syncs, largest request ${largest.toLocaleString("en-US")} bytes (${ctx.requestBytes.map((n) => n.toLocaleString("en-US")).join(", ")})`);

    // A later session writes (nothing new fits beside them): the 50,000 lines are read back, every response under 5 MB, and kept.
    const before = ctx.responseBytes.length;
    const later = await write(ctx, EMPTY_LEDGER);
    expect(later.syncs).toBe(BILLING_SYNCS);
    const responses = ctx.responseBytes.slice(before);
    expect(Math.max(...responses)).toBeLessThan(FIVE_MB);
    expect(Math.max(...ctx.requestBytes.slice(-BILLING_SYNCS))).toBeLessThan(FIVE_MB);
    const records = ctx.model.sheet("AI Billing").names.find((n) => n.name === BILLING_READ_NAMES.LineRecords)!.ref;
    const [top, bottom] = records.replace(/[A-Z$]/g, "").split(":").map(Number);
    expect(bottom - top + 1).toBe(MAX_LINES);
    console.log(`AI Billing, ${MAX_LINES} lines kept by a later import: responses ${responses.map((n) => n.toLocaleString("en-US")).join(", ")} bytes`);
  }, 600_000);

  it("re-importing the same ledger rewrites the same sheet in place and leaves it identical", async () => {
    const ctx = new FakeContext();
    await write(ctx, small);
    const before = fakeSnapshot(ctx, "AI Billing");
    ctx.log.length = 0;
    const { result, syncs } = await write(ctx, small, { importedAt: "2026-12-01 09:00" });
    expect(result).toMatchObject({ sheet: "AI Billing", created: false });
    expect(syncs).toBe(BILLING_SYNCS);
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(["AI Billing"]);
    expect(ctx.log).not.toContain("worksheet.delete");
    expect(ctx.log).not.toContain("names.add");
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });

  it("re-points the names when the table grows, and keeps the user's inputs by key and month", async () => {
    const ctx = new FakeContext();
    const first = fixture("ai_model_identity_a.csv", ACCOUNT);
    await write(ctx, ledgerOf([first]));
    const sheet = ctx.model.sheet("AI Billing");
    const key = "acct-1001";
    // The user maps the key and enters January's completed tasks.
    sheet.cell(`B${rowOf(ctx, "AI Billing", BILLING_READ_NAMES.Mapping, key)}`).formula = "='Workflow Cost'!CostPerTask";
    sheet.cell(`E${rowOf(ctx, "AI Billing", BILLING_READ_NAMES.Tasks, key, JANUARY)}`).value = 1234;
    const effectiveBefore = sheet.names.find((n) => n.name === BILLING_NAMES.EffectiveCost)!.ref;

    const { result } = await write(ctx, ledgerOf([first, fixture("multi_model_usage.csv", ACCOUNT)]));
    expect(result.created).toBe(false);
    const after = ctx.model.sheet("AI Billing");
    expect(after).toBe(sheet);
    expect(after.names.find((n) => n.name === BILLING_NAMES.EffectiveCost)!.ref).not.toBe(effectiveBefore);
    expect(after.cells.get(`B${rowOf(ctx, "AI Billing", BILLING_READ_NAMES.Mapping, key)}`)?.formula).toBe("='Workflow Cost'!CostPerTask");
    expect(after.cells.get(`E${rowOf(ctx, "AI Billing", BILLING_READ_NAMES.Tasks, key, JANUARY)}`)?.value).toBe(1234);
  });

  it("never rewrites a board pack's frozen copy", async () => {
    const ctx = new FakeContext();
    await write(ctx, small);
    const copy = ctx.model.sheet("AI Billing").clone("AI Billing (frozen)");
    copy.names.push({ name: FROZEN_MARK, ref: "A1" });
    ctx.model.sheets.unshift(copy);
    const frozen = fakeSnapshot(ctx, "AI Billing (frozen)");
    const { result } = await write(ctx, ledgerOf([fixture("ai_model_identity_a.csv", ACCOUNT)]));
    expect(result.sheet).toBe("AI Billing");
    expect(fakeSnapshot(ctx, "AI Billing (frozen)")).toEqual(frozen);
  });

  it("removes a new sheet Excel refused part of, and says the workbook is unchanged", async () => {
    const ctx = new FakeContext();
    ctx.failOn = "range.formulas";
    await expect(writeBillingSheet(ctx, small, options)).rejects.toMatchObject({ workbook: "unchanged" });
    expect(ctx.model.sheets).toEqual([]);
  });

  it("marks a sheet Excel refused part of rewriting as incomplete, and says so", async () => {
    const ctx = new FakeContext();
    await write(ctx, small);
    ctx.failOn = "name.formula";
    const error = await writeBillingSheet(ctx, small, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BillingWriteError);
    expect(error).toMatchObject({ workbook: "incomplete" });
    expect(ctx.model.sheet("AI Billing").cells.get("B3")?.value).toBe(INCOMPLETE);
  });

  it("says the sheet is as it was when Excel refuses the first command", async () => {
    const ctx = new FakeContext();
    await write(ctx, small);
    const before = fakeSnapshot(ctx, "AI Billing");
    ctx.failOn = "range.clear.All";
    await expect(writeBillingSheet(ctx, small, options)).rejects.toMatchObject({ workbook: "unchanged" });
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });
});
