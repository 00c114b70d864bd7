/*
 * The worked example: every template in one new workbook, filled coherently — the
 * seeds' lead-scoring model as a value contract, its evidence ladder, the 14-call agentic
 * workflow as a cost model, a price book of examples to verify, and the AI Billing sheet
 * of that workflow's FOCUS export (generated, or the exports given with --focus).
 */
import type { BillingInputs } from "../../src/templates/aiBilling";
import type { BillingLedger } from "../../src/billing";
import { aiBilling } from "../../src/templates/aiBilling";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { priceBook } from "../../src/templates/priceBook";
import { valueContract } from "../../src/templates/valueContract";
import { workflowCost } from "../../src/templates/workflowCost";
import { exampleInputs, exampleLedger } from "./billingExample";
import { XlsxBook } from "./writer";
import type { Plan } from "../../src/sheet/plan";

export interface WorkedExample {
  book: XlsxBook;
  plans: Plan[];
}

/** Billing for the example: a ledger and the sheet's inputs; the generated export when absent. */
export interface ExampleBilling {
  ledger: BillingLedger;
  inputs: (workflowSheet: string) => BillingInputs;
}

export function workedExample(currencyFormat?: string, billing?: ExampleBilling): WorkedExample {
  const book = new XlsxBook();
  const options = { example: true, currencyFormat };
  const ladderSpec = evidenceLadder(options);
  const ladderName = ladderSpec.sheets[0].name;
  const contract = book.insert(valueContract({ ...options, ladderSheet: ladderName }), options);
  const ladder = book.insert(ladderSpec, options);
  if (ladder.sheets[0].name !== ladderName) throw new Error(`the contract links to ${ladderName}, but the ladder was named ${ladder.sheets[0].name}`);
  const cost = book.insert(workflowCost(options), options);
  const prices = book.insert(priceBook(), options);
  const ledger = billing?.ledger ?? exampleLedger();
  const inputs = billing?.inputs ?? ((sheet: string) => exampleInputs(ledger, sheet));
  const aiBillingPlan = book.insert(aiBilling(ledger, inputs(cost.sheets[0].name), options), options);
  return { book, plans: [contract, ladder, cost, prices, aiBillingPlan] };
}
