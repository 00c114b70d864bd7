import { CalcError } from "./calcError";

/**
 * Relative change of the mean from baseline to current, measured against the size of
 * the baseline: (mean(current) − mean(baseline)) / |mean(baseline)|.
 *
 * @example
 * uplift([0.12], [0.18]); //=> 0.5
 */
export function uplift(baseline: readonly number[], current: readonly number[]): number | CalcError {
  if (baseline.length === 0) return new CalcError("#DIV/0!", "baseline has no numbers to average");
  if (current.length === 0) return new CalcError("#DIV/0!", "current has no numbers to average");
  const before = mean(baseline);
  if (before === 0) return new CalcError("#DIV/0!", "the mean of baseline is 0, so a relative uplift is undefined");
  return (mean(current) - before) / Math.abs(before);
}

function mean(xs: readonly number[]): number {
  let sum = 0;
  for (const x of xs) sum += x;
  return sum / xs.length;
}
