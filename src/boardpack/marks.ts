/*
 * How the add-in recognises what it made: scoped names on its own sheets, and the
 * "values as of" time stamped on frozen copies and the log.
 */

/** Scoped names that mark what the add-in made, so a refresh only ever replaces its own sheets. */
export const FROZEN_MARK = "AIVALUE_FrozenFrom";
export const LOG_MARK = "AIVALUE_BoardPackLog";
export const SUMMARY_MARK = "AIVALUE_BoardSummary";

/** "2026-11-22 09:30", local time, as the stamp and the log show it. */
export function stampTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
