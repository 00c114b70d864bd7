import { realised } from "../../src/core/realised";

const none = { incrementalRevenue: 0, protectedEarnings: 0, redeployedCapacity: 0, avoidedLoss: 0, optionValue: 0 };
const free = { lifecycleCost: 0, transitionCost: 0, riskFailureCost: 0, cannibalisation: 0 };

describe("realised", () => {
  it("books a quarter of the lead-scoring model: $126K of deals less a quarter of $180K", () => {
    expect(realised({ ...none, incrementalRevenue: 126000 }, { ...free, lifecycleCost: 45000 })).toBe(81000);
  });

  it("adds all five benefits and subtracts all four costs", () => {
    const value = realised(
      { incrementalRevenue: 1, protectedEarnings: 2, redeployedCapacity: 4, avoidedLoss: 8, optionValue: 16 },
      { lifecycleCost: 100, transitionCost: 200, riskFailureCost: 400, cannibalisation: 800 },
    );
    expect(value).toBe(31 - 1500);
  });

  it("lets a benefit be negative", () => {
    expect(realised({ ...none, protectedEarnings: -5000 }, free)).toBe(-5000);
  });
});
