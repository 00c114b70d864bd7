/*
 * The AI Billing sheet as the durable home of the ledger: an import in a later session (a
 * fresh ledger, the earlier one gone with the pane) keeps every file already on the sheet,
 * exactly, replaces a file imported again, and refuses a sheet whose exact records were edited.
 */
import { addDecimal, checkLedger, decimalToString, EMPTY_LEDGER, ZERO } from "../../src/billing";
import { BILLING_SYNCS, writeBillingSheet } from "../../src/office/billing";
import { BILLING_READ_NAMES } from "../../src/templates/aiBilling";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fakeSnapshot } from "../helpers/snapshot";
import { fixture, ledgerOf } from "../billing/ledgers";

const options = { requirements: requirementsUpTo("1.12"), importedAt: "2026-11-27 15:30" };
const a = fixture("ai_model_identity_a.csv");
const b = fixture("multi_model_usage.csv");

/** The rows of the block `name` covers. */
function rowsOf(ctx: FakeContext, name: string): number[] {
  const ref = ctx.model.sheet("AI Billing").names.find((n) => n.name === name)!.ref;
  const [top, bottom] = ref.replace(/[A-Z$]/g, "").split(":").map(Number);
  return Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
}

/** Rewrites the stored record in column T of `row` through `edit`. */
function tamper(ctx: FakeContext, row: number, edit: (record: string) => string): void {
  const cell = ctx.model.sheet("AI Billing").cell(`T${row}`);
  cell.value = edit(String(cell.value));
}

async function session(ctx: FakeContext, ...files: (typeof a)[]) {
  const before = ctx.syncs;
  const result = await writeBillingSheet(ctx, ledgerOf(files), options);
  return { result, syncs: ctx.syncs - before };
}

describe("the AI Billing sheet keeps the ledger between sessions", () => {
  it("keeps file A when file B is imported in a later session: the sheet equals both imported at once", async () => {
    const later = new FakeContext();
    await session(later, a);
    const { result, syncs } = await session(later, b);
    expect(result.dropped).toEqual([]);
    expect(syncs).toBe(BILLING_SYNCS);
    // The same history but one session: rewriting in place leaves Excel's row heights, so both start from A.
    const once = new FakeContext();
    await session(once, a);
    await session(once, a, b);
    expect(fakeSnapshot(later, "AI Billing")).toEqual(fakeSnapshot(once, "AI Billing"));
  });

  it("shows per currency the exact sums of both files, to the cent", async () => {
    const ctx = new FakeContext();
    await session(ctx, a);
    await session(ctx, b);
    const both = ledgerOf([a, b]);
    const sheet = ctx.model.sheet("AI Billing");
    const rows = rowsOf(ctx, BILLING_READ_NAMES.LineRecords);
    for (const t of checkLedger(both)) {
      const own = [a, b].flatMap((f) => f.provenance.totals.kept).filter((k) => k.currency === t.currency);
      const exact = (part: "billed" | "effective") => decimalToString(own.reduce((n, k) => addDecimal(n, k[part]), ZERO), 2);
      const shown = (col: string) => rows.filter((r) => sheet.cells.get(`C${r}`)?.value === t.currency).reduce((n, r) => n + Number(sheet.cells.get(`${col}${r}`)?.value), 0);
      expect(shown("K").toFixed(2)).toBe(exact("billed"));
      expect(shown("L").toFixed(2)).toBe(exact("effective"));
    }
    expect(checkLedger(both).every((c) => c.matches)).toBe(true);
  });

  it("replaces a file imported again in a later session, leaving the sheet identical", async () => {
    const ctx = new FakeContext();
    await session(ctx, a, b);
    const before = fakeSnapshot(ctx, "AI Billing");
    await session(ctx, a);
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
    await session(ctx, b);
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });

  it("keeps every file when the pane writes an empty ledger", async () => {
    const ctx = new FakeContext();
    await session(ctx, a, b);
    const before = fakeSnapshot(ctx, "AI Billing");
    await writeBillingSheet(ctx, EMPTY_LEDGER, options);
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });

  /** Changes the `i`th field of a line's record, leaving it valid JSON. */
  const field = (i: number, edit: (v: string) => string) => (record: string) => {
    const f = JSON.parse(record) as string[];
    f[i] = edit(f[i]);
    return JSON.stringify(f);
  };
  const edits: [string, string, (ctx: FakeContext) => number, (r: string) => string, RegExp][] = [
    ["a stored decimal", "line", (ctx) => rowsOf(ctx, BILLING_READ_NAMES.LineRecords)[0], field(9, () => "1e3"), /is not an exact decimal/],
    ["a stored amount, still a decimal", "line", (ctx) => rowsOf(ctx, BILLING_READ_NAMES.LineRecords)[0], field(9, (v) => (v === "0" ? "1" : "0")), /no longer add up/],
    ["a file's SHA-256", "file", (ctx) => rowsOf(ctx, BILLING_READ_NAMES.FileRecords)[0], (r) => r.replace(/"sha256":"[0-9a-f]{4}/, '"sha256":"zz'), /64 hexadecimal digits/],
    ["a currency code", "file", (ctx) => rowsOf(ctx, BILLING_READ_NAMES.FileRecords)[0], (r) => r.replace(/"USD"/, '"US"'), /3-letter currency code/],
    ["the record's JSON", "line", (ctx) => rowsOf(ctx, BILLING_READ_NAMES.LineRecords).slice(-1)[0], (r) => r.slice(1), /not readable/],
  ];
  it.each(edits)("refuses a sheet whose %s was edited (%s record), naming the row, and changes nothing", async (_what, _kind, rowOf, edit, why) => {
    const ctx = new FakeContext();
    await session(ctx, a, b);
    const row = rowOf(ctx);
    tamper(ctx, row, edit);
    const before = fakeSnapshot(ctx, "AI Billing");
    const error = await writeBillingSheet(ctx, ledgerOf([b]), options).catch((e: unknown) => e);
    // A line that still parses is caught by its file's totals: the message names the file's row (A's, listed first).
    const named = why.source.includes("add up") ? rowsOf(ctx, BILLING_READ_NAMES.FileRecords)[0] : row;
    expect(error).toMatchObject({ workbook: "unchanged", message: expect.stringMatching(new RegExp(`row ${named}: .*${why.source}`)) });
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });

  it("refuses a file imported by another allocation key than the files already on the sheet", async () => {
    const ctx = new FakeContext();
    await session(ctx, a);
    const before = fakeSnapshot(ctx, "AI Billing");
    const other = fixture("multi_model_usage.csv", { column: "BillingAccountId" });
    await expect(writeBillingSheet(ctx, ledgerOf([other]), options)).rejects.toMatchObject({ workbook: "unchanged" });
    expect(fakeSnapshot(ctx, "AI Billing")).toEqual(before);
  });
});
