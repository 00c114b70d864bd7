/*
 * The AI Billing sheet computed: for every published FOCUS example, the sheet's native
 * SUMIFS totals equal the file's own exact sums to the cent, the master check reads OK, and
 * the tokens and observed prices equal the import's (which publishedExamples.test.ts pins to
 * each appendix); the Office.js billing writer writes exactly what
 * the generic template writer writes; the worked example reconciles with a real variance.
 */
import { readdirSync } from "fs";
import { checkLedger, decimalToString, priceRows } from "../../src/billing";
import { insertTemplate } from "../../src/office/insert";
import { writeBillingSheet } from "../../src/office/billing";
import { aiBilling, BILLING_READ_NAMES, NO_INPUTS } from "../../src/templates/aiBilling";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";
import { fakeSnapshot } from "../helpers/snapshot";
import { FIXTURES, fixture, ledgerOf } from "../billing/ledgers";

const SHEET = "AI Billing";

/** The rows of a labelled block: every row whose column A reads `text`. */
function rowsLabelled(hf: LoadedWorkbook, text: string, last = 400): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= last; r++) if (hf.value(SHEET, `A${r}`) === text) rows.push(r);
  return rows;
}

async function computed(spec: ReturnType<typeof aiBilling>): Promise<LoadedWorkbook> {
  const book = new XlsxBook();
  book.insert(spec);
  return loadIntoHyperFormula(await book.toBuffer());
}

const examples = readdirSync(FIXTURES).filter((f) => f.endsWith(".csv"));

describe.each(examples)("the AI Billing sheet of %s", (name) => {
  const ledger = ledgerOf([fixture(name, { column: "BillingAccountId" })]);

  it("totals BilledCost and EffectiveCost natively to the cent of the file's own sums, and passes its master check", async () => {
    const hf = await computed(aiBilling(ledger));
    const [check] = checkLedger(ledger);
    const [table] = rowsLabelled(hf, "The table (SUMIFS)");
    expect(Number(hf.value(SHEET, `K${table}`)).toFixed(2)).toBe(check.text.filesBilled);
    expect(Number(hf.value(SHEET, `L${table}`)).toFixed(2)).toBe(check.text.filesEffective);
    expect(hf.named(SHEET, "MasterCheck")).toBe("OK");
    const observed = priceRows(ledger).prices;
    const priceRowsOnSheet = [];
    for (let r = 1; r <= 200; r++) if (typeof hf.value(SHEET, `M${r}`) === "number" && hf.value(SHEET, `E${r}`) !== null && hf.value(SHEET, `A${r}`) === null) priceRowsOnSheet.push(r);
    expect(priceRowsOnSheet.map((r) => [hf.value(SHEET, `D${r}`), hf.value(SHEET, `E${r}`)])).toEqual(
      [...observed].sort((a, b) => (a.model + a.kind < b.model + b.kind ? -1 : 1)).map((p) => [p.model, p.kind]),
    );
    priceRowsOnSheet.forEach((r, i) => {
      const p = [...observed].sort((a, b) => (a.model + a.kind < b.model + b.kind ? -1 : 1))[i];
      expect(hf.value(SHEET, `J${r}`)).toBe(Number(decimalToString(p.tokens)));
      expect(Math.abs(Number(hf.value(SHEET, `M${r}`)) - p.perMillion)).toBeLessThanOrEqual(1e-9 * Math.max(1, p.perMillion));
    });
    const billed = rowsLabelled(hf, "acct-1001")[1];
    console.log(`${name}: billed ${check.text.filesBilled}, effective ${check.text.filesEffective}; reconciliation acct-1001 billed EffectiveCost ${hf.value(SHEET, `G${billed}`)}`);
    hf.hf.destroy();
  });
});

describe("the Office.js billing writer", () => {
  it("writes the same sheet as the template writer, whatever its batching", async () => {
    const ledger = ledgerOf([fixture("drawdown_via_prepayment_foundation_model_api.csv"), fixture("multi_model_usage.csv")]);
    const importedAt = new Map(ledger.files.map((f) => [f.sha256, "2026-11-27 15:30"]));
    const generic = new FakeContext();
    await insertTemplate(generic, aiBilling(ledger, { ...NO_INPUTS, importedAt }), {}, requirementsUpTo("1.12"));
    const billing = new FakeContext();
    await writeBillingSheet(billing, ledger, { requirements: requirementsUpTo("1.12"), importedAt: "2026-11-27 15:30" });
    const written = fakeSnapshot(billing, SHEET);
    // The billing writer puts the master check back last; the generic writer never wrote the marker.
    expect(written).toEqual(fakeSnapshot(generic, SHEET));
    expect(written.names).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${BILLING_READ_NAMES.Tasks}=`))]));
  });
});

describe("the worked example's AI Billing sheet", () => {
  it("reconciles the generated export with the Workflow Cost sheet: billed above modelled by a real variance", async () => {
    const hf = await loadIntoHyperFormula(await workedExample().book.toBuffer());
    const months = rowsLabelled(hf, "account-research-agent").slice(1, 4);
    expect(months).toHaveLength(3);
    const figures = months.map((r) => ({
      modelled: Number(hf.value(SHEET, `F${r}`)),
      billed: Number(hf.value(SHEET, `G${r}`)),
      share: Number(hf.value(SHEET, `I${r}`)),
    }));
    for (const f of figures) {
      expect(f.modelled).toBeGreaterThan(0);
      expect(f.share).toBeGreaterThan(0.03);
      expect(f.share).toBeLessThan(0.06);
      expect(Math.abs(f.billed - f.modelled * (1 + f.share))).toBeLessThan(1e-6);
    }
    expect(hf.named(SHEET, "MasterCheck")).toBe("OK");
    console.log(`worked example reconciliation: ${JSON.stringify(figures)}`);
    hf.hf.destroy();
  }, 120_000);
});
