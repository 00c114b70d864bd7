import * as core from "../core";
import { NON_NEGATIVE, POSITIVE, scalar } from "./arg";
import { excelFunction } from "./excelFunction";

export const SELFHOSTCOST = excelFunction({
  id: "SELFHOSTCOST",
  description: `Effective price per 1M tokens of a self-hosted deployment, counting idle hours (a month is ${core.HOURS_PER_MONTH} hours).`,
  args: {
    hourly_cost: scalar(POSITIVE, "Cost per hour of the whole deployment, busy or idle."),
    tokens_per_second: scalar(POSITIVE, "Sustained throughput at full load, tokens per second."),
    utilisation: scalar({ gt: 0, max: 1 }, "Share of the month the deployment is busy."),
    fixed_monthly_cost: scalar(NON_NEGATIVE, "Operations, licences and staff share per month.", { default: 0 }),
  },
  returns: { text: "Price per 1M tokens.", type: "number" },
  example: {
    args: [12, 2000, 0.5],
    result: 3.3333333333333335,
    story:
      "A deployment that costs $12 an hour and serves 2,000 tokens a second, busy half the month, costs about $3.33 per million tokens it actually serves: idle hours are paid for too.",
  },
  body: (a) => core.selfHostCost(a.hourly_cost, a.tokens_per_second, a.utilisation, a.fixed_monthly_cost),
});
