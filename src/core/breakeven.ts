import { CalcError, isCalcError } from "./calcError";
import { paybackSchedule, type PaybackInputs } from "./paybackSchedule";

/** BREAKEVEN's horizon when no series fixes it: ten years. */
export const DEFAULT_BREAKEVEN_HORIZON = 120;

/**
 * Months until the cumulative position pays back the upfront cost: the first zero
 * crossing of {@link paybackSchedule}, interpolated linearly inside the crossing month.
 *
 * @example
 * breakeven({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }); //=> 6
 */
export function breakeven(inputs: PaybackInputs, horizon?: number): number | CalcError {
  const curve = paybackSchedule(inputs, horizon, DEFAULT_BREAKEVEN_HORIZON);
  if (isCalcError(curve)) return curve;
  if (inputs.upfrontCost === 0) return 0;
  for (let m = 1; m < curve.length; m++) {
    if (curve[m] >= 0) {
      return m - 1 + -curve[m - 1] / (curve[m] - curve[m - 1]);
    }
  }
  return new CalcError("#N/A", `does not break even within ${curve.length - 1} months`);
}
