/*
 * The means forms the values tracker is checked against: pooled moments from period
 * summaries, Welch's z, and the two-sample sample size and minimum detectable difference.
 * Each is worked out here by another route (raw values, hand arithmetic).
 */
import { CalcError } from "../../src/core/calcError";
import { mdeMeans } from "../../src/core/mdeMeans";
import { pooledMoments } from "../../src/core/pooledMoments";
import { sampleSizeMeans } from "../../src/core/sampleSizeMeans";
import { welchZ } from "../../src/core/welchZ";

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const variance = (xs: number[]) => xs.reduce((a, x) => a + (x - mean(xs)) ** 2, 0) / (xs.length - 1);

describe("pooledMoments", () => {
  test("gives the moments of the raw values behind the summaries", () => {
    const periods = [[7.5, 9, 12.25, 6], [8, 8, 10.5], [3, 14, 9.75, 11, 8.5]];
    const all = periods.flat();
    const sd = (xs: number[]) => (xs.length > 1 ? Math.sqrt(variance(xs)) : 0);
    const m = pooledMoments(periods.map((p) => p.length), periods.map(mean), periods.map(sd));
    expect(m).toEqual({ n: all.length, mean: expect.closeTo(mean(all), 13), variance: expect.closeTo(variance(all), 13) });
  });

  test("refuses what has no variance or is not a summary", () => {
    expect(pooledMoments([1], [5], [0])).toEqual(new CalcError("#DIV/0!", "at least two values are needed for a variance"));
    expect((pooledMoments([2.5], [5], [1]) as CalcError).code).toBe("#NUM!");
    expect((pooledMoments([2], [5], [-1]) as CalcError).code).toBe("#NUM!");
    expect((pooledMoments([2, 3], [5], [1]) as CalcError).code).toBe("#VALUE!");
  });
});

describe("welchZ", () => {
  test("divides the difference by Welch's standard error", () => {
    // (9.5 − 10) / √(4/100 + 9/50) = −0.5 / √0.22
    expect(welchZ({ n: 100, mean: 10, variance: 4 }, { n: 50, mean: 9.5, variance: 9 })).toBeCloseTo(-0.5 / Math.sqrt(0.22), 15);
    expect((welchZ({ n: 2, mean: 1, variance: 0 }, { n: 2, mean: 2, variance: 0 }) as CalcError).code).toBe("#DIV/0!");
  });
});

describe("sampleSizeMeans and mdeMeans", () => {
  test("566 cases a group see 8 minutes fall to 7.5 with a spread of 3 (two-sided, 5%, 80%); 446 one-sided", () => {
    // 2·9·(1.959964 + 0.841621)² / 0.25 = 565.1
    expect(sampleSizeMeans(3, 8, 7.5)).toBe(566);
    // 2·9·(1.644854 + 0.841621)² / 0.25 = 445.2
    expect(sampleSizeMeans(3, 8, 7.5, 0.05, 0.8, 1)).toBe(446);
    expect(sampleSizeMeans(3, 7.5, 8)).toBe(566);
  });

  test("MDE inverts the sample size: at the unrounded n it is the difference asked for", () => {
    const z = 1.959963984540054 + 0.8416212335729143;
    const n = (2 * 9 * z * z) / 0.25;
    expect(mdeMeans(3, n, 3, n)).toBeCloseTo(0.5, 12);
  });

  test("bad arguments are Excel errors, never NaN", () => {
    expect((sampleSizeMeans(0, 8, 7.5) as CalcError).code).toBe("#NUM!");
    expect((sampleSizeMeans(3, 8, 8) as CalcError).code).toBe("#NUM!");
    expect((sampleSizeMeans(3, 8, 7.5, 0.05, 0.8, 3) as CalcError).code).toBe("#NUM!");
    expect((mdeMeans(3, 0, 3, 10) as CalcError).code).toBe("#NUM!");
    expect((mdeMeans(3, 10, 3, 10, 1.5) as CalcError).code).toBe("#NUM!");
  });
});
