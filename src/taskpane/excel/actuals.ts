/* The Actuals tab's requests to Excel: what is there, the AI Billing write, observed prices. */
import type { BillingLedger } from "../../billing/ledger";
import { writeBillingSheet, type BillingWriteResult } from "../../office/billing";
import { readBillingState, type BillingState } from "../../office/billingState";
import { appendObservedPrices, type PriceBookAppend } from "../../office/priceBookAppend";

/** What the Actuals tab shows before it writes (files listed, links made, models, Price Book), read only; see office/billingState.ts. */
export function billingState(): Promise<BillingState> {
  return Excel.run((context) => readBillingState(context));
}

/**
 * Writes (or rewrites in place) the AI Billing sheet from the ledger, in a fixed number of syncs,
 * linking each key in `workflowSheets` that the sheet does not map yet; see office/billing.ts.
 */
export function writeBilling(ledger: BillingLedger, importedAt: string, currencyFormat: string, workflowSheets: ReadonlyMap<string, string>): Promise<BillingWriteResult> {
  return Excel.run((context) => writeBillingSheet(context, ledger, { requirements: Office.context.requirements, importedAt, currencyFormat, workflowSheets }));
}

/** Adds the ledger's observed prices to the Price Book as dated rows, never twice; see office/priceBookAppend.ts. */
export function addObservedPrices(ledger: BillingLedger): Promise<PriceBookAppend> {
  return Excel.run((context) => appendObservedPrices(context, ledger));
}
