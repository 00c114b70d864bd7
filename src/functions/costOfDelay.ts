import * as core from "../core";
import { NON_NEGATIVE, scalar, UNBOUNDED } from "./arg";
import { excelFunction } from "./excelFunction";

export const COSTOFDELAY = excelFunction({
  id: "COSTOFDELAY",
  description: `Value lost by a delay: annual value / ${core.DAYS_PER_YEAR} × calendar days of delay. Working days typed here understate the cost by about 29%.`,
  args: {
    annual_value: scalar(UNBOUNDED, "Value the intervention creates in a year."),
    delay_days: scalar(NON_NEGATIVE, `Calendar days of delay (a year is ${core.DAYS_PER_YEAR} of them), not working days.`),
  },
  returns: { text: "Cost of the delay.", type: "number" },
  example: {
    args: [403200, 30],
    result: 33139.72602739726,
    story: "Delaying an intervention worth $403,200 a year (the contribution of $504K of revenue at an 80% margin) by 30 calendar days forgoes about $33,140.",
  },
  body: (a) => core.costOfDelay(a.annual_value, a.delay_days),
});
