import { CalcError } from "./calcError";

/**
 * One quantity of a step table: a range, one element a step (`null` for a blank cell),
 * or a single number that applies to every step.
 */
export type StepColumn = number | readonly (number | null)[];

/**
 * The steps of an AI workflow as billed, one column per quantity, as a step table holds
 * them. Token prices are per 1,000,000 tokens.
 */
export interface WorkflowSteps {
  callsPerTask: StepColumn;
  inputTokens: StepColumn;
  outputTokens: StepColumn;
  inputPrice: StepColumn;
  outputPrice: StepColumn;
  /** Price per 1M cached input tokens; needed, and read, only when some input is cached. */
  cachedPrice?: StepColumn;
}

const NAMES: Record<keyof WorkflowSteps, string> = {
  callsPerTask: "calls_per_task",
  inputTokens: "input_tokens",
  outputTokens: "output_tokens",
  inputPrice: "input_price",
  outputPrice: "output_price",
  cachedPrice: "cached_price",
};

/**
 * Cost of one completed task of an AI workflow. Failed attempts cost as much as
 * successful ones, so the cost of all attempts is spread over the ones that complete.
 * A step whose range cells are all blank is a spare row of the table and is skipped;
 * a step with some blank and some filled is an error, as is a table with no step at all.
 *
 * Preconditions (checked by the caller): every number ≥ 0, 0 < successRate ≤ 1,
 * 0 ≤ cachedShare ≤ 1.
 *
 * @example
 * // 14 calls of 8,000 input and 500 output tokens at $3 / $15 per million
 * workflowCost({ callsPerTask: 14, inputTokens: 8000, outputTokens: 500, inputPrice: 3, outputPrice: 15 });
 * //=> 0.441
 */
export function workflowCost(steps: WorkflowSteps, successRate = 1, cachedShare = 0): number | CalcError {
  if (cachedShare > 0 && steps.cachedPrice === undefined) {
    return new CalcError("#VALUE!", "cached_price is required when cached_share > 0");
  }
  // Without a cache the cached price plays no part, so its blanks do not matter either; its
  // range must still line up with the steps, and a price on an otherwise blank row is a mistake.
  const idleCache = cachedShare > 0 || typeof steps.cachedPrice !== "object" ? null : steps.cachedPrice;
  const keys = (Object.keys(NAMES) as (keyof WorkflowSteps)[]).filter((k) => k !== "cachedPrice" || cachedShare > 0);
  const ranges = keys.filter((k) => typeof steps[k] === "object");
  const stepCount = ranges.length === 0 ? 1 : (steps[ranges[0]] as readonly unknown[]).length;
  const lengthChecked = idleCache !== null && ranges.length > 0 ? [...ranges, "cachedPrice" as const] : ranges;
  for (const k of lengthChecked) {
    const length = (steps[k] as readonly unknown[]).length;
    if (length !== stepCount) {
      return new CalcError(
        "#VALUE!",
        `${NAMES[ranges[0]]} has ${stepCount} ${stepCount === 1 ? "step" : "steps"} but ${NAMES[k]} has ${length}; give every step range the same length`,
      );
    }
  }
  // The hot loop reads plain locals and allocates nothing: a step table can be a 100,000-row range.
  const columns = ranges.map((k) => steps[k] as readonly (number | null)[]);
  const at = (column: StepColumn | undefined, i: number): number => (typeof column === "object" ? (column[i] as number) : (column ?? 0));
  const { callsPerTask, inputTokens, outputTokens, inputPrice, outputPrice, cachedPrice } = steps;

  let total = 0;
  let filled = 0;
  for (let i = 0; i < stepCount; i++) {
    let blanks = 0;
    let firstBlank = -1;
    for (let r = 0; r < columns.length; r++) {
      if (columns[r][i] !== null) continue;
      if (firstBlank < 0) firstBlank = r;
      blanks++;
    }
    if (blanks > 0 && blanks === columns.length) {
      // A spare row of the table, unless an unused cached price was typed on it.
      if (idleCache === null || idleCache[i] === null) continue;
      return new CalcError("#VALUE!", `cached_price (item ${i + 1}) is filled on a step with no other values; clear it or fill the step`);
    }
    // Only a step with no blanks reaches the arithmetic below.
    if (blanks > 0) return new CalcError("#VALUE!", `${NAMES[ranges[firstBlank]]} (item ${i + 1}) is blank`);
    const inPrice = at(inputPrice, i);
    const price = cachedShare > 0 ? (1 - cachedShare) * inPrice + cachedShare * at(cachedPrice, i) : inPrice;
    total += at(callsPerTask, i) * (at(inputTokens, i) * price + at(outputTokens, i) * at(outputPrice, i));
    filled++;
  }
  if (filled === 0) return new CalcError("#VALUE!", "no workflow step has values");
  return total / 1e6 / successRate;
}
