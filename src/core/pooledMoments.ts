import { CalcError } from "./calcError";

/** The count, mean and sample variance of every value behind a set of period summaries. */
export interface Moments {
  n: number;
  mean: number;
  /** Sample variance (divisor n − 1). */
  variance: number;
}

/**
 * Combines period summaries (count, mean, sample standard deviation) into the moments of all
 * their values together, as if the raw values had been kept: a controller's reports give each
 * week's count, mean and standard deviation, not the cases. Uses Chan's pairwise update, which
 * does not subtract two large sums, so it is an independent check of a sheet that does.
 *
 * @example
 * pooledMoments([2, 2], [1, 3], [Math.SQRT2, Math.SQRT2]); //=> { n: 4, mean: 2, variance: 2.6666666666666665 } (the values 0, 2, 2, 4)
 */
export function pooledMoments(counts: readonly number[], means: readonly number[], sds: readonly number[]): Moments | CalcError {
  if (counts.length !== means.length || counts.length !== sds.length) {
    return new CalcError("#VALUE!", "counts, means and standard deviations must have one entry per period");
  }
  let n = 0;
  let mean = 0;
  let squares = 0; // Σ (x − mean)² over the values combined so far
  for (let i = 0; i < counts.length; i++) {
    const [k, m, s] = [counts[i], means[i], sds[i]];
    if (!(Number.isInteger(k) && k >= 1)) return new CalcError("#NUM!", `count ${i + 1} must be a whole number of at least 1, not ${k}`);
    if (!Number.isFinite(m)) return new CalcError("#NUM!", `mean ${i + 1} must be a number, not ${m}`);
    if (!(s >= 0 && Number.isFinite(s))) return new CalcError("#NUM!", `standard deviation ${i + 1} must not be negative, not ${s}`);
    const total = n + k;
    const delta = m - mean;
    squares += (k - 1) * s * s + (delta * delta * n * k) / total;
    mean += (delta * k) / total;
    n = total;
  }
  if (n < 2) return new CalcError("#DIV/0!", "at least two values are needed for a variance");
  return { n, mean, variance: squares / (n - 1) };
}
