import { selfHostCost } from "../../src/core/selfHostCost";

describe("selfHostCost", () => {
  it("divides a month of hosting by the tokens served in the busy part of it", () => {
    // 12 × 730 = 8,760 a month; 2,000 × 3,600 × 730 × 0.5 = 2,628,000,000 tokens
    expect(selfHostCost(12, 2000, 0.5)).toBeCloseTo((8760 / 2.628e9) * 1e6, 12);
  });

  it("adds fixed monthly costs before dividing", () => {
    expect(selfHostCost(12, 2000, 0.5, 4380)).toBeCloseTo((13140 / 2.628e9) * 1e6, 12);
  });

  it("halves the price when utilisation doubles", () => {
    expect(selfHostCost(40, 5000, 0.8)).toBeCloseTo(selfHostCost(40, 5000, 0.4) / 2, 12);
  });
});
