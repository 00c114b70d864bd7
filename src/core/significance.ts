import { CalcError } from "./calcError";
import { erfc } from "./erfc";

/**
 * Two-sided p-value of the pooled two-proportion z-test: how likely a difference at
 * least this large would be if both samples shared one success rate.
 *
 * Preconditions: whole numbers, successes ≥ 0, trials > 0.
 *
 * @example
 * // conversion 12% of 1,000 leads before, 18% of 1,000 after
 * significance(120, 1000, 180, 1000); //=> 0.000178…
 */
export function significance(
  baselineSuccesses: number,
  baselineTrials: number,
  currentSuccesses: number,
  currentTrials: number,
): number | CalcError {
  if (baselineSuccesses > baselineTrials) {
    return new CalcError("#NUM!", "baseline_successes must not exceed baseline_trials");
  }
  if (currentSuccesses > currentTrials) {
    return new CalcError("#NUM!", "current_successes must not exceed current_trials");
  }
  const pooled = (baselineSuccesses + currentSuccesses) / (baselineTrials + currentTrials);
  if (pooled === 0 || pooled === 1) return 1;
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / baselineTrials + 1 / currentTrials));
  const z = (currentSuccesses / currentTrials - baselineSuccesses / baselineTrials) / standardError;
  return erfc(Math.abs(z) / Math.SQRT2);
}
