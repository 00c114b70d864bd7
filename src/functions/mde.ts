import * as core from "../core";
import { scalar } from "./arg";
import { excelFunction } from "./excelFunction";
import { DESIGN_ARGS, RATE } from "./testDesignArgs";

export const MDE = excelFunction({
  id: "MDE",
  description:
    "Minimum detectable effect: the smallest rise of a share above baseline_rate (target − baseline, an absolute change) that trials_per_group trials in each group detect, as SAMPLESIZE sizes them.",
  args: {
    baseline_rate: scalar(RATE, "Share that succeeds today, e.g. a conversion rate."),
    trials_per_group: scalar({ min: 2, integer: true }, "Trials in each group, baseline and current alike."),
    ...DESIGN_ARGS,
  },
  returns: { text: "The smallest detectable rise of the share, as a decimal (0.06 = 6 points).", type: "number" },
  example: {
    args: [0.12, 555],
    result: 0.05998718005785582,
    story: "With 555 leads in each group and 12% converting today, a rise of about 6 points (to 18%) is the smallest the test can be relied on to detect.",
  },
  errors: [{ code: "#N/A", when: "no target rate below 1 is detectable with so few trials", example: [0.9, 2] }],
  body: (a) => core.mde(a.baseline_rate, a.trials_per_group, a.alpha, a.power, a.tails),
});
