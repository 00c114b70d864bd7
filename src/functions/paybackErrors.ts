/* The errors BREAKEVEN and PAYBACKCURVE share, from the cash profile's own rules. */
import type { DeclaredError } from "./excelFunction";

export const PAYBACK_ERRORS: readonly DeclaredError[] = [
  { code: "#VALUE!", when: "ramp_months is above 0 with a monthly_value series (build the ramp into the series)", example: [100, 0, [[10, 20]], 3] },
  { code: "#VALUE!", when: "monthly_cost and monthly_value are series of different lengths", example: [100, [[1, 2, 3]], [[10, 20]]] },
  { code: "#VALUE!", when: "a horizon is given that differs from the series length", example: [100, [[1, 2, 3]], 50, 0, 0, 12] },
];
