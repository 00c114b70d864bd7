/*
 * The measurement tracker (templates v2, issue 12) computed in HyperFormula with the add-in's
 * functions: the worked example's figures worked out here from its inputs, every AIVALUE cell
 * equal to the core function called directly, the words of the rule, and the evidence ladder
 * citing a tracker on its Financial rung.
 */
import { mde } from "../../src/core/mde";
import { sampleSize } from "../../src/core/sampleSize";
import { significance } from "../../src/core/significance";
import { uplift } from "../../src/core/uplift";
import { cellRef, parseCell } from "../../src/sheet/a1";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { DESIGN_SENTENCE, TRACKER_EXAMPLE as EX, TRACKER_NAMES as T, measurementTracker } from "../../src/templates/measurementTracker";
import { design } from "../../src/templates/measurementTracker/design";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { compute, withInputs } from "./sheetEngine";

const TIMEOUT = 120_000;
const total = (xs: number[], n = xs.length) => xs.slice(0, n).reduce((a, b) => a + b, 0);

test("the worked example: 12% before go-live, about 18% after, signals in week 5 under the sequential boundary", async () => {
  const spec = measurementTracker({ example: true });
  const c = await compute(spec);
  const sheet = spec.sheets[0];
  const at = (name: string, k: number) => {
    const top = parseCell(sheet.names.find((n) => n.name === name)!.ref.split(":")[0]);
    return c.book.value(sheet.name, cellRef(top.row + k, top.col));
  };
  const base = { s: total(EX.baselineSuccesses), t: total(EX.baselineTrials) };
  expect(c.named("BaselineRate")).toBeCloseTo(0.12, 15);
  const d = design(12);
  const fixed = sampleSize(0.12, EX.targetRate) as number;
  expect(c.named("FixedTrials")).toBe(fixed);
  const perGroup = Math.ceil(fixed * d.inflation[1]);
  expect(c.named("NeededTrials")).toBe(Math.ceil(1 / (2 / perGroup - 1 / base.t)));
  expect(c.named("NeededTrials")).toBe(1169);
  EX.treatedTrials.forEach((_, k) => {
    const s = total(EX.treatedSuccesses, k + 1);
    const n = total(EX.treatedTrials, k + 1);
    const rate = s / n;
    const pooled = (s + base.s) / (n + base.t);
    const z = (rate - 0.12) / Math.sqrt(pooled * (1 - pooled) * (1 / n + 1 / base.t));
    expect(at("WeekZ", k)).toBeCloseTo(z, 12);
    expect(at("WeekPValues", k)).toBeCloseTo(significance(base.s, base.t, s, n) as number, 15);
    expect(at("WeekBoundary", k)).toBeCloseTo(d.constant[1] * Math.sqrt(12 / (k + 1)), 12);
    expect(at("WeekCrossed", k)).toBe(z >= d.constant[1] * Math.sqrt(12 / (k + 1)) ? 1 : 0);
  });
  // The add-in's cells equal the core functions called directly, at 1e-9.
  const upliftRow = parseCell(sheet.names.find((n) => n.name === "WeekZ")!.ref.split(":")[0]).row;
  for (let k = 0; k < 12; k++) {
    const s = total(EX.treatedSuccesses, k + 1);
    const n = total(EX.treatedTrials, k + 1);
    expect(c.book.value(sheet.name, `O${upliftRow + k}`)).toBeCloseTo(uplift([0.12], [s / n]) as number, 9);
    const harmonic = 2 / (1 / n + 1 / base.t);
    expect(c.book.value(sheet.name, `U${upliftRow + k}`)).toBeCloseTo(mde(0.12, Math.floor(harmonic / d.inflation[1])) as number, 9);
  }
  expect(c.named("RiseWeek")).toBe(5);
  expect(c.named(T.Rule)).toBe("SIGNAL");
  expect(c.named("TrackerStatus")).toBe("signal at week 5: the rise crossed the sequential boundary");
  expect(c.named("MasterCheck")).toBe("OK");
  // Money: each week's successes beyond 12% of its trials × 4% × $42,000 × 80%, by the month the week starts in.
  const weekValue = (k: number) => (EX.treatedSuccesses[k] - 0.12 * EX.treatedTrials[k]) * 0.04 * 42000 * 0.8;
  const month = (first: number) => [0, 1, 2, 3].reduce((a, i) => a + weekValue(first + i), 0);
  expect([0, 1, 2, 3, 4].map((k) => at(T.MonthlyValue, k))).toEqual([expect.closeTo(month(0), 9), expect.closeTo(month(4), 9), expect.closeTo(month(8), 9), "", ""]);
  expect(at(T.Months, 0)).toBe(46023); // 2026-01-01
  expect(at(T.Months, 3)).toBe(46113); // 2026-04-01
  c.book.hf.destroy();
}, TIMEOUT);

