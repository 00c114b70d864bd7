import { avoidedLoss } from "../../src/core/avoidedLoss";

describe("avoidedLoss", () => {
  it("is the loss times the fall in its probability", () => {
    expect(avoidedLoss([2000000], [0.05], [0.02])).toBeCloseTo(60000, 9);
  });

  it("is negative when the intervention raises exposure", () => {
    expect(avoidedLoss([1000000], [0.01], [0.03])).toBeCloseTo(-20000, 9);
  });

  it("sums several risks", () => {
    expect(avoidedLoss([100, 1000], [0.5, 0.2], [0.1, 0.1])).toBeCloseTo(40 + 100, 12);
  });
});
