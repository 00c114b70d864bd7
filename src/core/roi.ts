import { CalcError } from "./calcError";

/**
 * Return on investment, (value − cost) / cost, as a decimal (0.67 = 67%).
 *
 * Precondition: cost ≥ 0.
 *
 * @example
 * roi(500000, 300000); //=> 0.6666666667
 */
export function roi(value: number, cost: number): number | CalcError {
  if (cost === 0) return new CalcError("#DIV/0!", "cost is 0: ROI is undefined without a cost");
  return (value - cost) / cost;
}
