import { CalcError } from "./calcError";

/** One step of an AI workflow, as billed. Token prices are per 1,000,000 tokens. */
export interface WorkflowStep {
  callsPerTask: number;
  inputTokens: number;
  outputTokens: number;
  inputPrice: number;
  outputPrice: number;
  /** Price per 1M cached input tokens; needed only when some input is cached. */
  cachedPrice?: number;
}

/**
 * Cost of one completed task of an AI workflow. Failed attempts cost as much as
 * successful ones, so the cost of all attempts is spread over the ones that complete.
 *
 * Preconditions (checked by the caller): every number ≥ 0, 0 < successRate ≤ 1,
 * 0 ≤ cachedShare ≤ 1.
 *
 * @example
 * // 14 calls of 8,000 input and 500 output tokens at $3 / $15 per million
 * workflowCost([{ callsPerTask: 14, inputTokens: 8000, outputTokens: 500, inputPrice: 3, outputPrice: 15 }]);
 * //=> 0.441
 */
export function workflowCost(
  steps: readonly WorkflowStep[],
  successRate = 1,
  cachedShare = 0,
): number | CalcError {
  let total = 0;
  for (const step of steps) {
    let inputPrice = step.inputPrice;
    if (cachedShare > 0) {
      if (step.cachedPrice === undefined) {
        return new CalcError("#VALUE!", "cached_price is required when cached_share > 0");
      }
      inputPrice = (1 - cachedShare) * step.inputPrice + cachedShare * step.cachedPrice;
    }
    total += step.callsPerTask * (step.inputTokens * inputPrice + step.outputTokens * step.outputPrice);
  }
  return total / 1e6 / successRate;
}
