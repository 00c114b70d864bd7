/*
 * The values tracker's stop rule under weekly looks, simulated: weekly reports (count, mean,
 * standard deviation, as a controller gets them) of handling minutes with no true change and
 * with the target's fall, over many seeds, then
 * through the sheet's cells — pooled moments and Welch's z (the core functions, proved equal to
 * the sheet in trackerValues.test.ts) and the same boundary and rule as a share tracker. The
 * false-signal rate stays at or below alpha and the power at the planned sample at or above the
 * stated power, within three binomial standard errors; the naive weekly p-value is printed for
 * contrast. Cases are normal and, to show the rule does not lean on normality, lognormal
 * (handling times are skewed) with the same mean and spread.
 */
import { normSInv } from "../../src/core/normSInv";
import { pooledMoments, type Moments } from "../../src/core/pooledMoments";
import { sampleSizeMeans } from "../../src/core/sampleSizeMeans";
import { welchZ } from "../../src/core/welchZ";
import { DESIGN } from "../../src/templates/measurementTracker/data";
import { design } from "../../src/templates/measurementTracker/design";
import { mulberry32 } from "../../harness/random";
import { decide, neededTrials } from "./trackerRule";

const RUNS = 20_000;
const BASE = 8;
const TARGET = 7.5;
const SD = 3;
const BASELINE_CASES = 1950;

interface Plan {
  name: string;
  looks: number;
  tails: 1 | 2;
  control: boolean;
  shape: "normal" | "lognormal";
}

/** A period's report: its count, mean and standard deviation. */
type Report = [number, number, number];

/**
 * A period's report of `count` cases with this mean and spread. Normal cases: the report itself is
 * drawn exactly — the mean is normal, (n − 1)·s²/σ² is chi-square with n − 1 degrees of freedom
 * (Marsaglia–Tsang's gamma sampler) — which costs two draws, not n, on a machine the whole team
 * shares. Lognormal cases (skewed, like handling times, same mean and spread) are drawn one by one.
 */
function reporter(random: () => number, shape: Plan["shape"]): (mean: number, count: number) => Report {
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const gamma = (a: number): number => {
    const d = a - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const x = normal();
      const v = (1 + c * x) ** 3;
      if (v > 0 && Math.log(1 - random()) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  return (mean, count) => {
    if (shape === "normal") return [count, mean + (SD / Math.sqrt(count)) * normal(), SD * Math.sqrt((2 * gamma((count - 1) / 2)) / (count - 1))];
    const s2 = Math.log(1 + (SD / mean) ** 2);
    const mu = Math.log(mean) - s2 / 2;
    const xs = Array.from({ length: count }, () => Math.exp(mu + Math.sqrt(s2) * normal()));
    const m = xs.reduce((a, b) => a + b, 0) / count;
    return [count, m, Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / (count - 1))];
  };
}

const pool = (reports: Report[]) => pooledMoments(reports.map((r) => r[0]), reports.map((r) => r[1]), reports.map((r) => r[2])) as Moments;

function simulate(plan: Plan, treatedMean: number, seed: number) {
  const random = mulberry32(seed);
  const draw = reporter(random, plan.shape);
  const d = design(plan.looks);
  const constant = d.constant[plan.tails - 1];
  // Weekly cases per group that reach the plan in the planned looks, from the true spread, before any data.
  const fixed = sampleSizeMeans(SD, BASE, TARGET, DESIGN.alpha, DESIGN.power, plan.tails) as number;
  const perWeek = Math.ceil(neededTrials(fixed, d.inflation[plan.tails - 1], plan.control ? undefined : BASELINE_CASES)! / plan.looks);
  const naiveBar = normSInv(1 - DESIGN.alpha / plan.tails);
  const count = { signal: 0, anyCrossing: 0, naive: 0 };
  for (let run = 0; run < RUNS; run++) {
    const weeks = Array.from({ length: plan.looks }, () => draw(treatedMean, perWeek));
    const control = plan.control ? weeks.map(() => draw(BASE, perWeek)) : undefined;
    const baseline = control ? undefined : pool([draw(BASE, BASELINE_CASES)]);
    // Lower is better: the sheet's z is −Welch's, so an improvement is positive.
    const z = weeks.map((_, k) => -(welchZ(control ? pool(control.slice(0, k + 1)) : baseline!, pool(weeks.slice(0, k + 1))) as number));
    const result = decide(z, perWeek * plan.looks, { looks: plan.looks, constant, tails: plan.tails, stopWeeks: plan.looks, neededTrials: undefined });
    if (result.rule === "SIGNAL") count.signal++;
    if (result.riseWeek !== undefined || result.fallWeek !== undefined) count.anyCrossing++;
    if (z.some((zk) => (plan.tails === 2 ? Math.abs(zk) : zk) >= naiveBar)) count.naive++;
  }
  return { perWeek, signal: count.signal / RUNS, anyCrossing: count.anyCrossing / RUNS, naive: count.naive / RUNS };
}

const margin = (p: number) => 3 * Math.sqrt((p * (1 - p)) / RUNS);

const PLANS: Plan[] = [
  { name: "values, 12 weekly looks against the baseline, two-sided, normal cases", looks: 12, tails: 2, control: false, shape: "normal" },
  { name: "values, 6 weekly looks against a control group, one-sided, lognormal cases", looks: 6, tails: 1, control: true, shape: "lognormal" },
];

describe.each(PLANS)("$name", (plan) => {
  test(`signals falsely at most ${DESIGN.alpha} of the time with no change; the naive weekly p-value far more`, () => {
    const rates = simulate(plan, BASE, 2026);
    console.log(`${plan.name}, no change, ${RUNS} runs of ${rates.perWeek} cases a week: SIGNAL ${rates.signal}, any crossing ${rates.anyCrossing}, naive weekly p < ${DESIGN.alpha} ${rates.naive}`);
    expect(rates.anyCrossing).toBeLessThanOrEqual(DESIGN.alpha + margin(DESIGN.alpha));
    expect(rates.signal).toBeLessThanOrEqual(DESIGN.alpha / plan.tails + margin(DESIGN.alpha / plan.tails));
    expect(rates.naive).toBeGreaterThan(2 * DESIGN.alpha);
  }, 300_000);

  test(`signals at least ${DESIGN.power} of the time when the target's fall is true, by the planned sample`, () => {
    const rates = simulate(plan, TARGET, 1105);
    console.log(`${plan.name}, true fall ${BASE} → ${TARGET} minutes, ${RUNS} runs: power ${rates.signal}`);
    expect(rates.signal).toBeGreaterThanOrEqual(DESIGN.power - margin(DESIGN.power));
  }, 300_000);
});
