import * as core from "../core";
import { UNBOUNDED, NON_NEGATIVE, scalar } from "./arg";
import { excelFunction } from "./excelFunction";

export const COSTOFDELAY = excelFunction({
  id: "COSTOFDELAY",
  description: `Value lost by a delay: annual value / ${core.DAYS_PER_YEAR} × days of delay.`,
  args: {
    annual_value: scalar(UNBOUNDED, "Value the intervention creates in a year."),
    delay_days: scalar(NON_NEGATIVE, "Days of delay."),
  },
  returns: { text: "Cost of the delay.", type: "number" },
  example: {
    args: [504000, 30],
    result: 41424.65753424658,
    story: "Delaying an intervention worth $504K a year by 30 days forgoes about $41,425.",
  },
  body: (a) => core.costOfDelay(a.annual_value, a.delay_days),
});
