import { CalcError, isCalcError } from "./calcError";
import { normSInv } from "./normSInv";
import { obrienFleming } from "./obrienFleming";
import { sequentialCrossing } from "./sequentialCrossing";
import { solveBracketed } from "./solveBracketed";

const TOLERANCE = 1e-9;

/**
 * How many times the fixed-sample size an O'Brien–Fleming test with `looks` equally
 * spaced looks needs at its last look to keep `power` for the same change: R = (θ / (z_a + z_b))²,
 * where θ is the mean of the last look's Z at which the upper boundary of
 * {@link obrienFleming} is crossed with probability `power`, and z_a + z_b is that mean for
 * the single fixed-sample test (z_a = Φ⁻¹(1 − alpha/tails), z_b = Φ⁻¹(power)).
 *
 * @example
 * sequentialInflation(6, 0.05, 0.8, 2); //=> 1.0323… (Jennison & Turnbull, table 2.3: 1.032)
 * sequentialInflation(1, 0.05, 0.8, 2); //=> 1 (one look)
 */
export function sequentialInflation(looks: number, alpha: number, power: number, tails: number): number | CalcError {
  const c = obrienFleming(looks, alpha, tails);
  if (isCalcError(c)) return c;
  if (!(power > alpha / tails && power < 1)) return new CalcError("#NUM!", `power must be above alpha/tails and below 1, not ${power}`);
  const fixedDrift = normSInv(1 - alpha / tails) + normSInv(power);
  const bounds = Array.from({ length: looks }, (_, k) => c * Math.sqrt(looks / (k + 1)));
  const shortfall = (drift: number) => sequentialCrossing(bounds, drift, tails === 2).upper - power;
  // The last look alone reaches the power at c + z_b, so the drift needed lies below it.
  const drift = solveBracketed(shortfall, fixedDrift, c + normSInv(power), TOLERANCE);
  return (drift / fixedDrift) ** 2;
}
