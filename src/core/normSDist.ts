import { erfc } from "./erfc";

/**
 * The standard normal distribution Φ(z), Excel's NORM.S.DIST(z, TRUE). Written through
 * erfc so that the upper tail 1 − Φ(z) = Φ(−z) keeps its relative precision.
 *
 * @example
 * normSDist(1.9599639845400536); //=> 0.975
 */
export function normSDist(z: number): number {
  return erfc(-z / Math.SQRT2) / 2;
}
