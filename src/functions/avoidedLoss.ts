import * as core from "../core";
import { alignPaired, NON_NEGATIVE, paired, SHARE } from "./arg";
import { excelFunction } from "./excelFunction";

export const AVOIDEDLOSS = excelFunction({
  id: "AVOIDEDLOSS",
  description:
    "Expected loss avoided against the counterfactual: loss × (probability without − probability with), summed over same-shaped ranges. Negative when exposure rises.",
  args: {
    loss_amount: paired(NON_NEGATIVE, "Size of the loss if it happens; a number or a range."),
    probability_without: paired(SHARE, "Probability of the loss without the intervention."),
    probability_with: paired(SHARE, "Probability of the loss with the intervention."),
  },
  returns: { text: "Expected loss avoided.", type: "number" },
  example: {
    args: [2000000, 0.05, 0.02],
    result: 60000,
    story: "A $2M fraud loss that had a 5% chance a year, cut to 2% by the model, is $60,000 of expected loss avoided each year.",
  },
  errors: [
    { code: "#VALUE!", when: "the ranges differ in shape", example: [[[1000], [2000]], [[0.5], [0.4], [0.3]], 0.1] },
    { code: "#VALUE!", when: "a cell is blank in one range but not in the others (a row blank in all is skipped)", example: [[[1000], [2000]], [[0.5], [""]], 0.1] },
  ],
  body: (a) => {
    const g = alignPaired(a);
    return core.isCalcError(g) ? g : core.avoidedLoss(g.loss_amount, g.probability_without, g.probability_with);
  },
});
