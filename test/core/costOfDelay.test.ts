import { costOfDelay } from "../../src/core/costOfDelay";

describe("costOfDelay", () => {
  it("charges a day's share of the annual value for each day", () => {
    expect(costOfDelay(365000, 30)).toBeCloseTo(30000, 9);
  });

  it("costs nothing without delay", () => {
    expect(costOfDelay(365000, 0)).toBe(0);
  });
});
