/*
 * The values tracker (a mean per case, issue 12's "values") computed in HyperFormula: every
 * weekly figure against the core's pooled moments, Welch's z, sample size and MDE for means
 * called on the same inputs at 1e-9, the money by month worked out here, the rule's words, and
 * the same names contract as a share tracker (a contract's SUMIFS link, the ladder's rung).
 */
import { isCalcError } from "../../src/core/calcError";
import { mdeMeans } from "../../src/core/mdeMeans";
import { normSDist } from "../../src/core/normSDist";
import { pooledMoments, type Moments } from "../../src/core/pooledMoments";
import { sampleSizeMeans } from "../../src/core/sampleSizeMeans";
import { uplift } from "../../src/core/uplift";
import { welchZ } from "../../src/core/welchZ";
import { cellRef, parseCell } from "../../src/sheet/a1";
import type { TemplateSpec } from "../../src/sheet/spec";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { TRACKER_NAMES as T, VALUES_TRACKER_EXAMPLE as EX, measurementTracker } from "../../src/templates/measurementTracker";
import { design } from "../../src/templates/measurementTracker/design";
import { VWEEK } from "../../src/templates/measurementTracker/valuesWeeks";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { compute, withInputs, type Computed } from "./sheetEngine";

const TIMEOUT = 120_000;
const OPTIONS = { example: true, trackerKind: "values" } as const;
const moments = (m: Moments | unknown): Moments => {
  if (isCalcError(m)) throw new Error(m.message);
  return m as Moments;
};
const baseline = moments(pooledMoments(EX.baselineCounts, EX.baselineMeans, EX.baselineSds));
const treatedSoFar = (k: number) => moments(pooledMoments(EX.treatedCounts.slice(0, k), EX.treatedMeans.slice(0, k), EX.treatedSds.slice(0, k)));

/** A weekly column's cell `k` weeks below the first, by the table's column key. */
function weekCell(c: Computed, spec: TemplateSpec, column: keyof typeof VWEEK, k: number): unknown {
  const sheet = spec.sheets[0];
  const top = parseCell(sheet.names.find((n) => n.name === "WeekZ")!.ref.split(":")[0]);
  return c.book.value(sheet.name, cellRef(top.row + k, VWEEK[column].index));
}

test("the values example: 8.0 minutes a case before go-live, about 7.5 after, signals in week 5; every figure is the core's", async () => {
  const spec = measurementTracker(OPTIONS);
  const c = await compute(spec);
  const d = design(12);
  expect(c.named("BaselineCount")).toBe(baseline.n);
  expect(c.named("BaselineMean")).toBeCloseTo(baseline.mean, 12);
  expect(c.named("BaselineVariance")).toBeCloseTo(baseline.variance, 9);
  const fixed = sampleSizeMeans(Math.sqrt(baseline.variance), baseline.mean, EX.targetMean) as number;
  expect(c.named("FixedTrials")).toBe(fixed);
  const perGroup = Math.ceil(fixed * d.inflation[1]);
  expect(c.named("NeededTrials")).toBe(Math.ceil(1 / (2 / perGroup - 1 / baseline.n)));
  for (let k = 0; k < EX.treatedCounts.length; k++) {
    const treated = treatedSoFar(k + 1);
    const at = (column: keyof typeof VWEEK) => weekCell(c, spec, column, k) as number;
    expect(at("cumN")).toBe(treated.n);
    expect(at("cumMean")).toBeCloseTo(treated.mean, 12);
    expect(Math.abs(at("cumVariance") - treated.variance)).toBeLessThanOrEqual(1e-9 * treated.variance);
    // Lower is better: the sheet's z is the core's with its sign turned, so an improvement is positive.
    const z = -(welchZ(baseline, treated) as number);
    expect(at("z")).toBeCloseTo(z, 9);
    expect(at("pValue")).toBeCloseTo(2 * (1 - normSDist(Math.abs(z))), 12);
    expect(at("boundary")).toBeCloseTo(d.constant[1] * Math.sqrt(12 / (k + 1)), 12);
    expect(at("crossed")).toBe(z >= d.constant[1] * Math.sqrt(12 / (k + 1)) ? 1 : 0);
    expect(at("uplift")).toBeCloseTo(uplift([baseline.mean], [treated.mean]) as number, 9);
    const mde = mdeMeans(Math.sqrt(treated.variance), treated.n / d.inflation[1], Math.sqrt(baseline.variance), baseline.n / d.inflation[1]) as number;
    expect(at("mde")).toBeCloseTo(mde, 9);
  }
  expect(c.named("RiseWeek")).toBe(5);
  expect(c.named(T.Rule)).toBe("SIGNAL");
  expect(c.named("TrackerStatus")).toBe("signal at week 5: the improvement crossed the sequential boundary");
  expect(c.named("MasterCheck")).toBe("OK");
  // Money: each week's minutes saved against the baseline mean × its cases × $0.90 × 100%, by the month the week starts in.
  const weekValue = (k: number) => (baseline.mean - EX.treatedMeans[k]) * EX.treatedCounts[k] * EX.unitValue * EX.contributionMargin;
  const month = (first: number) => [0, 1, 2, 3].reduce((a, i) => a + weekValue(first + i), 0);
  const sheet = spec.sheets[0];
  const monthly = (k: number) => {
    const top = parseCell(sheet.names.find((n) => n.name === T.MonthlyValue)!.ref.split(":")[0]);
    return c.book.value(sheet.name, cellRef(top.row + k, top.col));
  };
  expect([0, 1, 2, 3].map(monthly)).toEqual([expect.closeTo(month(0), 9), expect.closeTo(month(4), 9), expect.closeTo(month(8), 9), ""]);
  c.book.hf.destroy();
}, TIMEOUT);

