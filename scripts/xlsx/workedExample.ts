/*
 * The worked example: every template in one new workbook, filled coherently — the
 * seeds' lead-scoring model as a value contract, its evidence ladder, the 14-call agentic
 * workflow as a cost model, a price book of examples to verify, and the conversion
 * the contract promises measured week by week in a tracker.
 */
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { measurementTracker } from "../../src/templates/measurementTracker";
import { priceBook } from "../../src/templates/priceBook";
import { valueContract } from "../../src/templates/valueContract";
import { workflowCost } from "../../src/templates/workflowCost";
import { XlsxBook } from "./writer";
import type { Plan } from "../../src/sheet/plan";

export interface WorkedExample {
  book: XlsxBook;
  plans: Plan[];
}

export function workedExample(currencyFormat?: string): WorkedExample {
  const book = new XlsxBook();
  const options = { example: true, currencyFormat };
  const ladderSpec = evidenceLadder(options);
  const ladderName = ladderSpec.sheets[0].name;
  const contract = book.insert(valueContract({ ...options, ladderSheet: ladderName }), options);
  const ladder = book.insert(ladderSpec, options);
  if (ladder.sheets[0].name !== ladderName) throw new Error(`the contract links to ${ladderName}, but the ladder was named ${ladder.sheets[0].name}`);
  const cost = book.insert(workflowCost(options), options);
  const prices = book.insert(priceBook(), options);
  const tracker = book.insert(measurementTracker(options), options);
  return { book, plans: [contract, ladder, cost, prices, tracker] };
}
