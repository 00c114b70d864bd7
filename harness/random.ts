/**
 * The one seeded PRNG of the test harness (mulberry32: small, fast, and good enough for
 * simulations and generated files), so a seed gives the same trials and the same file on
 * every run and machine.
 *
 * @example
 * const next = mulberry32(20261127);
 * next(); // a number in [0, 1), the same on every run
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
