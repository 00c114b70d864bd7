import { evidenceLadder } from "./evidenceLadder";
import { measurementTracker } from "./measurementTracker";
import { priceBook } from "./priceBook";
import type { TemplateId, TemplateOptions, TemplateSpec } from "../sheet/spec";
import { valueContract } from "./valueContract";
import { workflowCost } from "./workflowCost";

/**
 * The templates a user inserts from the task pane. The board summary and the portfolio are built
 * by their own refresh, the AI Billing sheet by an import; everything else by the task pane.
 */
export type InsertableId = Exclude<TemplateId, "boardSummary" | "portfolio" | "aiBilling">;

/** Every template the task pane can insert, by id. */
export const TEMPLATES: Record<InsertableId, (options?: TemplateOptions) => TemplateSpec> = {
  valueContract,
  evidenceLadder,
  workflowCost,
  priceBook,
  measurementTracker,
};
