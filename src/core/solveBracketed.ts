/**
 * The root of an increasing function `f` between `lo` and `hi` (f(lo) < 0 ≤ f(hi)), by the
 * Illinois variant of regula falsi: secant steps, halving the weight of an end point kept
 * twice so both ends close in. It needs a handful of calls where bisection needs fifty,
 * which matters when each call is a numerical integration. Stops when the bracket is
 * narrower than `tolerance`, and returns its middle.
 *
 * @example
 * solveBracketed((x) => x * x - 2, 1, 2, 1e-12); //=> 1.41421356237…
 */
export function solveBracketed(f: (x: number) => number, lo: number, hi: number, tolerance: number): number {
  let [a, b] = [lo, hi];
  let [fa, fb] = [f(a), f(b)];
  let kept = 0;
  for (let i = 0; i < 100 && b - a > tolerance; i++) {
    let x = b - (fb * (b - a)) / (fb - fa);
    if (!(x > a && x < b)) x = (a + b) / 2;
    const fx = f(x);
    if (fx < 0) {
      [a, fa] = [x, fx];
      if (kept === -1) fb /= 2;
      kept = -1;
    } else {
      [b, fb] = [x, fx];
      if (kept === 1) fa /= 2;
      kept = 1;
    }
  }
  return (a + b) / 2;
}
