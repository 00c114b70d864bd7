import { CalcError } from "./calcError";
import { erfc } from "./erfc";

/**
 * p-value of the pooled two-proportion z-test: how likely a difference at least this
 * large would be if both samples shared one success rate. Two-sided by default,
 * 2·(1 − Φ(|z|)); with `tails` 1 it is 1 − Φ(z), the test that current is higher than
 * baseline, so a fall gives p > 0.5.
 *
 * Preconditions: whole numbers, successes ≥ 0, trials > 0.
 *
 * @example
 * // conversion 12% of 1,000 leads before, 18% of 1,000 after
 * significance(120, 1000, 180, 1000); //=> 0.000171725…
 * significance(120, 1000, 180, 1000, 1); //=> 0.0000858625780…
 */
export function significance(
  baselineSuccesses: number,
  baselineTrials: number,
  currentSuccesses: number,
  currentTrials: number,
  tails: number = 2,
): number | CalcError {
  if (tails !== 1 && tails !== 2) return new CalcError("#NUM!", `tails must be 1 or 2, not ${tails}`);
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
  // erfc keeps the small upper tail exact where 1 − Φ would cancel.
  return tails === 2 ? erfc(Math.abs(z) / Math.SQRT2) : erfc(z / Math.SQRT2) / 2;
}
