import { captured } from "../../src/core/captured";

describe("captured", () => {
  it("multiplies hours by cost by capture rate", () => {
    // 1,000 people × 5 h × 46 weeks × $60 × 30%
    expect(captured([230000], [60], [0.3])).toBeCloseTo(4140000, 6);
  });

  it("sums item by item", () => {
    expect(captured([100, 200], [50, 80], [0.5, 0.25])).toBe(100 * 50 * 0.5 + 200 * 80 * 0.25);
  });

  it("captures nothing when management decides nothing", () => {
    expect(captured([230000], [60], [0])).toBe(0);
  });
});
