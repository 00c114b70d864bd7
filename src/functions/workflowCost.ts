import * as core from "../core";
import { NON_NEGATIVE, optionalSteps, scalar, SHARE, steps } from "./arg";
import { excelFunction } from "./excelFunction";

export const WORKFLOWCOST = excelFunction({
  id: "WORKFLOWCOST",
  description:
    "Cost of one completed task of an AI workflow, in the workbook's currency. Prices are per 1,000,000 tokens; a range gives one value per workflow step, and a step left blank in every range is skipped.",
  args: {
    calls_per_task: steps(NON_NEGATIVE, "Model calls per task, per step."),
    input_tokens: steps(NON_NEGATIVE, "Input tokens per call, per step."),
    output_tokens: steps(NON_NEGATIVE, "Output tokens per call, per step, reasoning tokens included as billed."),
    input_price: steps(NON_NEGATIVE, "Price per 1M input tokens, per step."),
    output_price: steps(NON_NEGATIVE, "Price per 1M output tokens, per step."),
    success_rate: scalar({ gt: 0, max: 1 }, "Share of attempts that complete; failed attempts cost the same.", { default: 1 }),
    cached_share: scalar(SHARE, "Share of input tokens served from a prompt cache.", { default: 0 }),
    cached_price: optionalSteps(
      NON_NEGATIVE,
      "Price per 1M cached input tokens, per step; required when cached_share > 0, and may be left blank when it is 0.",
    ),
  },
  returns: { text: "Cost per completed task.", type: "number" },
  example: {
    args: [14, 8000, 500, 3, 15],
    result: 0.441,
    story:
      "An agent calls a model 14 times per task, each call carrying 8,000 input tokens of retrieved context and memory and returning 500 tokens, at $3 and $15 per million. A model call that looks like a fraction of a cent becomes $0.441 per completed task.",
  },
  errors: [
    { code: "#VALUE!", when: "cached_share is above 0 and cached_price is left out", example: [14, 8000, 500, 3, 15, 1, 0.4] },
    { code: "#VALUE!", when: "step ranges differ in length", example: [[[1], [2], [3]], 8000, 500, [[3], [4]], 15] },
    { code: "#VALUE!", when: "a step is blank in some step ranges but not in all", example: [[[1], [2]], 8000, 500, [[3], [""]], 15] },
    { code: "#VALUE!", when: "every step is blank", example: [[[""], [""]], [[""], [""]], [[""], [""]], [[""], [""]], [[""], [""]]] },
  ],
  body: (a) =>
    core.workflowCost(
      {
        callsPerTask: a.calls_per_task,
        inputTokens: a.input_tokens,
        outputTokens: a.output_tokens,
        inputPrice: a.input_price,
        outputPrice: a.output_price,
        cachedPrice: a.cached_price,
      },
      a.success_rate,
      a.cached_share,
    ),
});
