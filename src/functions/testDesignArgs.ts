/* The test-design arguments SIGNIFICANCE, SAMPLESIZE and MDE share, with the defaults of the usual A/B test. */
import { scalar, type Domain } from "./arg";

/** Significance level, power and sidedness of the usual A/B test. */
export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_POWER = 0.8;
export const DEFAULT_TAILS = 2;

/** A share strictly between 0 and 1. */
export const RATE: Domain = { gt: 0, lt: 1 };

export const TAILS = scalar(
  { min: 1, max: 2, integer: true },
  "2 for a two-sided test; 1 for the one-sided test that current is higher than baseline, as in T.TEST.",
  { default: DEFAULT_TAILS },
);

export const DESIGN_ARGS = {
  alpha: scalar(RATE, "Significance level: the chance of calling a change that is not there.", { default: DEFAULT_ALPHA }),
  power: scalar(RATE, "Power: the chance of detecting a change that is there.", { default: DEFAULT_POWER }),
  tails: TAILS,
};
