import { CalcError } from "../../src/core/calcError";
import { workflowCost } from "../../src/core/workflowCost";

const step = { callsPerTask: [14], inputTokens: [8000], outputTokens: [500], inputPrice: [3], outputPrice: [15] };

describe("workflowCost", () => {
  it("prices an agentic workflow of 14 calls at $3/$15 per million tokens", () => {
    // 14 × (8,000 × 3 + 500 × 15) / 1e6 = 14 × 31,500 / 1e6
    expect(workflowCost(step)).toBeCloseTo(0.441, 12);
  });

  it("sums the steps of a multi-step workflow", () => {
    const withPlanning = {
      callsPerTask: [14, 1],
      inputTokens: [8000, 2000],
      outputTokens: [500, 300],
      inputPrice: [3, 0.8],
      outputPrice: [15, 4],
    };
    // planning: (2,000 × 0.8 + 300 × 4) / 1e6 = 0.0028
    expect(workflowCost(withPlanning)).toBeCloseTo(0.441 + 0.0028, 12);
  });

  it("spreads the cost of failed attempts over the ones that complete", () => {
    expect(workflowCost(step, 0.7)).toBeCloseTo(0.441 / 0.7, 12);
  });

  it("prices the cached share of input at the cached price", () => {
    // input: 8,000 × (0.6 × 3 + 0.4 × 0.3) = 15,360; output 7,500; × 14 / 1e6
    expect(workflowCost({ ...step, cachedPrice: [0.3] }, 1, 0.4)).toBeCloseTo((14 * (15360 + 7500)) / 1e6, 12);
  });

  it("needs a cached price when part of the input is cached", () => {
    expect(workflowCost(step, 1, 0.4)).toEqual(new CalcError("#VALUE!", "cached_price is required when cached_share > 0"));
  });

  it("costs nothing for a workflow with no calls", () => {
    expect(workflowCost({ ...step, callsPerTask: [0] })).toBe(0);
  });

  it("v2: skips spare step rows whose range cells are all blank; a broadcast scalar is no cell of a step", () => {
    // a table of four rows with one filled; calls and prices typed once for every step
    const table = { callsPerTask: 14, inputTokens: [8000, null, null, null], outputTokens: [500, null, null, null], inputPrice: 3, outputPrice: 15 };
    expect(workflowCost(table)).toBeCloseTo(0.441, 12);
    // two filled steps among spare rows, as a new Workflow Cost sheet holds them
    const twoSteps = {
      callsPerTask: [14, null, 1, null],
      inputTokens: [8000, null, 2000, null],
      outputTokens: [500, null, 300, null],
      inputPrice: [3, null, 0.8, null],
      outputPrice: [15, null, 4, null],
      cachedPrice: [null, null, null, null],
    };
    expect(workflowCost(twoSteps)).toBeCloseTo(0.441 + 0.0028, 12);
  });

  it("v2: names the argument and item of a step that is partly blank", () => {
    const partly = { callsPerTask: [14, 2], inputTokens: [8000, null], outputTokens: [500, 100], inputPrice: [3, 3], outputPrice: [15, 15] };
    expect(workflowCost(partly)).toEqual(new CalcError("#VALUE!", "input_tokens (item 2) is blank"));
  });

  it("v2: refuses a table in which no step has values", () => {
    const empty = { callsPerTask: [null, null], inputTokens: [null, null], outputTokens: [null, null], inputPrice: 3, outputPrice: 15 };
    expect(workflowCost(empty)).toEqual(new CalcError("#VALUE!", "no workflow step has values"));
  });

  it("v2: ignores a blank cached price when nothing is cached", () => {
    expect(workflowCost({ ...step, cachedPrice: [null] })).toBeCloseTo(0.441, 12);
    expect(workflowCost({ ...step, cachedPrice: [null] }, 1, 0)).toBeCloseTo(0.441, 12);
  });

  it("v2: needs the cached price of every filled step when some input is cached", () => {
    const two = { callsPerTask: [14, 1], inputTokens: [8000, 2000], outputTokens: [500, 300], inputPrice: [3, 0.8], outputPrice: [15, 4] };
    expect(workflowCost({ ...two, cachedPrice: [0.3, null] }, 1, 0.4)).toEqual(new CalcError("#VALUE!", "cached_price (item 2) is blank"));
    // a spare row is blank in cached_price too, and is still skipped
    const spare = { callsPerTask: [14, null], inputTokens: [8000, null], outputTokens: [500, null], inputPrice: [3, null], outputPrice: [15, null] };
    expect(workflowCost({ ...spare, cachedPrice: [0.3, null] }, 1, 0.4)).toBeCloseTo((14 * (15360 + 7500)) / 1e6, 12);
  });

  it("v2: checks an unused cached price range against the steps, and refuses one typed on a spare row", () => {
    const spare = { callsPerTask: [14, null], inputTokens: [8000, null], outputTokens: [500, null], inputPrice: [3, null], outputPrice: [15, null] };
    expect(workflowCost({ ...spare, cachedPrice: [0.3, null] })).toBeCloseTo(0.441, 12);
    expect(workflowCost({ ...spare, cachedPrice: [0.3, null, null] })).toEqual(
      new CalcError("#VALUE!", "calls_per_task has 2 steps but cached_price has 3; give every step range the same length"),
    );
    expect(workflowCost({ ...spare, cachedPrice: [null, 0.3] })).toEqual(
      new CalcError("#VALUE!", "cached_price (item 2) is filled on a step with no other values; clear it or fill the step"),
    );
  });

  it("refuses step ranges of different lengths", () => {
    expect(workflowCost({ ...step, inputTokens: [8000, 100] })).toEqual(
      new CalcError("#VALUE!", "calls_per_task has 1 step but input_tokens has 2; give every step range the same length"),
    );
  });
});
