import * as core from "../core";
import { UNBOUNDED, level, optionalLevel, scalar } from "./arg";
import { excelFunction } from "./excelFunction";

export const VERDICT = excelFunction({
  id: "VERDICT",
  description: "The contract's scale-and-stop rule: SCALE, PROVE (value claimed but not evidenced), REDESIGN or STOP.",
  args: {
    actual_value: scalar(UNBOUNDED, "Value actually realised."),
    scale_threshold: scalar(UNBOUNDED, "Value at or above which the contract scales."),
    stop_threshold: scalar(UNBOUNDED, "Value below which the contract stops; at most scale_threshold."),
    evidence_level: optionalLevel("Evidence level reached.", "no evidence test"),
    required_level: level("Evidence level needed to scale.", { default: core.DEFAULT_REQUIRED_LEVEL }),
  },
  returns: { text: "SCALE, PROVE, REDESIGN or STOP.", type: "string" },
  example: {
    args: [324000, 200000, 50000, 3],
    result: "PROVE",
    story:
      "$324K realised clears the $200K scale line, but with evidence only at level 3 against the Financial level required, the contract must prove it before it scales.",
  },
  body: (a) => core.verdict(a.actual_value, a.scale_threshold, a.stop_threshold, a.evidence_level, a.required_level),
});
