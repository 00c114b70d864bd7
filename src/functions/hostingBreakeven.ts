import * as core from "../core";
import { NON_NEGATIVE, scalar } from "./arg";
import { excelFunction } from "./excelFunction";

export const HOSTINGBREAKEVEN = excelFunction({
  id: "HOSTINGBREAKEVEN",
  description: "Monthly volume, in millions of tokens, above which self-hosting costs less than the API; #N/A when it never does.",
  args: {
    api_price: scalar(NON_NEGATIVE, "API price per 1M tokens."),
    monthly_fixed_cost: scalar(NON_NEGATIVE, "Fixed monthly cost of self-hosting."),
    marginal_price: scalar(NON_NEGATIVE, "Self-hosting's own cost per 1M tokens.", { default: 0 }),
  },
  returns: { text: "Millions of tokens per month.", type: "number" },
  example: {
    args: [3, 9000, 0.5],
    result: 3600,
    story:
      "With the API at $3 per million tokens, $9,000 a month of fixed hosting cost and $0.50 per million of running cost, self-hosting pays only above 3,600 million tokens a month.",
  },
  body: (a) => core.hostingBreakeven(a.api_price, a.monthly_fixed_cost, a.marginal_price),
});
