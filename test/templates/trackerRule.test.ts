/*
 * The TypeScript mirror of the tracker's stop rule (trackerRule.ts) is the sheet's rule: on
 * generated weeks of every kind — no change, a rise, a fall, a control group, one tail,
 * too few weeks, more weeks than planned looks — HyperFormula computes the sheet and the
 * mirror gives the same z every week, the same boundary, the same crossings and the same word.
 */
import type { Value } from "../../src/sheet/spec";
import { measurementTracker } from "../../src/templates/measurementTracker";
import { design } from "../../src/templates/measurementTracker/design";
import { BASELINE_ROWS, WEEK_ROWS } from "../../src/templates/measurementTracker/data";
import { sampleSize } from "../../src/core/sampleSize";
import { cellRef, parseCell } from "../../src/sheet/a1";
import { compute, withInputs } from "./sheetEngine";
import { mulberry32 } from "../../harness/random";
import { binomial, neededTrials, trackerRule, type Counts, type RuleInputs } from "./trackerRule";

interface Scenario {
  name: string;
  looks: number;
  tails: 1 | 2;
  weeks: number;
  treatedRate: number;
  control?: number;
  stopWeeks: number;
  /** What the generated weeks come to (seed = the scenario's place in the list). */
  word: string;
}

const SCENARIOS: Scenario[] = [
  { name: "no change", looks: 12, tails: 2, weeks: 12, treatedRate: 0.12, stopWeeks: 6, word: "STOP" },
  { name: "a rise", looks: 12, tails: 2, weeks: 9, treatedRate: 0.17, stopWeeks: 6, word: "SIGNAL" },
  { name: "a fall", looks: 12, tails: 2, weeks: 10, treatedRate: 0.07, stopWeeks: 6, word: "STOP" },
  { name: "a control group", looks: 8, tails: 2, weeks: 8, treatedRate: 0.18, control: 0.12, stopWeeks: 4, word: "STOP" },
  { name: "one tail", looks: 6, tails: 1, weeks: 6, treatedRate: 0.14, stopWeeks: 6, word: "SIGNAL" },
  { name: "too few weeks", looks: 12, tails: 2, weeks: 3, treatedRate: 0.12, stopWeeks: 6, word: "MEASURING" },
  { name: "more weeks than looks", looks: 4, tails: 2, weeks: 9, treatedRate: 0.13, stopWeeks: 3, word: "SIGNAL" },
];

const TARGET = 0.16;

function generate(s: Scenario, seed: number): { inputs: RuleInputs; cells: Record<string, Value> } {
  const random = mulberry32(seed);
  const week = (rate: number): Counts => {
    const trials = 80 + Math.floor(random() * 40);
    return { trials, successes: binomial(random, trials, rate) };
  };
  const baselineRows = Array.from({ length: BASELINE_ROWS }, () => week(0.12));
  const weeks = Array.from({ length: s.weeks }, () => week(s.treatedRate));
  const control = s.control === undefined ? undefined : weeks.map(() => week(s.control!));
  const baseline = { successes: baselineRows.reduce((a, x) => a + x.successes, 0), trials: baselineRows.reduce((a, x) => a + x.trials, 0) };
  const d = design(s.looks);
  const i = s.tails - 1;
  const fixed = sampleSize(baseline.successes / baseline.trials, TARGET, 0.05, 0.8, s.tails) as number;
  const inputs: RuleInputs = {
    baseline,
    weeks,
    control,
    looks: s.looks,
    constant: d.constant[i],
    tails: s.tails,
    stopWeeks: s.stopWeeks,
    neededTrials: neededTrials(fixed, d.inflation[i], control ? undefined : baseline.trials),
  };
  const cells: Record<string, Value> = { Tails: s.tails, StopWeeks: s.stopWeeks, TargetRate: TARGET, CompareWith: control ? "Control group" : "Baseline" };
  baselineRows.forEach((x, k) => Object.assign(cells, { [`BaselineSuccessCounts#${k + 1}`]: x.successes, [`BaselineTrialCounts#${k + 1}`]: x.trials }));
  for (let k = 0; k < WEEK_ROWS; k++) {
    cells[`WeekSuccesses#${k + 1}`] = weeks[k]?.successes ?? null;
    cells[`WeekTrials#${k + 1}`] = weeks[k]?.trials ?? null;
    cells[`WeekControlSuccesses#${k + 1}`] = control?.[k]?.successes ?? null;
    cells[`WeekControlTrials#${k + 1}`] = control?.[k]?.trials ?? null;
  }
  return { inputs, cells };
}

describe("the mirror of the stop rule", () => {
  test.each(SCENARIOS.map((s, i) => [s.name, s, i + 1] as const))("equals the sheet with %s", async (_, scenario, seed) => {
    const { inputs, cells } = generate(scenario, seed);
    const mirror = trackerRule(inputs);
    const spec = withInputs(measurementTracker({ example: true, plannedLooks: scenario.looks }), cells);
    const c = await compute(spec);
    const sheet = spec.sheets[0];
    const column = (name: string) => {
      const top = parseCell(sheet.names.find((n) => n.name === name)!.ref.split(":")[0]);
      return mirror.z.map((_, k) => c.book.value(sheet.name, cellRef(top.row + k, top.col)));
    };
    const z = column("WeekZ") as number[];
    mirror.z.forEach((v, k) => expect(z[k]).toBeCloseTo(v, 9));
    expect(column("WeekBoundary")).toEqual(mirror.boundary.map((b) => (b === undefined ? "" : expect.closeTo(b, 12))));
    expect(c.named("TrackerRule")).toBe(mirror.rule);
    expect(c.named("RiseWeek")).toBe(mirror.riseWeek ?? "");
    expect(c.named("FallWeek")).toBe(mirror.fallWeek ?? "");
    expect(c.named("NeededTrials")).toEqual(inputs.neededTrials ?? expect.objectContaining({ type: "NA" }));
    expect(mirror.rule).toBe(scenario.word);
    c.book.hf.destroy();
  }, 120_000);
});
