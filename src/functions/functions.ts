/* eslint-disable @typescript-eslint/no-explicit-any -- Excel hands every argument over as any[][]; args.ts gives it a type. */
/*
 * The AIVALUE custom functions. Each JSDoc block is the metadata Excel shows
 * (functions.json is generated from it); each body names its arguments' rules once and
 * calls the math in src/core. Every parameter is declared any[][] so that a range where
 * one value belongs is reported rather than silently intersected.
 */
import * as core from "../core";
import {
  alignGrids,
  alignSteps,
  flag,
  grid,
  level,
  NON_NEGATIVE,
  num,
  optionalLevel,
  optionalNum,
  optionalVector,
  POSITIVE,
  rung,
  SHARE,
  sum,
  values,
  vector,
  type Domain,
} from "./args";
import { define } from "./define";

const COST: Domain = { min: 0, hint: "enter costs as positive amounts; they are subtracted" };

const WORKFLOWCOST = define(
  "WORKFLOWCOST",
  {
    calls_per_task: vector(NON_NEGATIVE),
    input_tokens: vector(NON_NEGATIVE),
    output_tokens: vector(NON_NEGATIVE),
    input_price: vector(NON_NEGATIVE),
    output_price: vector(NON_NEGATIVE),
    success_rate: num({ gt: 0, max: 1 }, { default: 1 }),
    cached_share: num(SHARE, { default: 0 }),
    cached_price: optionalVector(NON_NEGATIVE),
  },
  ({ success_rate, cached_share, ...vectors }) => {
    const s = alignSteps(vectors);
    if (core.isCalcError(s)) return s;
    const steps = {
      callsPerTask: s.calls_per_task,
      inputTokens: s.input_tokens,
      outputTokens: s.output_tokens,
      inputPrice: s.input_price,
      outputPrice: s.output_price,
      cachedPrice: s.cached_price,
    };
    return core.workflowCost(steps, success_rate, cached_share);
  },
);

/**
 * Cost of one completed task of an AI workflow, in the workbook's currency. Prices are per 1,000,000 tokens; a range gives one value per workflow step.
 * @customfunction WORKFLOWCOST
 * @helpurl https://localhost:3000/help.html#workflowcost
 * @param calls_per_task Model calls per task, per step (≥ 0).
 * @param input_tokens Input tokens per call, per step (≥ 0).
 * @param output_tokens Output tokens per call, per step, reasoning tokens included as billed (≥ 0).
 * @param input_price Price per 1M input tokens, per step (≥ 0).
 * @param output_price Price per 1M output tokens, per step (≥ 0).
 * @param [success_rate] Share of attempts that complete, 0 < x ≤ 1; failed attempts cost the same. Default 1.
 * @param [cached_share] Share of input tokens served from a prompt cache, 0…1. Default 0.
 * @param [cached_price] Price per 1M cached input tokens, per step; required when cached_share > 0.
 * @returns Cost per completed task.
 */
export function workflowcost(
  calls_per_task: any[][],
  input_tokens: any[][],
  output_tokens: any[][],
  input_price: any[][],
  output_price: any[][],
  success_rate?: any[][],
  cached_share?: any[][],
  cached_price?: any[][],
): number {
  return WORKFLOWCOST(calls_per_task, input_tokens, output_tokens, input_price, output_price, success_rate, cached_share, cached_price);
}

const SELFHOSTCOST = define(
  "SELFHOSTCOST",
  {
    hourly_cost: num(POSITIVE),
    tokens_per_second: num(POSITIVE),
    utilisation: num({ gt: 0, max: 1 }),
    fixed_monthly_cost: num(NON_NEGATIVE, { default: 0 }),
  },
  (a) => core.selfHostCost(a.hourly_cost, a.tokens_per_second, a.utilisation, a.fixed_monthly_cost),
);

/**
 * Effective price per 1M tokens of a self-hosted deployment, counting idle hours (a month is 730 hours).
 * @customfunction SELFHOSTCOST
 * @helpurl https://localhost:3000/help.html#selfhostcost
 * @param hourly_cost Cost per hour of the whole deployment, busy or idle (> 0).
 * @param tokens_per_second Sustained throughput at full load, tokens per second (> 0).
 * @param utilisation Share of the month the deployment is busy, 0 < x ≤ 1.
 * @param [fixed_monthly_cost] Operations, licences and staff share per month (≥ 0). Default 0.
 * @returns Price per 1M tokens.
 */
