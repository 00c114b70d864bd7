/*
 * Templates v2 on the workflow cost model, computed in HyperFormula with the add-in's
 * functions (web blank semantics). Each test names the issue-9 item it proves and fails on
 * the v1 sheet; the figures are worked out here from the example's inputs.
 */
import { WORKFLOW_NAMES as W, workflowCost } from "../../src/templates/workflowCost";
import { compute, rowOf, withInputs } from "./sheetEngine";

const TIMEOUT = 60_000;
/** The example: 14 calls of 8,000 in / 500 out tokens, 92% success; one deployment at $18 an hour, 2,500 tokens/s, $6,000 a month. */
const TOKENS_PER_TASK = (14 * 8500) / 0.92;
const COST_PER_TASK = (14 * (8000 * (0.7 * 3 + 0.3 * 0.3) + 500 * 15)) / 1e6 / 0.92;
const CAPACITY = (2500 * 3600 * 730) / 1e6;
const DEPLOYMENT = 18 * 730 + 6000;

const example = () => workflowCost({ example: true });

test("item 4: two deployments' worth of volume does not say self-hosting is cheaper", async () => {
  const c = await compute(withInputs(example(), { MonthlyTasks: 60000 }));
  const volume = (TOKENS_PER_TASK * 60000) / 1e6;
  expect(volume).toBeGreaterThan(CAPACITY);
  expect(c.named(W.HostCapacity)).toBeCloseTo(CAPACITY, 9);
  expect(c.named(W.Deployments)).toBe(2);
  expect(c.named(W.DerivedUtilisation)).toBeCloseTo(volume / (2 * CAPACITY), 12);
  expect(c.named(W.SelfHostMonthly)).toBeCloseTo(2 * DEPLOYMENT, 9);
  expect(c.named(W.MonthlyApiCost)).toBeCloseTo(COST_PER_TASK * 60000, 9);
  expect(c.named(W.HostingVerdict)).toBe("The API is cheaper at this volume");
  c.book.hf.destroy();
}, TIMEOUT);

test("item 4: the self-hosted price uses the utilisation the volume gives, and an assumed one that strays is flagged", async () => {
  const c = await compute(example());
  const volume = (TOKENS_PER_TASK * 20000) / 1e6;
  expect(c.named(W.DerivedUtilisation)).toBeCloseTo(volume / CAPACITY, 12);
  expect(c.named("SelfHostPrice")).toBeCloseTo((DEPLOYMENT / volume) * 1, 9);
  expect(c.named("SelfHostPrice")).toBeCloseTo(7.4, 2);
  expect(c.check("Assumed utilisation matches the volume")).toBe(0);
  const typed = await compute(withInputs(example(), { HostUtilisation: 0.6 }));
  expect(typed.check("Assumed utilisation matches the volume")).toBe(1);
  expect(typed.named("SelfHostPrice")).toBeCloseTo(c.named("SelfHostPrice") as number, 12);
  [c, typed].forEach((x) => x.book.hf.destroy());
}, TIMEOUT);

test("item 4: when one deployment is full before self-hosting pays, the verdict says so", async () => {
  // $10,000 of fixed cost: break-even at 23,140 / $2.94 ≈ 7,861M tokens, past one deployment's 6,570M.
  const c = await compute(withInputs(example(), { HostFixed: 10000, MonthlyTasks: 60000 }));
  expect(c.named(W.HostBreakeven)).toMatchObject({ type: "NA" });
  expect(c.named(W.HostingVerdict)).toBe("One deployment is full before self-hosting pays: the API is cheaper");
  c.book.hf.destroy();
}, TIMEOUT);

test("item 4: with no volume yet the self-hosted price is blank, not an error", async () => {
  const c = await compute(withInputs(example(), { MonthlyTasks: 0 }));
  expect(c.named(W.DerivedUtilisation)).toBe(0);
  expect(c.named("SelfHostPrice")).toBe("");
  c.book.hf.destroy();
}, TIMEOUT);

test("item 7: a new sheet with two filled steps computes, spare rows and the cached price left blank", async () => {
  const spec = workflowCost();
  const step = (label: string, calls: number, inTokens: number, outTokens: number, inPrice: number, outPrice: number) => ({
    [`${label}@C`]: calls,
    [`${label}@D`]: inTokens,
    [`${label}@E`]: outTokens,
    [`${label}@F`]: inPrice,
    [`${label}@G`]: outPrice,
  });
  const filled = withInputs(spec, { ...step("Planning", 1, 4000, 800, 3, 15), ...step("Retrieval", 2, 6000, 300, 0.8, 4), SuccessRate: 0.9, MonthlyTasks: 1000 });
  const c = await compute(filled);
  const expected = (1 * (4000 * 3 + 800 * 15) + 2 * (6000 * 0.8 + 300 * 4)) / 1e6 / 0.9;
  expect(c.named(W.CostPerTask)).toBeCloseTo(expected, 12);
  expect(c.named("StepTableCost")).toBeCloseTo(expected, 12);
  expect(c.named(W.MasterCheck)).toBe("OK");
  expect(rowOf(filled, "Synthesis")).toBeGreaterThan(rowOf(filled, "Retrieval"));
  c.book.hf.destroy();
}, TIMEOUT);

test("item 8: tokens per price unit and hours in a month are labelled constants, not inputs", () => {
  const sheet = example().sheets[0];
  for (const [name, v] of [["PriceUnit", 1_000_000], ["HoursPerMonth", 730]] as const) {
    const row = Number(sheet.names.find((n) => n.name === name)!.ref.split("$")[2]);
    expect(sheet.blocks[0].cells[row - 1][1]).toEqual({ v, s: "calc", fmt: "integer" });
  }
});
