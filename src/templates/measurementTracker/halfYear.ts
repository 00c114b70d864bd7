/*
 * The worked example's tracker half a year on: the template's example (twelve weeks at about 18%,
 * signalling in week 5) followed by fourteen more weeks, 30 March to 29 June 2026, in which the lift
 * fades to about 14% as reps go back to their own lists. Its money table then covers January to
 * June, the six months of actuals the lead-scoring contract reads from it.
 */
import { cellsOf, setInput } from "../../sheet/fill";
import type { TemplateOptions, TemplateSpec } from "../../sheet/spec";
import { EXAMPLE } from "./data";
import { measurementTracker } from ".";

/** Weeks 13 to 26: successes and trials (AI-scored leads that became opportunities, of those scored). */
export const LATER_WEEKS = {
  successes: [15, 15, 14, 15, 14, 14, 15, 14, 14, 13, 14, 14, 13, 14],
  trials: [98, 102, 100, 97, 103, 99, 101, 100, 96, 104, 98, 102, 99, 97],
};

/** The example tracker with weeks 13 to 26 filled in; only input cells change. */
export function trackerHalfYear(options: TemplateOptions = {}): TemplateSpec {
  const spec = measurementTracker({ ...options, example: true });
  const sheet = structuredClone(spec.sheets[0]);
  const first = EXAMPLE.treatedTrials.length;
  for (const [name, values] of [["WeekSuccesses", LATER_WEEKS.successes], ["WeekTrials", LATER_WEEKS.trials]] as const) {
    const cells = cellsOf(sheet, name);
    values.forEach((v, i) => setInput(sheet, cells[first + i].row, cells[first + i].col, v, `${name} of week ${first + i + 1}`));
  }
  return { ...spec, sheets: [sheet] };
}
