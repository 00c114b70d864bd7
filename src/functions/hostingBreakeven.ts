import * as core from "../core";
import { NON_NEGATIVE, optionalScalar, POSITIVE, scalar } from "./arg";
import { excelFunction } from "./excelFunction";

export const HOSTINGBREAKEVEN = excelFunction({
  id: "HOSTINGBREAKEVEN",
  description:
    "Monthly volume, in millions of tokens, above which self-hosting costs less than the API; #N/A when it never does, or when one deployment is full before it does.",
  args: {
    api_price: scalar(NON_NEGATIVE, "API price per 1M tokens."),
    monthly_fixed_cost: scalar(NON_NEGATIVE, "Fixed monthly cost of one self-hosted deployment."),
    marginal_price: scalar(NON_NEGATIVE, "Self-hosting's own cost per 1M tokens.", { default: 0 }),
    capacity: optionalScalar(
      POSITIVE,
      `Millions of tokens one deployment serves in a month at full load (tokens per second × 3600 × ${core.HOURS_PER_MONTH} / 1e6); past it a second deployment's fixed cost is due.`,
      "no limit",
    ),
  },
  returns: { text: "Millions of tokens per month.", type: "number" },
  example: {
    args: [3, 9000, 0.5],
    result: 3600,
    story:
      "With the API at $3 per million tokens, $9,000 a month of fixed hosting cost and $0.50 per million of running cost, self-hosting pays only above 3,600 million tokens a month.",
  },
  errors: [
    { code: "#N/A", when: "api_price is not above marginal_price: self-hosting never breaks even", example: [1, 9000, 2] },
    { code: "#N/A", when: "the break-even volume is above capacity: one deployment is full before self-hosting pays", example: [3, 9000, 0.5, 2000] },
  ],
  body: (a) => core.hostingBreakeven(a.api_price, a.monthly_fixed_cost, a.marginal_price, a.capacity),
});
