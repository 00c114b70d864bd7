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
  example: { args: [504000, 180000], result: 1.8, story: "Four such quarters return $504K on $180K a year: an ROI of 1.8, or 180%." },
  errors: [
    { code: "#DIV/0!", when: "the total cost is 0", example: [10, 0] },
    { code: "#NUM!", when: "the total cost is negative (credits exceed the cost)", example: [10, [[5], [-8]]] },
  ],
  body: (a) => core.roi(a.value, a.cost),
});
