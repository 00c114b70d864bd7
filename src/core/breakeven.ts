import { CalcError, isCalcError } from "./calcError";
import { paybackSchedule, type PaybackInputs } from "./paybackSchedule";

/** BREAKEVEN's horizon when no series fixes it: ten years. */
export const DEFAULT_BREAKEVEN_HORIZON = 120;

/**
 * Months until the cumulative position of {@link paybackSchedule} comes back up to 0:
 * the first month m ≥ 1 with C(m−1) < 0 ≤ C(m), interpolated linearly inside it.
 * 0 only when the position is never negative — a project with no upfront cost that
 * then loses money has something to pay back too.
 *
 * @example
 * breakeven({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }); //=> 6
 * breakeven({ upfrontCost: 0, monthlyCost: 30, monthlyValue: 60, rampMonths: 3 }); //=> 2
 */
export function breakeven(inputs: PaybackInputs, horizon?: number): number | CalcError {
  const curve = paybackSchedule(inputs, horizon, DEFAULT_BREAKEVEN_HORIZON);
  if (isCalcError(curve)) return curve;
  for (let m = 1; m < curve.length; m++) {
    if (curve[m - 1] < 0 && curve[m] >= 0) {
      return m - 1 + -curve[m - 1] / (curve[m] - curve[m - 1]);
    }
  }
  if (curve.every((position) => position >= 0)) return 0;
  return new CalcError("#N/A", `does not break even within ${curve.length - 1} months`);
}