test("against a control group, one-sided: the pooled control is the reference and z is Welch's on the two groups", async () => {
  const control = { n: [148, 151, 150, 152], mean: [8.1, 7.9, 8.2, 8.0], sd: [3.0, 3.1, 2.9, 3.0] };
  const inputs: Record<string, number | string | null> = { CompareWith: "Control group", Tails: 1 };
  control.n.forEach((n, i) => Object.assign(inputs, { [`WeekControlTrials#${i + 1}`]: n, [`WeekControlMeans#${i + 1}`]: control.mean[i], [`WeekControlSDs#${i + 1}`]: control.sd[i] }));
  for (let w = 5; w <= 26; w++) Object.assign(inputs, { [`WeekTrials#${w}`]: null, [`WeekMeans#${w}`]: null, [`WeekSDs#${w}`]: null });
  const spec = withInputs(measurementTracker(OPTIONS), inputs);
  const c = await compute(spec);
  const d = design(12);
  for (let k = 0; k < 4; k++) {
    const ref = moments(pooledMoments(control.n.slice(0, k + 1), control.mean.slice(0, k + 1), control.sd.slice(0, k + 1)));
    const z = -(welchZ(ref, treatedSoFar(k + 1)) as number);
    expect(weekCell(c, spec, "refMean", k)).toBeCloseTo(ref.mean, 12);
    expect(weekCell(c, spec, "z", k)).toBeCloseTo(z, 9);
    expect(weekCell(c, spec, "pValue", k)).toBeCloseTo(1 - normSDist(z), 12);
    expect(weekCell(c, spec, "boundary", k)).toBeCloseTo(d.constant[0] * Math.sqrt(12 / (k + 1)), 12);
  }
  expect(c.named("NeededTrials")).toBe(Math.ceil((sampleSizeMeans(Math.sqrt(baseline.variance), baseline.mean, EX.targetMean, 0.05, 0.8, 1) as number) * d.inflation[0]));
  expect(c.check("Control group filled when compared with")).toBe(0);
  c.book.hf.destroy();
}, TIMEOUT);

test("after N weeks of nothing it says STOP in cases; a blank values tracker plans nothing and flags what is missing", async () => {
  const flat: Record<string, number | null> = {};
  for (let w = 1; w <= 26; w++) Object.assign(flat, { [`WeekTrials#${w}`]: w <= 6 ? 150 : null, [`WeekMeans#${w}`]: w <= 6 ? 8 : null, [`WeekSDs#${w}`]: w <= 6 ? 3 : null });
  const stop = await compute(withInputs(measurementTracker(OPTIONS), flat));
  expect(stop.named(T.Rule)).toBe("STOP");
  expect(stop.named("TrackerStatus")).toBe("stop: no significant movement after 6 weeks and 900 cases");
  stop.book.hf.destroy();
  const blank = await compute(measurementTracker({ trackerKind: "values" }));
  expect(blank.named(T.Rule)).toBe("MEASURING");
  expect(blank.named("TrackerStatus")).toMatch(/^not enough data yet: no sample is planned until the baseline \(at least half the cases per group\)/);
  expect(blank.check("Target better than the baseline")).toBe(1);
  expect(blank.check("Value inputs given")).toBe(1);
  expect(blank.named("MasterCheck")).not.toBe("OK");
  blank.book.hf.destroy();
}, TIMEOUT);

test("a week with cases but no spread is flagged; a target on the wrong side of the baseline too", async () => {
  const c = await compute(withInputs(measurementTracker(OPTIONS), { "WeekSDs#3": null, TargetMean: 8.5 }));
  expect(c.check("Every period has its mean and spread")).toBe(1);
  expect(c.check("Target better than the baseline")).toBe(1);
  c.book.hf.destroy();
}, TIMEOUT);

test("an evidence ladder citing a values tracker counts its SIGNAL on the Financial rung, through the same names", async () => {
  const book = new XlsxBook();
  const tracker = book.insert(measurementTracker(OPTIONS), OPTIONS).sheets[0].name;
  const ladder = book.insert(evidenceLadder({ example: true, trackerSheet: tracker }), { example: true }).sheets[0].name;
  const engine = await loadIntoHyperFormula(await book.toBuffer());
  expect(engine.named(ladder, "LadderTrackerRule")).toBe("SIGNAL");
  expect(engine.named(ladder, "RungReached")).toBe("Financial");
  engine.hf.destroy();
}, TIMEOUT);
