import { CalcError } from "./calcError";

/**
 * The steps of an AI workflow as billed, one column per quantity and one element per
 * step, as a step table holds them. Token prices are per 1,000,000 tokens.
 */
export interface WorkflowSteps {
  callsPerTask: readonly number[];
  inputTokens: readonly number[];
  outputTokens: readonly number[];
  inputPrice: readonly number[];
  outputPrice: readonly number[];
  /** Price per 1M cached input tokens; needed only when some input is cached. */
  cachedPrice?: readonly number[];
}

/**
 * Cost of one completed task of an AI workflow. Failed attempts cost as much as
 * successful ones, so the cost of all attempts is spread over the ones that complete.
 *
 * Preconditions (checked by the caller): columns of one length, every number ≥ 0,
 * 0 < successRate ≤ 1, 0 ≤ cachedShare ≤ 1.
 *
 * @example
 * // 14 calls of 8,000 input and 500 output tokens at $3 / $15 per million
 * workflowCost({ callsPerTask: [14], inputTokens: [8000], outputTokens: [500], inputPrice: [3], outputPrice: [15] });
 * //=> 0.441
 */
export function workflowCost(steps: WorkflowSteps, successRate = 1, cachedShare = 0): number | CalcError {
  const { callsPerTask, inputTokens, outputTokens, inputPrice, outputPrice, cachedPrice } = steps;
  if (cachedShare > 0 && cachedPrice === undefined) {
    return new CalcError("#VALUE!", "cached_price is required when cached_share > 0");
  }
  let total = 0;
  for (let i = 0; i < callsPerTask.length; i++) {
    const price = cachedPrice && cachedShare > 0 ? (1 - cachedShare) * inputPrice[i] + cachedShare * cachedPrice[i] : inputPrice[i];
    total += callsPerTask[i] * (inputTokens[i] * price + outputTokens[i] * outputPrice[i]);
  }
  return total / 1e6 / successRate;
}
