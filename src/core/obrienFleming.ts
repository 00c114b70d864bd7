import { CalcError } from "./calcError";
import { normSInv } from "./normSInv";
import { sequentialCrossing } from "./sequentialCrossing";
import { solveBracketed } from "./solveBracketed";

/** Precision of the constant: far below what three printed decimals need. */
const TOLERANCE = 1e-9;

/**
 * O'Brien–Fleming's boundary constant c for `looks` equally spaced looks: the test stops
 * at look k when Z_k ≥ c·√(looks/k) (or |Z_k| ≥ that, two-sided), and c is chosen so that
 * with no true change the chance of ever stopping is exactly `alpha` (Armitage–McPherson–Rowe
 * recursive integration, {@link sequentialCrossing}). One-sided, `alpha` is all on the
 * upper side; two-sided it is split between both.
 *
 * @example
 * obrienFleming(6, 0.05, 2); //=> 2.0533… (Jennison & Turnbull, table 2.3: 2.053)
 * obrienFleming(1, 0.05, 2); //=> 1.95996… (one look is the fixed-sample test)
 */
export function obrienFleming(looks: number, alpha: number, tails: number): number | CalcError {
  if (!(Number.isInteger(looks) && looks >= 1)) return new CalcError("#NUM!", `looks must be a whole number of at least 1, not ${looks}`);
  if (!(alpha > 0 && alpha < 1)) return new CalcError("#NUM!", `alpha must be between 0 and 1, not ${alpha}`);
  if (tails !== 1 && tails !== 2) return new CalcError("#NUM!", `tails must be 1 or 2, not ${tails}`);
  const fixed = normSInv(1 - alpha / tails);
  const excess = (c: number) => {
    const bounds = Array.from({ length: looks }, (_, k) => c * Math.sqrt(looks / (k + 1)));
    const { upper, lower } = sequentialCrossing(bounds, 0, tails === 2);
    return alpha - (upper + lower);
  };
  // More looks never need a lower constant, and the continuous-monitoring constant Φ⁻¹(1 − alpha/(2·tails)) is an upper bound.
  return solveBracketed(excess, fixed, normSInv(1 - alpha / (2 * tails)), TOLERANCE);
}