export function selfhostcost(
  hourly_cost: any[][],
  tokens_per_second: any[][],
  utilisation: any[][],
  fixed_monthly_cost?: any[][],
): number {
  return SELFHOSTCOST(hourly_cost, tokens_per_second, utilisation, fixed_monthly_cost);
}

const HOSTINGBREAKEVEN = define(
  "HOSTINGBREAKEVEN",
  {
    api_price: num(NON_NEGATIVE),
    monthly_fixed_cost: num(NON_NEGATIVE),
    marginal_price: num(NON_NEGATIVE, { default: 0 }),
  },
  (a) => core.hostingBreakeven(a.api_price, a.monthly_fixed_cost, a.marginal_price),
);

/**
 * Monthly volume, in millions of tokens, above which self-hosting costs less than the API; #N/A when it never does.
 * @customfunction HOSTINGBREAKEVEN
 * @helpurl https://localhost:3000/help.html#hostingbreakeven
 * @param api_price API price per 1M tokens (≥ 0).
 * @param monthly_fixed_cost Fixed monthly cost of self-hosting (≥ 0).
 * @param [marginal_price] Self-hosting's own cost per 1M tokens (≥ 0). Default 0.
 * @returns Millions of tokens per month.
 */
export function hostingbreakeven(api_price: any[][], monthly_fixed_cost: any[][], marginal_price?: any[][]): number {
  return HOSTINGBREAKEVEN(api_price, monthly_fixed_cost, marginal_price);
}

const CAPTURED = define(
  "CAPTURED",
  { hours_released: grid(NON_NEGATIVE), hourly_cost: grid(NON_NEGATIVE), capture_rate: grid(SHARE) },
  (a) => {
    const g = alignGrids(a);
    return core.isCalcError(g) ? g : core.captured(g.hours_released, g.hourly_cost, g.capture_rate);
  },
);

/**
 * Value captured from released capacity: hours × hourly cost × capture rate, summed like SUMPRODUCT. Saved time is only potential value until management decides what to do with it.
 * @customfunction CAPTURED
 * @helpurl https://localhost:3000/help.html#captured
 * @param hours_released Hours released (≥ 0); a number or a range.
 * @param hourly_cost Fully loaded cost per hour (≥ 0); a number or a range of the same shape.
 * @param capture_rate Share of released hours turned into value, 0…1; required, no default.
 * @returns Captured value.
 */
export function captured(hours_released: any[][], hourly_cost: any[][], capture_rate: any[][]): number {
  return CAPTURED(hours_released, hourly_cost, capture_rate);
}

const AVOIDEDLOSS = define(
  "AVOIDEDLOSS",
  { loss_amount: grid(NON_NEGATIVE), probability_without: grid(SHARE), probability_with: grid(SHARE) },
  (a) => {
    const g = alignGrids(a);
    return core.isCalcError(g) ? g : core.avoidedLoss(g.loss_amount, g.probability_without, g.probability_with);
  },
);

/**
 * Expected loss avoided against the counterfactual: loss × (probability without − probability with), summed over same-shaped ranges. Negative when exposure rises.
 * @customfunction AVOIDEDLOSS
 * @helpurl https://localhost:3000/help.html#avoidedloss
 * @param loss_amount Size of the loss if it happens (≥ 0); a number or a range.
 * @param probability_without Probability of the loss without the intervention, 0…1.
 * @param probability_with Probability of the loss with the intervention, 0…1.
 * @returns Expected loss avoided.
 */
export function avoidedloss(loss_amount: any[][], probability_without: any[][], probability_with: any[][]): number {
  return AVOIDEDLOSS(loss_amount, probability_without, probability_with);
}

const REALISED = define(
  "REALISED",
  {
    incremental_revenue: sum(),
    protected_earnings: sum(),
    redeployed_capacity: sum(),
    avoided_loss: sum(),
    option_value: sum(),
    lifecycle_cost: sum(COST),
    transition_cost: sum(COST),
    risk_failure_cost: sum(COST),
    cannibalisation: sum(COST),
  },
  (a) =>
    core.realised(
      {
        incrementalRevenue: a.incremental_revenue,
        protectedEarnings: a.protected_earnings,
        redeployedCapacity: a.redeployed_capacity,
        avoidedLoss: a.avoided_loss,
        optionValue: a.option_value,
      },
      {
        lifecycleCost: a.lifecycle_cost,
        transitionCost: a.transition_cost,
        riskFailureCost: a.risk_failure_cost,
        cannibalisation: a.cannibalisation,
      },
    ),
);

