import { DAYS_PER_YEAR } from "./units";

/**
 * Value lost by delaying an intervention: its annual value spread evenly over the
 * year, times the days of delay.
 *
 * Precondition: delayDays ≥ 0.
 *
 * @example
 * costOfDelay(365000, 30); //=> 30000
 */
export function costOfDelay(annualValue: number, delayDays: number): number {
  return (annualValue / DAYS_PER_YEAR) * delayDays;
}
