import * as core from "../core";
import { UNBOUNDED, NON_NEGATIVE, summed } from "./arg";
import { excelFunction } from "./excelFunction";

export const ROI = excelFunction({
  id: "ROI",
  description: "Return on investment, (value − cost) / cost, as a decimal (0.25 = 25%). Both arguments are numbers or ranges, summed.",
  args: {
    value: summed(UNBOUNDED, "Value returned (either sign)."),
    cost: summed(NON_NEGATIVE, "Cost of the investment; more than 0 in total."),
  },
  returns: { text: "ROI as a decimal.", type: "number" },
  example: { args: [504000, 180000], result: 1.8, story: "Four such quarters return $504K on $180K a year: an ROI of 1.8, or 180%." },
  body: (a) => core.roi(a.value, a.cost),
});
