/*
 * The reconciliation's mapping from the pane's side: which sheets a key can be linked to
 * (by mark and name, never title; frozen copies and sheets without CostPerTask refused), the
 * native link the write puts in, a mapping already on the sheet kept, the tasks the user typed
 * kept, and a sheet renamed between the read and the write left unlinked with a warning.
 */
import { insertTemplate } from "../../src/office/insert";
import { writeBillingSheet } from "../../src/office/billing";
import { linkedSheet, readBillingState } from "../../src/office/billingState";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { BILLING_READ_NAMES } from "../../src/templates/aiBilling";
import { priceBook } from "../../src/templates/priceBook";
import { workflowCost } from "../../src/templates/workflowCost";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fixture, ledgerOf } from "../billing/ledgers";

const requirements = requirementsUpTo("1.12");
const options = { requirements, importedAt: "2026-11-27 15:30" };
const ACCOUNT = { column: "BillingAccountId" };
const KEY = "acct-1001";
/** 2025-01-01, the month of ai_model_identity_a.csv. */
const JANUARY = 45658;
const ledger = ledgerOf([fixture("ai_model_identity_a.csv", ACCOUNT)]);

/** The row of `name`'s block whose column A is `key` (and column B `month`, when given). */
function rowOf(ctx: FakeContext, name: string, key: string, month?: number): number {
  const s = ctx.model.sheet("AI Billing");
  const [top, bottom] = s.names.find((n) => n.name === name)!.ref.replace(/[A-Z$]/g, "").split(":").map(Number);
  for (let r = top; r <= bottom; r++) if (s.cells.get(`A${r}`)?.value === key && (month === undefined || s.cells.get(`B${r}`)?.value === month)) return r;
  throw new Error(`no ${key} in ${name}`);
}

async function withModels(...names: string[]): Promise<FakeContext> {
  const ctx = new FakeContext();
  for (const name of names) {
    await insertTemplate(ctx, workflowCost(), {}, requirements);
    ctx.model.rename(ctx.model.sheets[ctx.model.sheets.length - 1], name);
  }
  return ctx;
}

describe("readBillingState", () => {
  it("finds Workflow Cost Models and the Price Book by their marks in 2 syncs, 3 with an AI Billing sheet", async () => {
    // The last name is one Excel forbids ([ ]): a corrupt file or a hostile host could still report it.
    const ctx = await withModels("Support model", "Bob's (2026) model!", "Bad [name]");
    await insertTemplate(ctx, priceBook(), {}, requirements);
    ctx.model.rename(ctx.model.sheet("Price Book"), "Prices");
    // A frozen copy, and a marked sheet that lost its CostPerTask, cannot be linked to.
    const copy = ctx.model.sheet("Support model").clone("Support model (frozen)");
    copy.names.push({ name: FROZEN_MARK, ref: "A1" });
    ctx.model.sheets.push(copy);
    const broken = ctx.model.sheet("Support model").clone("No cost");
    broken.names.splice(broken.names.findIndex((n) => n.name === "CostPerTask"), 1);
    ctx.model.sheets.push(broken);

    let before = ctx.syncs;
    const state = await readBillingState(ctx);
    expect(ctx.syncs - before).toBe(2);
    expect(state).toEqual({ listed: new Map(), mapping: new Map(), workflowSheets: ["Support model", "Bob's (2026) model!"], priceBook: "Prices" });

    await writeBillingSheet(ctx, ledger, options);
    before = ctx.syncs;
    const after = await readBillingState(ctx);
    expect(ctx.syncs - before).toBe(3);
    expect([...after.listed.values()]).toEqual(["ai_model_identity_a.csv"]);
    expect(after.mapping).toEqual(new Map([[KEY, undefined]]));
  });
});