/**
 * Realised AI value: five kinds of benefit less four kinds of cost. Each argument is a number or a range, summed; costs are entered as positive amounts.
 * @customfunction REALISED
 * @helpurl https://localhost:3000/help.html#realised
 * @param incremental_revenue Revenue that would not exist without the intervention (any sign).
 * @param protected_earnings Earnings kept that would otherwise be lost (any sign).
 * @param redeployed_capacity Value of released capacity actually put to other use (any sign).
 * @param avoided_loss Expected loss avoided (any sign).
 * @param option_value Value of strategic options created (any sign).
 * @param lifecycle_cost Full lifecycle cost: technology, data, integration, operation (≥ 0).
 * @param transition_cost Change, training and workforce transition cost (≥ 0).
 * @param [risk_failure_cost] Expected cost of failures and incidents (≥ 0). Default 0.
 * @param [cannibalisation] Revenue or earnings the intervention takes from elsewhere (≥ 0). Default 0.
 * @returns Realised value.
 */
export function realised(
  incremental_revenue: any[][],
  protected_earnings: any[][],
  redeployed_capacity: any[][],
  avoided_loss: any[][],
  option_value: any[][],
  lifecycle_cost: any[][],
  transition_cost: any[][],
  risk_failure_cost?: any[][],
  cannibalisation?: any[][],
): number {
  return REALISED(
    incremental_revenue,
    protected_earnings,
    redeployed_capacity,
    avoided_loss,
    option_value,
    lifecycle_cost,
    transition_cost,
    risk_failure_cost,
    cannibalisation,
  );
}

const ROI = define("ROI", { value: sum(), cost: sum(NON_NEGATIVE) }, (a) => core.roi(a.value, a.cost));

/**
 * Return on investment, (value − cost) / cost, as a decimal (0.25 = 25%). Both arguments are numbers or ranges, summed.
 * @customfunction ROI
 * @helpurl https://localhost:3000/help.html#roi
 * @param value Value returned (any sign).
 * @param cost Cost of the investment (> 0 in total; no negative amounts).
 * @returns ROI as a decimal.
 */
export function roi(value: any[][], cost: any[][]): number {
  return ROI(value, cost);
}

const COSTOFDELAY = define(
  "COSTOFDELAY",
  { annual_value: num(), delay_days: num(NON_NEGATIVE) },
  (a) => core.costOfDelay(a.annual_value, a.delay_days),
);

/**
 * Value lost by a delay: annual value / 365 × days of delay.
 * @customfunction COSTOFDELAY
 * @helpurl https://localhost:3000/help.html#costofdelay
 * @param annual_value Value the intervention creates in a year.
 * @param delay_days Days of delay (≥ 0).
 * @returns Cost of the delay.
 */
export function costofdelay(annual_value: any[][], delay_days: any[][]): number {
  return COSTOFDELAY(annual_value, delay_days);
}

/** BREAKEVEN and PAYBACKCURVE take the same first five arguments. */
const PAYBACK_ARGS = {
  upfront_cost: num(NON_NEGATIVE),
  monthly_cost: vector(NON_NEGATIVE),
  monthly_value: vector(),
  ramp_months: num(NON_NEGATIVE, { default: 0 }),
  annual_discount_rate: num({ gt: -1 }, { default: 0 }),
};
const HORIZON: Domain = { min: 1, max: 1200, integer: true };

function paybackInputs(a: {
  upfront_cost: number;
  monthly_cost: number[];
  monthly_value: number[];
  ramp_months: number;
  annual_discount_rate: number;
}): core.PaybackInputs {
  // A one-cell range is a constant: Excel cannot tell A1 from the number in it.
  const series = (v: number[]) => (v.length === 1 ? v[0] : v);
  return {
    upfrontCost: a.upfront_cost,
    monthlyCost: series(a.monthly_cost),
    monthlyValue: series(a.monthly_value),
    rampMonths: a.ramp_months,
    annualDiscountRate: a.annual_discount_rate,
  };
}

const BREAKEVEN = define("BREAKEVEN", { ...PAYBACK_ARGS, horizon_months: optionalNum(HORIZON) }, (a) =>
  core.breakeven(paybackInputs(a), a.horizon_months),
);

