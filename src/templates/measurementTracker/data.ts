/* What a measurement tracker offers and the worked example it can be filled with: data only. */

/** Weekly looks the sequential test can plan for; the weekly table has a row for each. */
export const WEEK_ROWS = 26;
export const MIN_LOOKS = 2;
/** A quarter of weekly looks. */
export const DEFAULT_LOOKS = 12;
/** Rows of the baseline block: a quarter of weeks (three monthly rows also fit). */
export const BASELINE_ROWS = 13;
/** Calendar months the money table covers: every month a week of the table can start in. */
export const MONEY_MONTHS = 7;

/** The design's default error rates, fixed when the tracker is inserted: its boundary is computed for them. */
export const DESIGN = { alpha: 0.05, power: 0.8 } as const;
/**
 * The error rates a tracker can be designed for. Above 20% a "signal" is a coin toss a board
 * should not act on; below 0.1% or above 99% power the planned sample outgrows any quarter.
 */
export const ALPHA_RANGE = { min: 0.001, max: 0.2 } as const;
export const POWER_RANGE = { min: 0.5, max: 0.99 } as const;

export const METRIC_KINDS = ["share", "values"] as const;
export type MetricKind = (typeof METRIC_KINDS)[number];
/** Which way is better for a mean: handling minutes should fall, revenue per lead rise. */
export const DIRECTIONS = ["Higher", "Lower"] as const;

export const COMPARE_WITH = ["Baseline", "Control group"] as const;
export const PERIOD_KINDS = ["Weeks", "Months"] as const;

/**
 * The worked example (seed 003): lead-to-opportunity conversion of AI-scored leads, 12% in the
 * quarter before go-live, about 18% in the twelve weeks after; three extra $42K deals a quarter.
 */
export const EXAMPLE = {
  metric: "Lead-to-opportunity conversion (AI-scored leads)",
  contract: "Lead scoring — mid-market sales",
  goLive: 46027, // 2026-01-05, the contract's start date
  targetRate: 0.16, // the contract's target
  baselineStart: 45936, // 2025-10-06: the thirteen weeks before go-live
  baselineTrials: [98, 104, 101, 97, 103, 99, 102, 100, 96, 105, 101, 99, 95],
  baselineSuccesses: [12, 13, 11, 12, 13, 11, 12, 13, 11, 13, 12, 12, 11],
  treatedTrials: [96, 103, 99, 101, 104, 98, 102, 100, 97, 103, 99, 101],
  treatedSuccesses: [16, 19, 17, 18, 20, 17, 19, 18, 17, 19, 18, 18],
  // Six extra opportunities a week × 13 weeks × 4% ≈ three extra deals a quarter.
  winRate: 0.04,
  dealSize: 42000,
  contributionMargin: 0.8, // the contract's assumed margin
};

/**
 * The values example: handling minutes per support case with an AI assistant, 8.0 minutes a case
 * in the quarter before go-live; the contract promises 7.5. A controller's service report gives
 * each week's cases, mean and standard deviation, so those are the inputs (not the cases).
 */
export const VALUES_EXAMPLE = {
  metric: "Handling minutes per support case (AI-assisted agents)",
  contract: "Agent assist — customer service",
  goLive: 46027,
  targetMean: 7.5,
  baselineStart: 45936,
  baselineCounts: [152, 148, 155, 150, 149, 153, 151, 147, 156, 150, 152, 148, 154],
  baselineMeans: [8.1, 7.9, 8.0, 8.2, 7.8, 8.0, 8.1, 7.9, 8.0, 8.1, 7.9, 8.0, 8.0],
  baselineSds: [3.1, 2.9, 3.0, 3.2, 2.8, 3.0, 3.1, 2.9, 3.0, 3.0, 3.1, 2.9, 3.0],
  treatedCounts: [150, 153, 149, 151, 155, 148, 152, 150, 147, 154, 151, 149],
  treatedMeans: [7.6, 7.5, 7.7, 7.4, 7.5, 7.6, 7.4, 7.5, 7.6, 7.5, 7.4, 7.5],
  treatedSds: [2.9, 3.0, 2.8, 2.9, 3.0, 2.9, 2.8, 3.0, 2.9, 2.9, 3.0, 2.8],
  // A support agent's loaded cost per minute; all of a minute saved is value (margin 100%), an assumption to replace.
  unitValue: 0.9,
  contributionMargin: 1,
};
