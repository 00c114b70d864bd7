/*
 * The worked example as Excel with the add-in would hold it: the templates inserted
 * into the recording fake by the Office.js writer, and every formula cell given the value
 * HyperFormula (with the AIVALUE plugin) computes for it.
 */
import { DetailedCellError } from "hyperformula";
import { writeBillingSheet } from "../../src/office/billing";
import { insertTemplate } from "../../src/office/insert";
import { EXAMPLE_IMPORTED_AT, EXAMPLE_KEY, EXAMPLE_TASK_INPUTS, exampleLedger } from "../../scripts/xlsx/billingExample";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { trackerHalfYear } from "../../src/templates/measurementTracker/halfYear";
import { priceBook } from "../../src/templates/priceBook";
import { valueContract } from "../../src/templates/valueContract";
import { EXAMPLE_AS_OF, EXAMPLE_LINKS, workedExample } from "../../scripts/xlsx/workedExample";
import { findContracts, portfolio } from "../../src/templates/portfolio";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE } from "../../src/templates/valueContract/examples";
import { exampleContract } from "../../src/templates/valueContract/variant";
import { workflowCost } from "../../src/templates/workflowCost";
import { FakeContext, requirementsUpTo } from "./excelFake";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";

/** The worked example's templates inserted into a new fake, and its AI Billing sheet imported, as the pane would; formulas uncomputed. */
export async function insertWorkedExample(): Promise<FakeContext> {
  const ctx = new FakeContext();
  const options = { example: true };
  const all = requirementsUpTo("1.12");
  // The contract goes first, as in the file, so its links are given to the template but not to the insert's check of sheets present.
  await insertTemplate(ctx, valueContract({ ...options, ...EXAMPLE_LINKS }), options, all);
  await insertTemplate(ctx, evidenceLadder(options), options, all);
  await insertTemplate(ctx, workflowCost(options), options, all);
  await insertTemplate(ctx, priceBook(), options, all);
  await insertTemplate(ctx, trackerHalfYear(options), options, all);
  await insertTemplate(ctx, exampleContract(AGENT_EXAMPLE, options), options, all);
  await insertTemplate(ctx, exampleContract(ASSISTANT_EXAMPLE, options), options, all);
  const sheets = ctx.model.sheets.map((s) => ({ name: s.name, names: new Set(s.names.map((n) => n.name.toLowerCase())) }));
  await insertTemplate(ctx, portfolio(findContracts(sheets), EXAMPLE_AS_OF), options, all);
  const billing = { workflowSheets: new Map([[EXAMPLE_KEY, "Workflow Cost"]]), tasks: EXAMPLE_TASK_INPUTS, importedAt: EXAMPLE_IMPORTED_AT };
  await writeBillingSheet(ctx, exampleLedger(), { requirements: all, ...billing });
  return ctx;
}

export async function exampleInFake(): Promise<FakeContext> {
  const ctx = await insertWorkedExample();
  const engine = await loadIntoHyperFormula(await workedExample().book.toBuffer());
  for (const sheet of ctx.model.sheets) {
    for (const [ref, cell] of sheet.cells) {
      if (cell.formula === undefined) continue;
      const v = engine.value(sheet.name, ref);
      if (v instanceof DetailedCellError) {
        cell.value = v.value;
        cell.valueType = "Error";
      } else cell.value = (v ?? "") as string | number | boolean;
    }
  }
  engine.hf.destroy();
  ctx.syncs = 0;
  return ctx;
}
