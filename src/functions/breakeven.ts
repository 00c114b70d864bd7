import * as core from "../core";
import { optionalScalar } from "./arg";
import { excelFunction } from "./excelFunction";
import { HORIZON, PAYBACK_ARGS, paybackInputs } from "./paybackArgs";

export const BREAKEVEN = excelFunction({
  id: "BREAKEVEN",
  description:
    "Months until cumulative net value pays back the upfront cost, interpolated inside the crossing month; #N/A when it does not within the horizon.",
  args: {
    ...PAYBACK_ARGS,
    horizon_months: optionalScalar(HORIZON, "Months to look ahead.", `${core.DEFAULT_BREAKEVEN_HORIZON}, or the series length`),
  },
  returns: { text: "Months to break even.", type: "number" },
  example: {
    args: [300, 10, 60],
    result: 6,
    story: "300 up front, 10 a month to run and 60 a month of value: the net 50 a month pays back the 300 after 6 months.",
  },
  body: (a) => core.breakeven(paybackInputs(a), a.horizon_months),
});
