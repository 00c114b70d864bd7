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

/** The design's error rates, fixed when the tracker is inserted: its boundary is computed for them. */
export const DESIGN = { alpha: 0.05, power: 0.8 } as const;

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
