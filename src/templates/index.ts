import { evidenceLadder } from "./evidenceLadder";
import { priceBook } from "./priceBook";
import type { TemplateId, TemplateOptions, TemplateSpec } from "./spec";
import { valueContract } from "./valueContract";
import { workflowCost } from "./workflowCost";

/** Every template the task pane can insert, by id. */
export const TEMPLATES: Record<TemplateId, (options?: TemplateOptions) => TemplateSpec> = {
  valueContract,
  evidenceLadder,
  workflowCost,
  priceBook,
};
