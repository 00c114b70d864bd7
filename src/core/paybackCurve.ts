import { CalcError, isCalcError } from "./calcError";
import { paybackSchedule, type PaybackInputs } from "./paybackSchedule";

/** PAYBACKCURVE's length when no series fixes it: three years. */
export const DEFAULT_PAYBACK_MONTHS = 36;

/**
 * The cumulative position C(0)…C(months) as one column, ready to spill; BREAKEVEN is
 * its first upward zero crossing.
 *
 * @example
 * paybackCurve({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }, 2);
 * //=> [[-300], [-250], [-200]]
 */
export function paybackCurve(inputs: PaybackInputs, months?: number): number[][] | CalcError {
  const curve = paybackSchedule(inputs, months, DEFAULT_PAYBACK_MONTHS);
  if (isCalcError(curve)) return curve;
  const column = new Array<number[]>(curve.length);
  for (let m = 0; m < curve.length; m++) column[m] = [curve[m]];
  return column;
}
