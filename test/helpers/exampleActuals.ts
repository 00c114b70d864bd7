/*
 * The worked example's lead-scoring actuals worked out here from the raw data, not from the sheets:
 * each tracker week's extra conversions beyond the 12% baseline × 4% × $42,000 × 80%, summed by the
 * month the week starts in, and the lead-scoring export's EffectiveCost by charge month plus the
 * $9,500 a month billing cannot see. Tests hold the contract's linked formulas to these figures.
 */
import { LATER_WEEKS } from "../../src/templates/measurementTracker/halfYear";
import { TRACKER_EXAMPLE } from "../../src/templates/measurementTracker";
import { leadScoringExport } from "../../scripts/xlsx/billingExample";

const GO_LIVE = Date.UTC(2026, 0, 5);
export const VALUE_PER_SUCCESS = 0.04 * 42000 * 0.8;
export const OTHER_COST = 9500;

/** Value by month (0 = January 2026) from the 26 weeks of the tracker. */
export function trackerMonths(successes = [...TRACKER_EXAMPLE.treatedSuccesses, ...LATER_WEEKS.successes]): number[] {
  const trials = [...TRACKER_EXAMPLE.treatedTrials, ...LATER_WEEKS.trials];
  const months: number[] = [];
  successes.forEach((s, k) => {
    const m = new Date(GO_LIVE + k * 7 * 86400000).getUTCMonth();
    months[m] = (months[m] ?? 0) + (s - 0.12 * trials[k]) * VALUE_PER_SUCCESS;
  });
  return months;
}

/** EffectiveCost by month (0 = January 2026) of the lead-scoring export, read from its CSV text. */
export function billedMonths(): number[] {
  const months: number[] = [];
  for (const line of leadScoringExport().trim().split("\n").slice(1)) {
    // The columns before the quoted JSON ones hold no commas.
    const fields = line.split(",");
    const m = Number(fields[5].slice(5, 7)) - 1;
    months[m] = (months[m] ?? 0) + Number(fields[1]);
  }
  return months;
}

/** [actual value, actual cost] of months 1 to 6. */
export function exampleActuals(): [number, number][] {
  const [value, billed] = [trackerMonths(), billedMonths()];
  return value.map((v, m) => [v, billed[m] + OTHER_COST]);
}
