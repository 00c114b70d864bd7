/*
 * How the add-in recognises what it made: scoped names on its own sheets, and the
 * "values as of" time stamped on frozen copies and the log.
 */

/**
 * Scoped names on what the add-in made. They travel with a copy the user makes, so they
 * only say what kind of sheet it is; the log and the summary hold their own worksheet id
 * (ownSheets.ts), and frozen copies are known by the ids in the log.
 */
export const FROZEN_MARK = "AIVALUE_FrozenFrom";
export const LOG_MARK = "AIVALUE_BoardPackLog";
export const SUMMARY_MARK = "AIVALUE_BoardSummary";

/** "2026-11-22 09:30", local time, as the stamp and the log show it. */
export function stampTime(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}
