import * as core from "../core";
import { alignSteps, NON_NEGATIVE, optionalSteps, scalar, SHARE, steps } from "./arg";
import { excelFunction } from "./excelFunction";

export const WORKFLOWCOST = excelFunction({
  id: "WORKFLOWCOST",
  description:
    "Cost of one completed task of an AI workflow, in the workbook's currency. Prices are per 1,000,000 tokens; a range gives one value per workflow step.",
  args: {
    calls_per_task: steps(NON_NEGATIVE, "Model calls per task, per step."),
    input_tokens: steps(NON_NEGATIVE, "Input tokens per call, per step."),
    output_tokens: steps(NON_NEGATIVE, "Output tokens per call, per step, reasoning tokens included as billed."),
    input_price: steps(NON_NEGATIVE, "Price per 1M input tokens, per step."),
    output_price: steps(NON_NEGATIVE, "Price per 1M output tokens, per step."),
    success_rate: scalar({ gt: 0, max: 1 }, "Share of attempts that complete; failed attempts cost the same.", { default: 1 }),
    cached_share: scalar(SHARE, "Share of input tokens served from a prompt cache.", { default: 0 }),
    cached_price: optionalSteps(NON_NEGATIVE, "Price per 1M cached input tokens, per step; required when cached_share > 0."),
  },
  returns: { text: "Cost per completed task.", type: "number" },
  example: {
    args: [14, 8000, 500, 3, 15],
    result: 0.441,
    story:
      "An agent calls a model 14 times per task, each call carrying 8,000 input tokens of retrieved context and memory and returning 500 tokens, at $3 and $15 per million. A model call that looks like a fraction of a cent becomes $0.441 per completed task.",
  },
  body: ({ success_rate, cached_share, ...lists }) => {
    const s = alignSteps(lists);
    if (core.isCalcError(s)) return s;
    const table = {
      callsPerTask: s.calls_per_task,
      inputTokens: s.input_tokens,
      outputTokens: s.output_tokens,
      inputPrice: s.input_price,
      outputPrice: s.output_price,
      cachedPrice: s.cached_price,
    };
    return core.workflowCost(table, success_rate, cached_share);
  },
});