/**
 * Months until cumulative net value pays back the upfront cost, interpolated inside the crossing month; #N/A when it does not within the horizon.
 * @customfunction BREAKEVEN
 * @helpurl https://localhost:3000/help.html#breakeven
 * @param upfront_cost Cost paid at month 0 (≥ 0).
 * @param monthly_cost Running cost per month (≥ 0): a number, or a row or column with one month per cell.
 * @param monthly_value Value per month (any sign): a number, or a row or column with one month per cell.
 * @param [ramp_months] Months for a constant monthly_value to ramp up linearly (≥ 0). Default 0.
 * @param [annual_discount_rate] Annual discount rate (> −1); month m is discounted by (1+r)^(−m/12). Default 0.
 * @param [horizon_months] Months to look ahead, 1…1200. Default 120, or the series length.
 * @returns Months to break even.
 */
export function breakeven(
  upfront_cost: any[][],
  monthly_cost: any[][],
  monthly_value: any[][],
  ramp_months?: any[][],
  annual_discount_rate?: any[][],
  horizon_months?: any[][],
): number {
  return BREAKEVEN(upfront_cost, monthly_cost, monthly_value, ramp_months, annual_discount_rate, horizon_months);
}

const PAYBACKCURVE = define("PAYBACKCURVE", { ...PAYBACK_ARGS, months: optionalNum(HORIZON) }, (a) =>
  core.paybackCurve(paybackInputs(a), a.months),
);

/**
 * Spills the cumulative position from month 0 to the last month as one column: the J-curve. BREAKEVEN is where it crosses zero.
 * @customfunction PAYBACKCURVE
 * @helpurl https://localhost:3000/help.html#paybackcurve
 * @param upfront_cost Cost paid at month 0 (≥ 0).
 * @param monthly_cost Running cost per month (≥ 0): a number, or a row or column with one month per cell.
 * @param monthly_value Value per month (any sign): a number, or a row or column with one month per cell.
 * @param [ramp_months] Months for a constant monthly_value to ramp up linearly (≥ 0). Default 0.
 * @param [annual_discount_rate] Annual discount rate (> −1); month m is discounted by (1+r)^(−m/12). Default 0.
 * @param [months] Months to show, 1…1200. Default 36, or the series length.
 * @returns Cumulative position at months 0…N, one per row.
 */
export function paybackcurve(
  upfront_cost: any[][],
  monthly_cost: any[][],
  monthly_value: any[][],
  ramp_months?: any[][],
  annual_discount_rate?: any[][],
  months?: any[][],
): number[][] {
  return PAYBACKCURVE(upfront_cost, monthly_cost, monthly_value, ramp_months, annual_discount_rate, months);
}

const UPLIFT = define("UPLIFT", { baseline: values(), current: values() }, (a) => core.uplift(a.baseline, a.current));

/**
 * Relative change of the mean from baseline to current: (mean(current) − mean(baseline)) / |mean(baseline)|. Blank cells are ignored like AVERAGE; desktop Excel may pass a blank cell as 0.
 * @customfunction UPLIFT
 * @helpurl https://localhost:3000/help.html#uplift
 * @param baseline The metric before: a number or a range, averaged.
 * @param current The metric now: a number or a range, averaged.
 * @returns Uplift as a decimal (0.5 = +50%).
 */
export function uplift(baseline: any[][], current: any[][]): number {
  return UPLIFT(baseline, current);
}

const COUNT: Domain = { min: 0, integer: true };
const SIGNIFICANCE = define(
  "SIGNIFICANCE",
  {
    baseline_successes: num(COUNT),
    baseline_trials: num({ gt: 0, integer: true }),
    current_successes: num(COUNT),
    current_trials: num({ gt: 0, integer: true }),
  },
  (a) => core.significance(a.baseline_successes, a.baseline_trials, a.current_successes, a.current_trials),
);

/**
 * Two-sided p-value of the pooled two-proportion z-test: how likely a change this large is by chance alone. Below 0.05 is the usual bar.
 * @customfunction SIGNIFICANCE
 * @helpurl https://localhost:3000/help.html#significance
 * @param baseline_successes Successes before (whole number, ≥ 0, ≤ baseline_trials).
 * @param baseline_trials Trials before (whole number, > 0).
 * @param current_successes Successes now (whole number, ≥ 0, ≤ current_trials).
 * @param current_trials Trials now (whole number, > 0).
 * @returns p-value, 0…1.
 */
