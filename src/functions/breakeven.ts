import * as core from "../core";
import { optionalScalar } from "./arg";
import { excelFunction } from "./excelFunction";
import { HORIZON, PAYBACK_ARGS, paybackInputs } from "./paybackArgs";
import { PAYBACK_ERRORS } from "./paybackErrors";

export const BREAKEVEN = excelFunction({
  id: "BREAKEVEN",
  description:
    "Months until the cumulative position, once below 0, comes back up to 0, interpolated inside that month; 0 when it never falls below 0; #N/A when it does not within the horizon.",
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
  errors: [
    { code: "#N/A", when: "the position is below 0 at some month and not back to 0 within the horizon", example: [1000, 100, 50] },
    ...PAYBACK_ERRORS,
  ],
  body: (a) => core.breakeven(paybackInputs(a), a.horizon_months),
});
