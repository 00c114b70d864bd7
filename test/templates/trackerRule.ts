/*
 * The measurement tracker's stop rule written out in TypeScript, formula for formula, so
 * thousands of simulated trials can run through it; test/templates/trackerRule.test.ts
 * proves it equal to the sheet computed by HyperFormula before the simulation trusts it.
 */

export interface Counts {
  successes: number;
  trials: number;
}

export interface RuleInputs {
  /** Successes and trials of the reference when comparing with the baseline. */
  baseline: Counts;
  /** Treated weeks in order; `control` per week when comparing with a control group. */
  weeks: Counts[];
  control?: Counts[];
  looks: number;
  /** The boundary constant the sheet uses for these tails. */
  constant: number;
  tails: 1 | 2;
  stopWeeks: number;
  /** Treated trials the plan needs, or undefined when the sheet says #N/A. */
  neededTrials: number | undefined;
}

export interface RuleResult {
  rule: "MEASURING" | "SIGNAL" | "STOP";
  z: number[];
  boundary: (number | undefined)[];
  riseWeek: number | undefined;
  fallWeek: number | undefined;
}

const sum = (xs: Counts[], k: number, key: keyof Counts) => xs.slice(0, k).reduce((s, x) => s + x[key], 0);

/** The sheet's rule on these inputs: z so far each week, its boundary, the crossings and the words. */
export function trackerRule(x: RuleInputs): RuleResult {
  const z = x.weeks.map((_, i) => {
    const week = i + 1;
    const cs = sum(x.weeks, week, "successes");
    const ct = sum(x.weeks, week, "trials");
    const ref = x.control ? { successes: sum(x.control, week, "successes"), trials: sum(x.control, week, "trials") } : x.baseline;
    const refRate = ref.successes / ref.trials;
    const pooled = (cs + ref.successes) / (ct + ref.trials);
    return pooled === 0 || pooled === 1 ? 0 : (cs / ct - refRate) / Math.sqrt(pooled * (1 - pooled) * (1 / ct + 1 / ref.trials));
  });
  return decide(z, sum(x.weeks, x.weeks.length, "trials"), x);
}

/** The boundary, the crossings and the word from each week's z so far: the same cells in a share and a values tracker. */
export function decide(z: number[], trials: number, x: Pick<RuleInputs, "looks" | "constant" | "tails" | "stopWeeks" | "neededTrials">): RuleResult {
  const boundary: (number | undefined)[] = [];
  let riseWeek: number | undefined;
  let fallWeek: number | undefined;
  z.forEach((zk, i) => {
    const week = i + 1;
    const b = week <= x.looks ? x.constant * Math.sqrt(x.looks / week) : undefined;
    boundary.push(b);
    if (b === undefined) return;
    if (zk >= b) riseWeek ??= week;
    else if (x.tails === 2 && zk <= -b) fallWeek ??= week;
  });
  const weeks = z.length;
  const enough = weeks >= x.looks || (x.neededTrials !== undefined && trials >= x.neededTrials);
  const rule = riseWeek !== undefined && (fallWeek === undefined || riseWeek < fallWeek) ? "SIGNAL" : fallWeek !== undefined || (weeks >= x.stopWeeks && enough) ? "STOP" : "MEASURING";
  return { rule, z, boundary, riseWeek, fallWeek };
}

/** The sheet's NeededTrials: SAMPLESIZE inflated for the looks, then the treated trials a fixed baseline leaves to find. */
export function neededTrials(fixedTrials: number, inflation: number, baselineTrials: number | undefined): number | undefined {
  const perGroup = Math.ceil(fixedTrials * inflation);
  if (baselineTrials === undefined) return perGroup;
  const left = 1 / perGroup + 1 / perGroup - 1 / baselineTrials;
  return left > 0 ? Math.ceil(1 / left) : undefined;
}

/** Successes in `trials` independent trials at `rate`, by inverting the binomial distribution (about trials × rate steps). */
export function binomial(random: () => number, trials: number, rate: number): number {
  const u = random();
  const odds = rate / (1 - rate);
  let k = 0;
  let probability = (1 - rate) ** trials;
  let cumulative = probability;
  while (u > cumulative && k < trials) {
    probability *= ((trials - k) / (k + 1)) * odds;
    k++;
    cumulative += probability;
  }
  return k;
}