export function significance(
  baseline_successes: any[][],
  baseline_trials: any[][],
  current_successes: any[][],
  current_trials: any[][],
): number {
  return SIGNIFICANCE(baseline_successes, baseline_trials, current_successes, current_trials);
}

const EVIDENCELEVEL = define(
  "EVIDENCELEVEL",
  {
    technical: rung(),
    behavioural: rung(),
    operational: rung(),
    financial: rung(),
    strategic: rung(),
    as_text: flag(false),
  },
  ({ as_text, ...rungs }) => {
    const reached = core.evidenceLevel(Object.values(rungs));
    return as_text ? core.RUNG_NAMES[reached] : reached;
  },
);

/**
 * Rung of the evidence ladder reached, 0…5: rungs evidenced in a row from Technical up. A gap stops the climb. Each rung: TRUE/FALSE, 1/0, blank, or a status (Evidenced, Audited, Yes count; None, Planned, Claimed, No do not).
 * @customfunction EVIDENCELEVEL
 * @helpurl https://localhost:3000/help.html#evidencelevel
 * @param technical Technical evidence: the system can do the task.
 * @param behavioural Behavioural evidence: people or systems use it.
 * @param operational Operational evidence: the work changes.
 * @param financial Financial evidence: enterprise economics change.
 * @param strategic Strategic evidence: competitive position changes.
 * @param [as_text] TRUE for the rung's name (None, Technical … Strategic) instead of its number. Default FALSE.
 * @returns Level 0…5, or its name.
 */
export function evidencelevel(
  technical: any[][],
  behavioural: any[][],
  operational: any[][],
  financial: any[][],
  strategic: any[][],
  as_text?: any[][],
): number | string {
  return EVIDENCELEVEL(technical, behavioural, operational, financial, strategic, as_text);
}

const EVIDENCEWEIGHTED = define(
  "EVIDENCEWEIGHTED",
  { value: num(), evidence_level: level(), weights: optionalVector(SHARE) },
  (a) => core.evidenceWeighted(a.value, a.evidence_level, a.weights),
);

/**
 * Credit a value claim earns at the evidence it has: value × weight(level). Default weights for levels 0…5 are 0, 0.10, 0.25, 0.50, 1, 1 — a starting point to replace with your own policy.
 * @customfunction EVIDENCEWEIGHTED
 * @helpurl https://localhost:3000/help.html#evidenceweighted
 * @param value The value claimed.
 * @param evidence_level Evidence level 0…5, or a rung name as EVIDENCELEVEL writes it.
 * @param [weights] 5 cells (levels 1…5) or 6 cells (levels 0…5), each 0…1, never falling as the level rises.
 * @returns Evidence-weighted value.
 */
export function evidenceweighted(value: any[][], evidence_level: any[][], weights?: any[][]): number {
  return EVIDENCEWEIGHTED(value, evidence_level, weights);
}

const VERDICT = define(
  "VERDICT",
  {
    actual_value: num(),
    scale_threshold: num(),
    stop_threshold: num(),
    evidence_level: optionalLevel(),
    required_level: level({ default: core.DEFAULT_REQUIRED_LEVEL }),
  },
  (a) => core.verdict(a.actual_value, a.scale_threshold, a.stop_threshold, a.evidence_level, a.required_level),
);

/**
 * The contract's scale-and-stop rule: SCALE, PROVE (value claimed but not evidenced), REDESIGN or STOP.
 * @customfunction VERDICT
 * @helpurl https://localhost:3000/help.html#verdict
 * @param actual_value Value actually realised.
 * @param scale_threshold Value at or above which the contract scales.
 * @param stop_threshold Value below which the contract stops (≤ scale_threshold).
 * @param [evidence_level] Evidence level reached, 0…5 or a rung name. Leave blank to skip the evidence test.
 * @param [required_level] Evidence level needed to scale, 0…5 or a rung name. Default 4 (Financial).
 * @returns SCALE, PROVE, REDESIGN or STOP.
 */
export function verdict(
  actual_value: any[][],
  scale_threshold: any[][],
  stop_threshold: any[][],
  evidence_level?: any[][],
  required_level?: any[][],
): string {
  return VERDICT(actual_value, scale_threshold, stop_threshold, evidence_level, required_level);
}
