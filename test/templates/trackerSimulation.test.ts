/*
 * The stop rule under weekly looks, simulated: generated weeks with no true change and with
 * the target's rise, over many seeds, through the rule the sheet computes (its mirror,
 * proved equal to the sheet in trackerRule.test.ts). The rule's false-signal rate stays at or
 * below alpha and its power at the planned sample at or above the stated power, each within
 * a binomial margin of three standard errors; the naive rule — a cumulative p-value held
 * against 0.05 every week — is printed beside it for contrast.
 */
import { sampleSize } from "../../src/core/sampleSize";
import { DESIGN } from "../../src/templates/measurementTracker/data";
import { design } from "../../src/templates/measurementTracker/design";
import { normSInv } from "../../src/core/normSInv";
import { mulberry32 } from "../../harness/random";
import { binomial, neededTrials, trackerRule, type Counts } from "./trackerRule";

const RUNS = 20_000;
const BASE = 0.12;
const TARGET = 0.16;

interface Plan {
  name: string;
  looks: number;
  tails: 1 | 2;
  control: boolean;
}

/** Weekly trials per group that reach the plan in the planned looks, worked out from the true rates before any data. */
function weeklyTrials(plan: Plan, baselineTrials: number): number {
  const d = design(plan.looks);
  const fixed = sampleSize(BASE, TARGET, DESIGN.alpha, DESIGN.power, plan.tails) as number;
  return Math.ceil(neededTrials(fixed, d.inflation[plan.tails - 1], plan.control ? undefined : baselineTrials)! / plan.looks);
}

interface Rates {
  signal: number;
  anyCrossing: number;
  naive: number;
}

function simulate(plan: Plan, treatedRate: number, seed: number): Rates {
  const random = mulberry32(seed);
  const d = design(plan.looks);
  const baselineTrials = 1300;
  const perWeek = weeklyTrials(plan, baselineTrials);
  const naiveBar = normSInv(1 - DESIGN.alpha / plan.tails);
  const count = { signal: 0, anyCrossing: 0, naive: 0 };
  for (let run = 0; run < RUNS; run++) {
    const week = (rate: number): Counts => ({ trials: perWeek, successes: binomial(random, perWeek, rate) });
    const weeks = Array.from({ length: plan.looks }, () => week(treatedRate));
    const control = plan.control ? weeks.map(() => week(BASE)) : undefined;
    const baseline = { trials: baselineTrials, successes: binomial(random, baselineTrials, BASE) };
    const result = trackerRule({ baseline, weeks, control, looks: plan.looks, constant: d.constant[plan.tails - 1], tails: plan.tails, stopWeeks: plan.looks, neededTrials: undefined });
    if (result.rule === "SIGNAL") count.signal++;
    if (result.riseWeek !== undefined || result.fallWeek !== undefined) count.anyCrossing++;
    // The naive rule: significant at 0.05 at any weekly look (either way when two-sided).
    if (result.z.some((z) => (plan.tails === 2 ? Math.abs(z) : z) >= naiveBar)) count.naive++;
  }
  return { signal: count.signal / RUNS, anyCrossing: count.anyCrossing / RUNS, naive: count.naive / RUNS };
}

const margin = (p: number) => 3 * Math.sqrt((p * (1 - p)) / RUNS);

const PLANS: Plan[] = [
  { name: "the worked example's design: 12 weekly looks against the baseline, two-sided", looks: 12, tails: 2, control: false },
  { name: "6 weekly looks against a control group, one-sided", looks: 6, tails: 1, control: true },
];

describe.each(PLANS)("$name", (plan) => {
  test(`signals falsely at most ${DESIGN.alpha} of the time with no change; the naive weekly p-value far more`, () => {
    const rates = simulate(plan, BASE, 2026);
    console.log(`${plan.name}, no change, ${RUNS} runs: SIGNAL ${rates.signal}, any crossing ${rates.anyCrossing}, naive weekly p < ${DESIGN.alpha} ${rates.naive}`);
    expect(rates.anyCrossing).toBeLessThanOrEqual(DESIGN.alpha + margin(DESIGN.alpha));
    expect(rates.signal).toBeLessThanOrEqual(DESIGN.alpha / plan.tails + margin(DESIGN.alpha / plan.tails));
    expect(rates.naive).toBeGreaterThan(2 * DESIGN.alpha);
  }, 120_000);

  test(`signals at least ${DESIGN.power} of the time when the target's rise is true, by the planned sample`, () => {
    const rates = simulate(plan, TARGET, 1105);
    console.log(`${plan.name}, true rise ${BASE} → ${TARGET}, ${RUNS} runs: power ${rates.signal}`);
    expect(rates.signal).toBeGreaterThanOrEqual(DESIGN.power - margin(DESIGN.power));
  }, 120_000);
});
