import * as core from "../core";
import { ACCEPTED_STATUS, flag, rung } from "./arg";
import { excelFunction } from "./excelFunction";

export const EVIDENCELEVEL = excelFunction({
  id: "EVIDENCELEVEL",
  description: `Rung of the evidence ladder reached, 0…5: rungs evidenced in a row from Technical up. A gap stops the climb. Each rung: TRUE/FALSE, 1/0, blank, or a status (${ACCEPTED_STATUS.slice(0, core.EVIDENCED_WORDS.length).join(", ")} count; ${ACCEPTED_STATUS.slice(core.EVIDENCED_WORDS.length).join(", ")} do not).`,
  args: {
    technical: rung("Technical evidence: the system can do the task."),
    behavioural: rung("Behavioural evidence: people or systems use it."),
    operational: rung("Operational evidence: the work changes."),
    financial: rung("Financial evidence: enterprise economics change."),
    strategic: rung("Strategic evidence: competitive position changes."),
    as_text: flag(false, `TRUE for the rung's name (${core.RUNG_NAMES[0]}, ${core.RUNG_NAMES[1]} … ${core.RUNG_NAMES[5]}) instead of its number.`),
  },
  returns: { text: "Level 0…5, or its name.", type: "number or string" },
  example: {
    args: [true, true, "Evidenced", "Claimed", "Evidenced", true],
    result: "Operational",
    story:
      "The model works, reps use it and the sales workflow changed, but the financial effect is only claimed, so the strategic evidence above the gap does not count: the ladder stops at Operational.",
  },
  body: ({ as_text, ...rungs }) => {
    const reached = core.evidenceLevel(Object.values(rungs));
    return as_text ? core.RUNG_NAMES[reached] : reached;
  },
});
