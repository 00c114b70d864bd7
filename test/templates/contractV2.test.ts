/*
 * Templates v2 on the value contract and the evidence ladder, computed in HyperFormula with
 * the add-in's functions (web blank semantics). Each test names the issue-9 item it proves
 * and fails on the v1 sheet. Expected figures are worked out here, independently of the
 * templates: benefits, costs and the month-by-month schedule.
 */
import { RUNG_NAMES } from "../../src/core/rungs";
import { parseRange } from "../../src/sheet/a1";
import { evidenceLadder, LADDER_NAMES as L } from "../../src/templates/evidenceLadder";
import { CONTRACT_NAMES as N, DEFAULT_HORIZON, valueContract } from "../../src/templates/valueContract";
import { compute, computeNative, withInputs } from "./sheetEngine";

const TIMEOUT = 60_000;
/** The worked example's period: 504,000 revenue at 80%, 3,680 h × $55 × 25% captured; 68,000 + 15,000 × 12 + 6,000 of cost. */
const BENEFITS = 504000 * 0.8 + 3680 * 55 * 0.25;
const COST = 68000 + 15000 * 12 + 6000;

/** The first time the cumulative comes back up to 0 (contract v2), 0 if never negative, undefined if never back. */
function breakevenByHand(p: { upfront: number; monthlyCost: number; value: number; ramp: number; rate: number; horizon: number }): number | undefined {
  let previous = -p.upfront;
  let negative = previous < 0;
  for (let m = 1; m <= p.horizon; m++) {
    const value = p.value * (p.ramp > 0 ? Math.min(1, m / p.ramp) : 1);
    const current = previous + (value - p.monthlyCost) / Math.pow(1 + p.rate, m / 12);
    if (previous < 0 && current >= 0) return m - 1 - previous / (current - previous);
    negative ||= current < 0;
    previous = current;
  }
  return negative ? undefined : 0;
}

const example = () => valueContract({ example: true });
const ONE_OFF = ["Technology", "Data", "Integration", "Governance", "Quality control", "Ongoing operation", "Change", "Workforce transition"].map((l) => `${l}@B`);

test("item 1: evidence-weighted value weights the benefits and subtracts the full cost, in contract and ladder", async () => {
  const contract = await compute(example());
  expect(contract.named(N.WeightedValue)).toBeCloseTo(BENEFITS * 0.5 - COST, 9);
  const none = await compute(withInputs(example(), { [N.EvidenceLevel]: "None" }));
  expect(none.named(N.WeightedValue)).toBeCloseTo(-COST, 9);
  const ladder = await compute(evidenceLadder({ example: true }));
  expect(ladder.named(L.WeightedValue)).toBeCloseTo(BENEFITS * 0.5 - COST, 9);
  [contract, none, ladder].forEach((c) => c.book.hf.destroy());
}, TIMEOUT);

test("item 2: revenue counts only as contribution; option value is shown inside realised value", async () => {
  const c = await compute(example());
  expect(c.named(N.Realised)).toBeCloseTo(BENEFITS - COST, 9);
  expect(c.named(N.RealisedOptionValue)).toBe(0);
  const halfMargin = await compute(withInputs(example(), { ContributionMargin: 0.5, OptionValue: 20000 }));
  expect(halfMargin.named(N.Realised)).toBeCloseTo(504000 * 0.5 + 3680 * 55 * 0.25 + 20000 - COST, 9);
  expect(halfMargin.named(N.RealisedOptionValue)).toBe(20000);
  const blank = await compute(withInputs(example(), { ContributionMargin: null }));
  expect(blank.check("Contribution margin given")).toBe(1);
  expect(c.check("Contribution margin given")).toBe(0);
  const margin = example().sheets[0].blocks[0].cells.flat().find((cell) => typeof cell?.v === "string" && cell.v.includes("The 80% here is an assumption"));
  expect(margin).toBeDefined();
  [c, halfMargin, blank].forEach((x) => x.book.hf.destroy());
}, TIMEOUT);

describe("item 3: the schedule's break-even follows v2 — first time back up to 0", () => {
  const noUpfront = () => withInputs(example(), Object.fromEntries(ONE_OFF.map((k) => [k, 0])));

  test("a contract with no upfront cost that dips does not read 0 months, here or in BREAKEVEN", async () => {
    const c = await compute(noUpfront());
    const expected = breakevenByHand({ upfront: 0, monthlyCost: 15500, value: 43200, ramp: 4, rate: 0.1, horizon: DEFAULT_HORIZON })!;
    expect(expected).toBeGreaterThan(1);
    expect(c.named("ScheduleBreakeven")).toBeCloseTo(expected, 9);
    expect(c.named(N.BreakevenMonths)).toBeCloseTo(expected, 9);
    expect(c.named(N.MasterCheck)).toBe("OK");
    c.book.hf.destroy();
  }, TIMEOUT);

  test("one that dips and never recovers reads 'not reached', BREAKEVEN says #N/A, and the two agree", async () => {
    const c = await compute(withInputs(noUpfront(), { MonthlyValue: 12000 }));
    expect(c.named("ScheduleBreakeven")).toBe("not reached");
    expect(c.named(N.BreakevenMonths)).toMatchObject({ type: "NA" });
    expect(c.named("NegativeMonths")).toBe(DEFAULT_HORIZON);
    c.book.hf.destroy();
  }, TIMEOUT);

  test("LibreOffice, without the add-in, reads the same crossing from the native schedule", async () => {
    const named = await computeNative(noUpfront());
    const expected = breakevenByHand({ upfront: 0, monthlyCost: 15500, value: 43200, ramp: 4, rate: 0.1, horizon: DEFAULT_HORIZON })!;
    expect(named("ScheduleBreakeven")).toBeCloseTo(expected, 9);
  }, 240_000);
});

