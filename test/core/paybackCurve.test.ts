import { paybackCurve } from "../../src/core/paybackCurve";

describe("paybackCurve", () => {
  it("returns months + 1 rows of one column", () => {
    expect(paybackCurve({ upfrontCost: 300, monthlyCost: 10, monthlyValue: 60 }, 2)).toEqual([[-300], [-250], [-200]]);
  });

  it("shows three years by default", () => {
    expect(paybackCurve({ upfrontCost: 1, monthlyCost: 0, monthlyValue: 1 })).toHaveLength(37);
  });

  it("passes the schedule's errors through", () => {
    expect(paybackCurve({ upfrontCost: 0, monthlyCost: [1], monthlyValue: [1, 2] })).toMatchObject({ code: "#VALUE!" });
  });
});
