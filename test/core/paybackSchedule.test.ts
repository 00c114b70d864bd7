import { paybackSchedule } from "../../src/core/paybackSchedule";

describe("paybackSchedule", () => {
  it("starts at minus the upfront cost and adds each month's net flow", () => {
    expect(paybackSchedule({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }, 3, 36)).toEqual([-300, -250, -200, -150]);
  });

  it("ramps a constant value linearly over the ramp months", () => {
    // value 90 × 1/3, 2/3, 1, 1 less cost 10: net 20, 50, 80, 80
    const curve = paybackSchedule({ upfrontCost: 100, monthlyCost: 10, monthlyValue: 90, rampMonths: 3 }, 4, 36) as number[];
    [-100, -80, -30, 50, 130].forEach((c, m) => expect(curve[m]).toBeCloseTo(c, 12));
  });

  it("discounts month m by (1 + r)^(−m/12)", () => {
    const curve = paybackSchedule({ upfrontCost: 0, monthlyCost: 0, monthlyValue: 100, annualDiscountRate: 0.12 }, 12, 36) as number[];
    expect(curve[12] - curve[11]).toBeCloseTo(100 / 1.12, 12);
    expect(curve[1]).toBeCloseTo(100 / Math.pow(1.12, 1 / 12), 12);
  });

  it("takes its length from a series and broadcasts a constant over it", () => {
    expect(paybackSchedule({ upfrontCost: 5, monthlyCost: 1, monthlyValue: [0, 2, 4] }, undefined, 36)).toEqual([-5, -6, -5, -2]);
  });

  it("falls back to the default horizon without a series or a horizon", () => {
    expect(paybackSchedule({ upfrontCost: 0, monthlyCost: 0, monthlyValue: 1 }, undefined, 36)).toHaveLength(37);
  });

  it("refuses two series of different lengths", () => {
    expect(paybackSchedule({ upfrontCost: 0, monthlyCost: [1, 2], monthlyValue: [1, 2, 3] }, undefined, 36)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/monthly_cost has 2 months but monthly_value has 3/),
    });
  });

  it("refuses a ramp on a value series", () => {
    expect(paybackSchedule({ upfrontCost: 0, monthlyCost: 0, monthlyValue: [1, 2], rampMonths: 2 }, undefined, 36)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/ramp_months/),
    });
  });

  it("refuses a horizon that contradicts the series length", () => {
    expect(paybackSchedule({ upfrontCost: 0, monthlyCost: [1, 2], monthlyValue: 3 }, 12, 36)).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/series length \(2 months\)/),
    });
  });
});
