import * as core from "../core";
import { summed, UNBOUNDED } from "./arg";
import { excelFunction } from "./excelFunction";

export const ROI = excelFunction({
  id: "ROI",
  description: "Return on investment, (value − cost) / cost, as a decimal (0.25 = 25%). Both arguments are numbers or ranges, summed.",
  args: {
    value: summed(UNBOUNDED, "Value returned (either sign)."),
    cost: summed(UNBOUNDED, "Cost of the investment; a credit or refund may be a negative cell, but the total must be above 0."),
  },
  returns: { text: "ROI as a decimal.", type: "number" },
  example: {
    args: [403200, 180000],
    result: 1.24,
    story:
      "Three extra $42K deals a quarter are $504K of revenue a year; at an 80% contribution margin they are worth $403,200, on $180K a year: an ROI of 1.24, or 124%. Revenue is not value: count the margin it leaves.",
  },
  errors: [
    { code: "#DIV/0!", when: "the total cost is 0", example: [10, 0] },
    { code: "#NUM!", when: "the total cost is negative (credits exceed the cost)", example: [10, [[5], [-8]]] },
  ],
  body: (a) => core.roi(a.value, a.cost),
});
