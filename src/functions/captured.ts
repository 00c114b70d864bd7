import * as core from "../core";
import { alignPaired, NON_NEGATIVE, paired, SHARE } from "./arg";
import { excelFunction } from "./excelFunction";

export const CAPTURED = excelFunction({
  id: "CAPTURED",
  description:
    "Value captured from released capacity: hours × hourly cost × capture rate, summed like SUMPRODUCT. Saved time is only potential value until management decides what to do with it.",
  args: {
    hours_released: paired(NON_NEGATIVE, "Hours released; a number or a range."),
    hourly_cost: paired(NON_NEGATIVE, "Fully loaded cost per hour; a number or a range of the same shape."),
    capture_rate: paired(SHARE, "Share of released hours turned into value; required, no default."),
  },
  returns: { text: "Captured value.", type: "number" },
  example: {
    args: [230000, 60, 0.3],
    result: 4140000,
    story:
      "1,000 employees saving five hours a week for 46 working weeks release 230,000 hours. At $60 an hour that is $13.8M of potential; if management turns 30% of it into avoided hiring and contractor spend, $4.14M is captured.",
  },
  errors: [
    { code: "#VALUE!", when: "the ranges differ in shape", example: [[[1], [2]], [[1], [2], [3]], 0.5] },
    { code: "#VALUE!", when: "a cell is blank in one range but not in the others (a row blank in all is skipped)", example: [[[800], [1200]], [[70], [""]], [[0.5], [0.3]]] },
  ],
  body: (a) => {
    const g = alignPaired(a);
    return core.isCalcError(g) ? g : core.captured(g.hours_released, g.hourly_cost, g.capture_rate);
  },
});