test("item 5: the schedule carries all four cost terms — $60K risk and $100K cannibalisation give 7.98 months, not 4.49", async () => {
  const c = await compute(withInputs(example(), { RiskCost: 60000, Cannibalisation: 100000, MonthlyValue: 46000 }));
  const expected = breakevenByHand({ upfront: 68000, monthlyCost: 15000 + 160000 / 12, value: 46000, ramp: 4, rate: 0.1, horizon: DEFAULT_HORIZON })!;
  expect(expected).toBeCloseTo(7.98, 2);
  expect(c.named(N.BreakevenMonths)).toBeCloseTo(expected, 9);
  expect(c.named("ScheduleBreakeven")).toBeCloseTo(expected, 9);
  // 46,000 a month ramped over 4 months is 483,000 in the year against 554,600 − 50,600 … of benefits: the check row says so.
  expect(c.named("SchedulePeriodValue")).toBeCloseTo(46000 * 10.5, 9);
  expect(c.named("ReconciliationGap")).toBeCloseTo(46000 * 10.5 - BENEFITS, 9);
  expect(c.check("Schedule reconciles with the period's benefits")).toBe(1);
  c.book.hf.destroy();
}, TIMEOUT);

test("item 5: the worked example's schedule reconciles with its period benefits within the tolerance", async () => {
  const c = await compute(example());
  expect(c.named("SchedulePeriodValue")).toBeCloseTo(43200 * 10.5, 9);
  expect(Math.abs(c.named("ReconciliationGap") as number)).toBeLessThanOrEqual(0.01 * BENEFITS);
  expect(c.named(N.MasterCheck)).toBe("OK");
  c.book.hf.destroy();
}, TIMEOUT);

test("item 6: a blank evidence level fails closed (PROVE, not SCALE) and the check block flags it and a blank required level", async () => {
  const above = { ScaleThreshold: 150000 };
  const blankLevel = await compute(withInputs(example(), { ...above, [N.EvidenceLevel]: null }));
  expect(blankLevel.named(N.Verdict)).toBe("PROVE");
  expect(blankLevel.check("Evidence level given")).toBe(1);
  const blankRequired = await compute(withInputs(example(), { ...above, [N.RequiredLevel]: null }));
  expect(blankRequired.check("Required level is a rung from 1 to 5")).toBe(1);
  expect(blankRequired.check("Evidence level given")).toBe(0);
  // A typed 0 or "None" would make VERDICT #NUM!; a number 1…5 or a listed rung is accepted, as VERDICT accepts it.
  for (const [typed, flagged] of [[0, 1], ["None", 1], [2.5, 1], ["Financial", 0], [4, 0]] as const) {
    const c = await compute(withInputs(example(), { [N.RequiredLevel]: typed }));
    expect([typed, c.check("Required level is a rung from 1 to 5")]).toEqual([typed, flagged]);
    c.book.hf.destroy();
  }
  const sheet = example().sheets[0];
  const required = sheet.names.find((n) => n.name === N.RequiredLevel)!.ref.replace(/\$/g, "");
  const list = parseRange(sheet.validations.find((v) => v.ref === required)!.listRef!);
  const choices = sheet.blocks[1].cells.slice(list.top - 1, list.bottom).map((row) => row[0]?.v);
  expect(choices).toEqual(RUNG_NAMES.slice(1));
  [blankLevel, blankRequired].forEach((x) => x.book.hf.destroy());
}, TIMEOUT);

test("item 8: the payback horizon is chosen at insert time, shown as a constant and passed to BREAKEVEN", async () => {
  for (const horizon of [24, 36, 48, 60, 120]) {
    const sheet = valueContract({ horizonMonths: horizon }).sheets[0];
    const months = parseRange(sheet.names.find((n) => n.name === "ScheduleMonths")!.ref);
    expect(months.bottom - months.top).toBe(horizon);
    const at = parseRange(sheet.names.find((n) => n.name === "Horizon")!.ref);
    expect(sheet.blocks[0].cells[at.top - 1][at.left - 1]).toEqual({ v: horizon, s: "calc", fmt: "integer" });
  }
  expect(() => valueContract({ horizonMonths: 30 })).toThrow(/24, 36, 48, 60, 120/);
  // Pays back after about 30 months: within 60, not within 24 — and the schedule agrees either way.
  const slow = { MonthlyValue: 18000 };
  const long = await compute(withInputs(valueContract({ example: true }), slow));
  const short = await compute(withInputs(valueContract({ example: true, horizonMonths: 24 }), slow));
  const expected = breakevenByHand({ upfront: 68000, monthlyCost: 15500, value: 18000, ramp: 4, rate: 0.1, horizon: 60 })!;
  expect(expected).toBeGreaterThan(24);
  expect(long.named(N.BreakevenMonths)).toBeCloseTo(expected, 9);
  expect(short.named(N.BreakevenMonths)).toMatchObject({ type: "NA" });
  expect(short.named("ScheduleBreakeven")).toBe("not reached");
  [long, short].forEach((x) => x.book.hf.destroy());
}, TIMEOUT);
