import { evidenceLadder } from "./evidenceLadder";
import { priceBook } from "./priceBook";
import type { TemplateId, TemplateOptions, TemplateSpec } from "../sheet/spec";
import { valueContract } from "./valueContract";
import { workflowCost } from "./workflowCost";

/** The templates a user inserts from the task pane (the board summary is built by its own refresh). */
export type InsertableId = Exclude<TemplateId, "boardSummary">;

/** Every template the task pane can insert, by id. */
export const TEMPLATES: Record<InsertableId, (options?: TemplateOptions) => TemplateSpec> = {
  valueContract,
  evidenceLadder,
  workflowCost,
  priceBook,
};
