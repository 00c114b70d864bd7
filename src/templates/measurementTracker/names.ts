/*
 * The names a measurement tracker defines that a value contract and the portfolio read,
 * spelled once, here (worksheet-scoped, so read as 'Sheet'!Name).
 */

/** Worksheet-scoped names every measurement tracker defines for readers outside it. */
export const TRACKER_NAMES = {
  /** First day of each month of the tracker's money table (dates). */
  Months: "TrackerMonths",
  /** Value the measured delta is worth in each of those months (currency), blank before data. */
  MonthlyValue: "TrackerMonthlyValue",
  /** The stop rule in words: MEASURING, SIGNAL or STOP. */
  Rule: "TrackerRule",
} as const;
