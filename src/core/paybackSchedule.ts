import { CalcError } from "./calcError";

/** What BREAKEVEN and PAYBACKCURVE share: the cash profile of an intervention. */
export interface PaybackInputs {
  /** Paid at month 0. */
  upfrontCost: number;
  /** A constant for every month, or one figure a month (month 1 first). */
  monthlyCost: number | readonly number[];
  /** A constant for every month, or one figure a month (month 1 first). */
  monthlyValue: number | readonly number[];
  /** Months for a constant value to ramp up linearly to its full level (the J-curve). */
  rampMonths?: number;
  /** Discounts month m's net flow by (1 + r)^(−m/12). */
  annualDiscountRate?: number;
}

/**
 * The cumulative position C(0)…C(N) of an intervention: C(0) = −upfront cost, and each
 * month adds its discounted net flow (value − cost), taken at the end of the month.
 * N is the series length when a series is given, otherwise `horizon` (or `defaultHorizon`).
 *
 * Preconditions: upfront and costs ≥ 0, ramp ≥ 0, rate > −1, horizon a whole number ≥ 1.
 *
 * @example
 * paybackSchedule({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }, 3, 36);
 * //=> [-300, -250, -200, -150]
 */
export function paybackSchedule(
  inputs: PaybackInputs,
  horizon: number | undefined,
  defaultHorizon: number,
): number[] | CalcError {
  const { upfrontCost, monthlyCost, monthlyValue, rampMonths = 0, annualDiscountRate = 0 } = inputs;
  if (typeof monthlyValue !== "number" && rampMonths > 0) {
    return new CalcError(
      "#VALUE!",
      "ramp_months applies to a constant monthly_value only; build the ramp into the monthly_value series instead",
    );
  }
  const costMonths = typeof monthlyCost === "number" ? undefined : monthlyCost.length;
  const valueMonths = typeof monthlyValue === "number" ? undefined : monthlyValue.length;
  if (costMonths !== undefined && valueMonths !== undefined && costMonths !== valueMonths) {
    return new CalcError(
      "#VALUE!",
      `monthly_cost has ${costMonths} months but monthly_value has ${valueMonths}; give both the same length`,
    );
  }
  const seriesMonths = costMonths ?? valueMonths;
  if (seriesMonths !== undefined && horizon !== undefined && horizon !== seriesMonths) {
    return new CalcError(
      "#VALUE!",
      `the horizon is the series length (${seriesMonths} months); leave it blank or enter ${seriesMonths}, not ${horizon}`,
    );
  }
  const months = seriesMonths ?? horizon ?? defaultHorizon;

  const curve = new Array<number>(months + 1);
  curve[0] = -upfrontCost;
  for (let m = 1; m <= months; m++) {
    const cost = typeof monthlyCost === "number" ? monthlyCost : monthlyCost[m - 1];
    const value =
      typeof monthlyValue !== "number"
        ? monthlyValue[m - 1]
        : rampMonths > 0
          ? monthlyValue * Math.min(1, m / rampMonths)
          : monthlyValue;
    const discount = annualDiscountRate === 0 ? 1 : Math.pow(1 + annualDiscountRate, -m / 12);
    curve[m] = curve[m - 1] + (value - cost) * discount;
  }
  return curve;
}
