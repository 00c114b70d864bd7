import * as core from "../core";
import { UNBOUNDED, summed, type Domain } from "./arg";
import { excelFunction } from "./excelFunction";

const COST: Domain = { min: 0, hint: "enter costs as positive amounts; they are subtracted" };

export const REALISED = excelFunction({
  id: "REALISED",
  description:
    "Realised AI value: five kinds of benefit less four kinds of cost. Each argument is a number or a range, summed; costs are entered as positive amounts.",
  args: {
    incremental_revenue: summed(UNBOUNDED, "Revenue that would not exist without the intervention (either sign)."),
    protected_earnings: summed(UNBOUNDED, "Earnings kept that would otherwise be lost (either sign)."),
    redeployed_capacity: summed(UNBOUNDED, "Value of released capacity actually put to other use (either sign)."),
    avoided_loss: summed(UNBOUNDED, "Expected loss avoided (either sign)."),
    option_value: summed(UNBOUNDED, "Value of strategic options created (either sign)."),
    lifecycle_cost: summed(COST, "Full lifecycle cost: technology, data, integration, operation."),
    transition_cost: summed(COST, "Change, training and workforce transition cost."),
    risk_failure_cost: summed(COST, "Expected cost of failures and incidents.", { default: 0 }),
    cannibalisation: summed(COST, "Revenue or earnings the intervention takes from elsewhere.", { default: 0 }),
  },
  returns: { text: "Realised value.", type: "number" },
  example: {
    args: [126000, 0, 0, 0, 0, 45000, 0],
    result: 81000,
    story:
      "A lead-scoring model closed three extra deals of $42K in a quarter ($126K of incremental revenue) and cost a quarter of its $180K a year. The quarter realised $81,000.",
  },
  errors: [{ code: "#NUM!", when: "a cost is negative: enter costs as positive amounts; they are subtracted", example: [1, 0, 0, 0, 0, -5, 0] }],
  body: (a) =>
    core.realised(
      {
        incrementalRevenue: a.incremental_revenue,
        protectedEarnings: a.protected_earnings,
        redeployedCapacity: a.redeployed_capacity,
        avoidedLoss: a.avoided_loss,
        optionValue: a.option_value,
      },
      {
        lifecycleCost: a.lifecycle_cost,
        transitionCost: a.transition_cost,
        riskFailureCost: a.risk_failure_cost,
        cannibalisation: a.cannibalisation,
      },
    ),
});