describe("the mapping the pane hands the write", () => {
  it("links the key's cost per completed task to the chosen sheet's CostPerTask, quoted as Excel requires", async () => {
    const ctx = await withModels("Bob's model");
    const { warnings, linked } = await writeBillingSheet(ctx, ledger, { ...options, workflowSheets: new Map([[KEY, "Bob's model"]]) });
    expect({ warnings, linked }).toEqual({ warnings: [], linked: 1 });
    const formula = ctx.model.sheet("AI Billing").cells.get(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`)?.formula;
    expect(formula).toBe("='Bob''s model'!CostPerTask");
    const state = await readBillingState(ctx);
    expect(linkedSheet(state.mapping.get(KEY), state.workflowSheets)).toBe("Bob's model");
    // The monthly row reads it through the mapping row; completed tasks stay an empty input.
    const month = rowOf(ctx, BILLING_READ_NAMES.Tasks, KEY, JANUARY);
    expect(ctx.model.sheet("AI Billing").cells.get(`D${month}`)?.formula).toContain(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`);
    expect(ctx.model.sheet("AI Billing").cells.get(`E${month}`)?.formula).toBeUndefined();
  });

  it("keeps the mapping and the task counts the user made when the same file is imported again", async () => {
    const ctx = await withModels("Support model", "Sales model");
    await writeBillingSheet(ctx, ledger, { ...options, workflowSheets: new Map([[KEY, "Support model"]]) });
    const sheet = ctx.model.sheet("AI Billing");
    sheet.cell(`E${rowOf(ctx, BILLING_READ_NAMES.Tasks, KEY, JANUARY)}`).value = 1234;

    // A later import proposes another sheet for the key: what is on the sheet wins.
    expect((await writeBillingSheet(ctx, ledger, { ...options, workflowSheets: new Map([[KEY, "Sales model"]]) })).linked).toBe(0);
    expect(sheet.cells.get(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`)?.formula).toBe("='Support model'!CostPerTask");
    expect(sheet.cells.get(`E${rowOf(ctx, BILLING_READ_NAMES.Tasks, KEY, JANUARY)}`)?.value).toBe(1234);

    // A number the user typed instead of a link is kept too.
    sheet.cell(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`).value = 0.42;
    sheet.cell(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`).formula = undefined;
    await writeBillingSheet(ctx, ledger, { ...options, workflowSheets: new Map([[KEY, "Sales model"]]) });
    expect(sheet.cells.get(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`)?.value).toBe(0.42);
    expect(sheet.cells.get(`E${rowOf(ctx, BILLING_READ_NAMES.Tasks, KEY, JANUARY)}`)?.value).toBe(1234);
  });

  it("leaves a key not mapped, and says why, when its sheet was renamed or is no model", async () => {
    const ctx = await withModels("Support model");
    ctx.model.rename(ctx.model.sheet("Support model"), "Renamed");
    const { warnings, linked } = await writeBillingSheet(ctx, ledger, { ...options, workflowSheets: new Map([[KEY, "Support model"]]) });
    expect(linked).toBe(0);
    expect(warnings).toEqual(["“Support model” is no longer a Workflow Cost Model in this workbook, so “acct-1001” was left not mapped."]);
    expect(ctx.model.sheet("AI Billing").cells.get(`B${rowOf(ctx, BILLING_READ_NAMES.Mapping, KEY)}`)?.formula).toBeUndefined();
  });
});

describe("linkedSheet", () => {
  it("reads back exactly the links the pane writes, and nothing else", () => {
    const sheets = ["Support model", "Bob's model", "Plain"];
    expect(linkedSheet("='Bob''s model'!CostPerTask", sheets)).toBe("Bob's model");
    expect(linkedSheet("=Plain!CostPerTask", sheets)).toBe("Plain");
    expect(linkedSheet("='support MODEL'!costpertask", sheets)).toBe("Support model");
    expect(linkedSheet("='Support model'!CostPerTask*2", sheets)).toBeNull();
    expect(linkedSheet("='Elsewhere'!CostPerTask", sheets)).toBeNull();
    expect(linkedSheet(0.42, sheets)).toBeNull();
    expect(linkedSheet(undefined, sheets)).toBeNull();
  });
});
