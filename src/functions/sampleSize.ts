import * as core from "../core";
import { scalar } from "./arg";
import { excelFunction } from "./excelFunction";
import { DESIGN_ARGS, RATE } from "./testDesignArgs";

export const SAMPLESIZE = excelFunction({
  id: "SAMPLESIZE",
  description:
    "Trials needed in each group (baseline and current alike) for SIGNIFICANCE to detect a change from baseline_rate to target_rate at significance alpha with the given power.",
  args: {
    baseline_rate: scalar(RATE, "Share that succeeds today, e.g. a conversion rate."),
    target_rate: scalar(RATE, "Share the intervention should reach; different from baseline_rate."),
    ...DESIGN_ARGS,
  },
  returns: { text: "Trials per group, a whole number.", type: "number" },
  example: {
    args: [0.12, 0.18],
    result: 555,
    story:
      "To show that lead conversion rose from 12% to 18% at the usual 5% significance with 80% power, each group needs 555 leads; a one-sided test (tails 1) needs 437.",
  },
  errors: [
    { code: "#NUM!", when: "target_rate equals baseline_rate", example: [0.12, 0.12] },
    { code: "#NUM!", when: "a one-sided test (tails 1) with target_rate below baseline_rate", example: [0.18, 0.12, 0.05, 0.8, 1] },
    { code: "#NUM!", when: "power is not above alpha / tails", example: [0.12, 0.18, 0.5, 0.2] },
  ],
  body: (a) => core.sampleSize(a.baseline_rate, a.target_rate, a.alpha, a.power, a.tails),
});
