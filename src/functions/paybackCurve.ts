import * as core from "../core";
import { optionalScalar } from "./arg";
import { excelFunction } from "./excelFunction";
import { HORIZON, PAYBACK_ARGS, paybackInputs } from "./paybackArgs";
import { PAYBACK_ERRORS } from "./paybackErrors";

export const PAYBACKCURVE = excelFunction({
  id: "PAYBACKCURVE",
  description:
    "Spills the cumulative position from month 0 to the last month as one column: the J-curve. BREAKEVEN is where it crosses zero.",
  args: {
    ...PAYBACK_ARGS,
    months: optionalScalar(HORIZON, "Months to show.", `${core.DEFAULT_PAYBACK_MONTHS}, or the series length`),
  },
  returns: { text: "Cumulative position at months 0…N, one per row.", type: "number" },
  spill: { from: "months", seriesOf: ["monthly_cost", "monthly_value"], otherwise: core.DEFAULT_PAYBACK_MONTHS, extra: 1 },
  example: {
    args: [300, 10, 60, 0, 0, 3],
    result: [[-300], [-250], [-200], [-150]],
    story: "The same intervention's cumulative position for months 0 to 3, spilled down a column.",
  },
  errors: PAYBACK_ERRORS,
  body: (a) => core.paybackCurve(paybackInputs(a), a.months),
});
