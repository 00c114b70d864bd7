import { CalcError } from "./calcError";

/**
 * Return on investment, (value − cost) / cost, as a decimal (0.67 = 67%). `cost` is the
 * total: single cost lines may be credits (negative) as long as the total is positive.
 *
 * @example
 * roi(500000, 300000); //=> 0.6666666667
 */
export function roi(value: number, cost: number): number | CalcError {
  if (cost === 0) return new CalcError("#DIV/0!", "cost is 0: ROI is undefined without a cost");
  if (cost < 0) {
    return new CalcError("#NUM!", `the total cost is negative (${cost}): credits may reduce the cost, not exceed it`);
  }
  return (value - cost) / cost;
}
