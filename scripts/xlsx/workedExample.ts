/*
 * The worked example: every template in one new workbook, filled coherently — the seeds'
 * lead-scoring model as a value contract, its evidence ladder, the 14-call agentic workflow
 * as a cost model, a price book of examples to verify, the conversion the contract promises
 * measured week by week in a tracker (which, with the AI Billing sheet, supplies the contract's
 * actuals by native SUMIFS and SUMPRODUCT), two more contracts (that workflow, and an assistant
 * for 1,000 employees), the portfolio over the three, and the AI Billing sheet of the
 * workflow's FOCUS export (generated, or the exports given with --focus).
 */
import type { BillingInputs } from "../../src/templates/aiBilling";
import type { BillingLedger } from "../../src/billing";
import { aiBilling } from "../../src/templates/aiBilling";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { trackerHalfYear } from "../../src/templates/measurementTracker/halfYear";
import { findContracts, portfolio } from "../../src/templates/portfolio";
import { priceBook } from "../../src/templates/priceBook";
import { valueContract } from "../../src/templates/valueContract";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE } from "../../src/templates/valueContract/examples";
import { exampleContract } from "../../src/templates/valueContract/variant";
import { workflowCost } from "../../src/templates/workflowCost";
import { exampleInputs, exampleLedger } from "./billingExample";
import { XlsxBook } from "./writer";
import type { Plan } from "../../src/sheet/plan";

/** The sheets the lead-scoring contract links to: its level to the ladder, its actual value to the tracker, its actual cost to billing. */
export const EXAMPLE_LINKS = { ladderSheet: "Evidence Ladder", trackerSheet: "Measurement Tracker", billingSheet: "AI Billing" } as const;

/** When the worked example's portfolio says it was refreshed. */
export const EXAMPLE_AS_OF = "2026-11-27 09:00";

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
  const contract = book.insert(valueContract({ ...options, ...EXAMPLE_LINKS }), options);
  const ladder = book.insert(ladderSpec, options);
  const cost = book.insert(workflowCost(options), options);
  const prices = book.insert(priceBook(), options);
  const tracker = book.insert(trackerHalfYear(options), options);
  const agent = book.insert(exampleContract(AGENT_EXAMPLE, options), options);
  const assistant = book.insert(exampleContract(ASSISTANT_EXAMPLE, options), options);
  const contracts = [contract, agent, assistant].map((p) => ({ name: p.sheets[0].name, names: new Set(p.sheets[0].names.map((n) => n.name.toLowerCase())) }));
  const folio = book.insert(portfolio(findContracts(contracts), EXAMPLE_AS_OF), options);
  const ledger = billing?.ledger ?? exampleLedger();
  const inputs = billing?.inputs ?? ((sheet: string) => exampleInputs(ledger, sheet));
  const aiBillingPlan = book.insert(aiBilling(ledger, inputs(cost.sheets[0].name), options), options);
  // The contract was written first, naming sheets inserted after it: they must have got those names.
  const named = [ladder, tracker, aiBillingPlan].map((p) => p.sheets[0].name);
  if (named.join() !== [EXAMPLE_LINKS.ladderSheet, EXAMPLE_LINKS.trackerSheet, EXAMPLE_LINKS.billingSheet].join()) throw new Error(`the contract links to sheets named otherwise: ${named.join(", ")}`);
  return { book, plans: [contract, ladder, cost, prices, tracker, agent, assistant, folio, aiBillingPlan] };
}
