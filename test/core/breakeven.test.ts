import { breakeven } from "../../src/core/breakeven";

describe("breakeven", () => {
  it("pays back 300 at 50 a month in 6 months", () => {
    expect(breakeven({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 })).toBe(6);
  });

  it("interpolates inside the crossing month", () => {
    // cumulative −100, −60, −20, +20: crosses halfway through month 3
    expect(breakeven({ upfrontCost: 100, monthlyCost: 0, monthlyValue: 40 })).toBeCloseTo(2.5, 12);
  });

  it("takes longer when value ramps up", () => {
    // net 10, 20, 30, 30, …: cumulative −60, −50, −30, 0 → exactly 3 months
    expect(breakeven({ upfrontCost: 60, monthlyCost: 0, monthlyValue: 30, rampMonths: 3 })).toBeCloseTo(3, 12);
  });

  it("is 0 only when the position is never negative", () => {
    expect(breakeven({ upfrontCost: 0, monthlyCost: 10, monthlyValue: 50 })).toBe(0);
    expect(breakeven({ upfrontCost: 0, monthlyCost: 50, monthlyValue: 50 })).toBe(0);
  });

  it("v2: a project with no upfront cost that loses money never breaks even", () => {
    // v1 said 0 months: nothing upfront, but −50 every month after
    expect(breakeven({ upfrontCost: 0, monthlyCost: 100, monthlyValue: 50 })).toMatchObject({
      code: "#N/A",
      message: "does not break even within 120 months",
    });
  });

  it("v2: a project with no upfront cost that dips pays back when it comes back up to 0", () => {
    // value ramps 20, 40, 60 against a cost of 30: C = 0, −10, 0 → back to 0 at the end of month 2
    expect(breakeven({ upfrontCost: 0, monthlyCost: 30, monthlyValue: 60, rampMonths: 3 })).toBe(2);
    // C = 0, −10, +10, −90: crosses halfway through month 2, and the later dip does not move it
    expect(breakeven({ upfrontCost: 0, monthlyCost: 0, monthlyValue: [-10, 20, -100] })).toBe(1.5);
  });

  it("v2: a dip after the upfront cost is paid back is not a second break-even", () => {
    // C = −10, +10, −40, +60: the answer is the first upward crossing, not the last
    expect(breakeven({ upfrontCost: 10, monthlyCost: 0, monthlyValue: [20, -50, 100] })).toBeCloseTo(0.5, 12);
  });

  it("v2: a project that dips and never recovers within the horizon is #N/A", () => {
    expect(breakeven({ upfrontCost: 0, monthlyCost: 0, monthlyValue: [5, -10, 1] })).toMatchObject({
      code: "#N/A",
      message: "does not break even within 3 months",
    });
  });

  it("says #N/A with the horizon when it never pays back", () => {
    expect(breakeven({ upfrontCost: 1000, monthlyCost: 100, monthlyValue: 50 })).toMatchObject({
      code: "#N/A",
      message: "does not break even within 120 months",
    });
    expect(breakeven({ upfrontCost: 1000, monthlyCost: 0, monthlyValue: 10 }, 24)).toMatchObject({
      message: "does not break even within 24 months",
    });
  });

  it("finds the first crossing when value later falls away", () => {
    expect(breakeven({ upfrontCost: 10, monthlyCost: 0, monthlyValue: [20, -50, 100] })).toBeCloseTo(0.5, 12);
  });
});
