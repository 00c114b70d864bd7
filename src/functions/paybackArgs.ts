/* What BREAKEVEN and PAYBACKCURVE share: the first five arguments and their reading as a cash profile. */
import type * as core from "../core";
import { UNBOUNDED, NON_NEGATIVE, scalar, series, type Domain } from "./arg";

export const PAYBACK_ARGS = {
  upfront_cost: scalar(NON_NEGATIVE, "Cost paid at month 0."),
  monthly_cost: series(NON_NEGATIVE, "Running cost per month: a number, or a row or column with one month per cell."),
  monthly_value: series(UNBOUNDED, "Value per month (either sign): a number, or a row or column with one month per cell."),
  ramp_months: scalar(NON_NEGATIVE, "Months for a constant monthly_value to ramp up linearly.", { default: 0 }),
  annual_discount_rate: scalar({ gt: -1 }, "Effective annual discount rate: month m is discounted by (1+r)^(−m/12), not by r/12 a month.", { default: 0 }),
};

/** The horizon a series does not fix. */
export const HORIZON: Domain = { min: 1, max: 1200, integer: true };

export function paybackInputs(a: {
  upfront_cost: number;
  monthly_cost: number[];
  monthly_value: number[];
  ramp_months: number;
  annual_discount_rate: number;
}): core.PaybackInputs {
  // A one-cell range is a constant: Excel cannot tell A1 from the number in it.
  const constant = (v: number[]) => (v.length === 1 ? v[0] : v);
  return {
    upfrontCost: a.upfront_cost,
    monthlyCost: constant(a.monthly_cost),
    monthlyValue: constant(a.monthly_value),
    rampMonths: a.ramp_months,
    annualDiscountRate: a.annual_discount_rate,
  };
}
