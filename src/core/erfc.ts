/**
 * The complementary error function, within about 4e-15 relative of the C library's erfc
 * for 0 ≤ x ≤ 8. Below 1 it uses the all-positive series
 * erf(x) = 2/√π·e^(−x²)·Σ (2x²)^n·x/(2n+1)!!, where 1 − erf loses little; from 1 up, the
 * continued fraction for erfc, which has no cancellation at all.
 *
 * @example
 * erfc(0); //=> 1
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 1) {
    const x2 = x * x;
    let term = x;
    let sum = x;
    for (let n = 1; term > sum * 1e-17; n++) {
      term *= (2 * x2) / (2 * n + 1);
      sum += term;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * Math.exp(-x2) * sum;
  }
  // Lentz's method for erfc(x) = e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))).
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = d === 0 ? tiny : d;
    c = x + a / c;
    c = c === 0 ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
