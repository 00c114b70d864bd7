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

  it("is 0 with nothing to pay back", () => {
    expect(breakeven({ upfrontCost: 0, monthlyCost: 50, monthlyValue: 10 })).toBe(0);
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
