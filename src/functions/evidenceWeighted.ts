import * as core from "../core";
import { UNBOUNDED, level, optionalList, scalar, SHARE } from "./arg";
import { excelFunction } from "./excelFunction";

export const EVIDENCEWEIGHTED = excelFunction({
  id: "EVIDENCEWEIGHTED",
  description: `Credit a value claim earns at the evidence it has: value × weight(level). Default weights for levels 0…5 are ${core.DEFAULT_EVIDENCE_WEIGHTS.join(", ")} — a starting point to replace with your own policy.`,
  args: {
    value: scalar(UNBOUNDED, "The value claimed."),
    evidence_level: level("Evidence level reached, as EVIDENCELEVEL writes it."),
    weights: optionalList(
      SHARE,
      "5 cells (levels 1…5) or 6 cells (levels 0…5), never falling as the level rises.",
      `the policy ${core.DEFAULT_EVIDENCE_WEIGHTS.join(", ")}`,
    ),
  },
  returns: { text: "Evidence-weighted value.", type: "number" },
  example: {
    args: [504000, 3],
    result: 252000,
    story: "A $504K claim evidenced to the operational rung earns half its value under the default policy.",
  },
  body: (a) => core.evidenceWeighted(a.value, a.evidence_level, a.weights),
});
