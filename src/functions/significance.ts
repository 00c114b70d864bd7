import * as core from "../core";
import { scalar, type Domain } from "./arg";
import { excelFunction } from "./excelFunction";
import { TAILS } from "./testDesignArgs";

const COUNT: Domain = { min: 0, integer: true };
const TRIALS: Domain = { gt: 0, integer: true };

export const SIGNIFICANCE = excelFunction({
  id: "SIGNIFICANCE",
  description:
    "p-value of the pooled two-proportion z-test: how likely a change this large is by chance alone. Below 0.05 is the usual bar. Two-sided unless tails is 1.",
  args: {
    baseline_successes: scalar(COUNT, "Successes before, at most baseline_trials."),
    baseline_trials: scalar(TRIALS, "Trials before."),
    current_successes: scalar(COUNT, "Successes now, at most current_trials."),
    current_trials: scalar(TRIALS, "Trials now."),
    tails: TAILS,
  },
  returns: { text: "p-value, 0…1.", type: "number" },
  example: {
    args: [120, 1000, 180, 1000],
    result: 0.0001717251561136311,
    story:
      "120 of 1,000 leads converted before and 180 of 1,000 after. A difference that large would arise by chance about twice in 10,000 trials, far below the usual 0.05 bar.",
  },
  errors: [{ code: "#NUM!", when: "successes exceed trials", example: [11, 10, 1, 10] }],
  body: (a) => core.significance(a.baseline_successes, a.baseline_trials, a.current_successes, a.current_trials, a.tails),
});