test("with three weeks in it says how far the data is from the plan, and after N weeks of nothing it says STOP", async () => {
  const blankWeeks = (from: number) => Object.fromEntries(Array.from({ length: 26 - from }, (_, i) => [[`WeekSuccesses#${from + i + 1}`, null], [`WeekTrials#${from + i + 1}`, null]]).flat());
  const early = await compute(withInputs(measurementTracker({ example: true }), blankWeeks(3)));
  expect(early.named(T.Rule)).toBe("MEASURING");
  expect(early.named("TrackerStatus")).toBe(`not enough data yet: ${total(EX.treatedTrials, 3)} of 1169 trials`);
  early.book.hf.destroy();
  // Six weeks of 12%, 200 leads a week: past the planned 1,169 trials and the 6 weeks of the stop rule.
  const flat = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [[`WeekSuccesses#${i + 1}`, 24], [`WeekTrials#${i + 1}`, 200]]).flat());
  const stop = await compute(withInputs(measurementTracker({ example: true }), { ...blankWeeks(6), ...flat }));
  expect(stop.named(T.Rule)).toBe("STOP");
  expect(stop.named("TrackerStatus")).toBe("stop: no significant movement after 6 weeks and 1200 trials");
  stop.book.hf.destroy();
}, TIMEOUT);

test("a blank tracker measures, plans no sample and flags what is missing", async () => {
  const c = await compute(measurementTracker());
  expect(c.named(T.Rule)).toBe("MEASURING");
  expect(c.named("TrackerStatus")).toMatch(/^not enough data yet: no sample is planned/);
  expect(c.check("Go-live date given")).toBe(1);
  expect(c.check("Baseline covers three months")).toBe(1);
  expect(c.named("MasterCheck")).not.toBe("OK");
  c.book.hf.destroy();
}, TIMEOUT);

test("an evidence ladder that cites the tracker counts its SIGNAL on the Financial rung", async () => {
  const book = new XlsxBook();
  const options = { example: true };
  const tracker = book.insert(measurementTracker(options), options).sheets[0].name;
  const ladder = book.insert(evidenceLadder({ ...options, trackerSheet: tracker }), options).sheets[0].name;
  const engine = await loadIntoHyperFormula(await book.toBuffer());
  expect(engine.named(ladder, "LadderTrackerRule")).toBe("SIGNAL");
  expect(engine.named(ladder, "RungReached")).toBe("Financial");
  engine.hf.destroy();
  const plain = await compute(evidenceLadder(options));
  expect(plain.named("RungReached")).toBe("Operational");
  plain.book.hf.destroy();
}, TIMEOUT);

test("the planned looks are a constant chosen at insertion, with the design sentence beside the alpha", () => {
  const sheet = measurementTracker({ plannedLooks: 6 }).sheets[0];
  const cellOf = (name: string) => {
    const { row, col } = parseCell(sheet.names.find((n) => n.name === name)!.ref);
    return sheet.blocks[0].cells[row - 1][col - 1];
  };
  expect(cellOf("Looks")).toEqual({ v: 6, s: "calc", fmt: "integer" });
  expect(cellOf("BoundaryTwoSided")).toEqual({ v: expect.closeTo(2.053, 3), s: "calc", fmt: "number" });
  const alphaRow = parseCell(sheet.names.find((n) => n.name === "Alpha")!.ref).row;
  expect(sheet.blocks[0].cells[alphaRow - 1].some((cell) => cell?.v === DESIGN_SENTENCE)).toBe(true);
  expect(DESIGN_SENTENCE).toMatch(/O'Brien–Fleming/);
  expect(() => measurementTracker({ plannedLooks: 40 })).toThrow(RangeError);
});
