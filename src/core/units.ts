/** The contract's month: 730 hours (8,760 hours a year / 12). */
export const HOURS_PER_MONTH = 730;

/** Days in the year that COSTOFDELAY spreads annual value over. */
export const DAYS_PER_YEAR = 365;
