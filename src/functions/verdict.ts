import * as core from "../core";
import { level, scalar, UNBOUNDED } from "./arg";
import { excelFunction } from "./excelFunction";

export const VERDICT = excelFunction({
  id: "VERDICT",
  description:
    "The contract's scale-and-stop rule: SCALE, PROVE (value claimed but not evidenced), REDESIGN or STOP. It fails closed: blank evidence is level 0, so value above the scale line without evidence is PROVE, never SCALE.",
  args: {
    actual_value: scalar(UNBOUNDED, "Value actually realised."),
    scale_threshold: scalar(UNBOUNDED, "Value at or above which the contract scales."),
    stop_threshold: scalar(UNBOUNDED, "Value below which the contract stops; at most scale_threshold."),
    evidence_level: level("Evidence level reached; left out or blank, no evidence.", { default: 0 }),
    required_level: level(
      "Evidence level needed to scale, 1…5; 0 is refused, so a blank cell that desktop Excel passes as 0 is an error, not a pass.",
      { default: core.DEFAULT_REQUIRED_LEVEL },
    ),
  },
  returns: { text: "SCALE, PROVE, REDESIGN or STOP.", type: "string" },
  example: {
    args: [324000, 200000, 50000, 3],
    result: "PROVE",
    story:
      "$324K realised clears the $200K scale line, but with evidence only at level 3 against the Financial level required, the contract must prove it before it scales.",
  },
  errors: [
    { code: "#NUM!", when: "stop_threshold is above scale_threshold", example: [1, 10, 20] },
    { code: "#NUM!", when: "required_level is 0, which would scale with no evidence at all", example: [1, 10, 5, 3, 0] },
  ],
  body: (a) => core.verdict(a.actual_value, a.scale_threshold, a.stop_threshold, a.evidence_level, a.required_level),
});
