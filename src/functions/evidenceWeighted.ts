import * as core from "../core";
import { level, NON_NEGATIVE, optionalList, scalar, SHARE, summed, UNBOUNDED } from "./arg";
import { excelFunction } from "./excelFunction";

export const EVIDENCEWEIGHTED = excelFunction({
  id: "EVIDENCEWEIGHTED",
  description: `Credit a value claim earns at the evidence it has: benefits × weight(level) − cost. Costs are spent whatever the evidence says, so they are subtracted unweighted. Default weights for levels 0…5 are ${core.DEFAULT_EVIDENCE_WEIGHTS.join(", ")} — a starting point to replace with your own policy.`,
  args: {
    benefits: scalar(UNBOUNDED, "The benefits claimed, before costs (a net value given here keeps its v1 meaning only when cost is left out)."),
    evidence_level: level("Evidence level reached, as EVIDENCELEVEL writes it."),
    weights: optionalList(
      SHARE,
      "5 cells (levels 1…5) or 6 cells (levels 0…5), never falling as the level rises.",
      `the policy ${core.DEFAULT_EVIDENCE_WEIGHTS.join(", ")}`,
    ),
    cost: summed(NON_NEGATIVE, "Cost of getting the benefits, entered as a positive amount and subtracted unweighted.", { default: 0 }),
  },
  returns: { text: "Evidence-weighted value.", type: "number" },
  example: {
    args: [453800, 3, [[0, 0.1, 0.25, 0.5, 1, 1]], 254000],
    result: -27100,
    story:
      "The worked example's $453,800 of benefits, evidenced to the operational rung, earn half under the default policy — $226,900 — and the full $254,000 cost is still spent: −$27,100. The evidence does not yet carry the claim.",
  },
  errors: [
    { code: "#NUM!", when: "weights is not 5 or 6 cells", example: [100, 2, [[0.1, 0.4, 0.6, 0.8]]] },
    { code: "#NUM!", when: "weights fall as the level rises", example: [100, 2, [[0.5, 0.4, 0.6, 0.8, 1]]] },
  ],
  body: (a) => core.evidenceWeighted(a.benefits, a.evidence_level, a.weights, a.cost),
});
