import * as core from "../core";
import { UNBOUNDED, averaged } from "./arg";
import { excelFunction } from "./excelFunction";

export const UPLIFT = excelFunction({
  id: "UPLIFT",
  description:
    "Relative change of the mean from baseline to current: (mean(current) − mean(baseline)) / |mean(baseline)|. Blank cells are ignored like AVERAGE; desktop Excel may pass a blank cell as 0.",
  args: {
    baseline: averaged(UNBOUNDED, "The metric before: a number or a range, averaged."),
    current: averaged(UNBOUNDED, "The metric now: a number or a range, averaged."),
  },
  returns: { text: "Uplift as a decimal (0.5 = +50%).", type: "number" },
  example: { args: [0.12, 0.18], result: 0.5, story: "Lead-to-opportunity conversion rising from 12% to 18% is an uplift of 50%." },
  errors: [
    { code: "#DIV/0!", when: "the mean of baseline is 0, or baseline or current has no numbers", example: [0, 5] },
  ],
  body: (a) => core.uplift(a.baseline, a.current),
});
