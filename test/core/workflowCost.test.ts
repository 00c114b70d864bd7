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
});
