/*
 * Contract v2's statistics against native formulas recalculated by LibreOffice, an
 * engine that shares no code with ours: Φ⁻¹ against NORM.S.INV, SAMPLESIZE against its
 * formula built on NORM.S.INV, MDE by putting our answer back into that formula, and
 * one-sided SIGNIFICANCE against NORM.S.DIST — all at 1e-9.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { isCalcError } from "../../src/core/calcError";
import { mde } from "../../src/core/mde";
import { normSInv } from "../../src/core/normSInv";
import { sampleSize } from "../../src/core/sampleSize";
import { significance } from "../../src/core/significance";
import { numberAt, recalculate } from "../../harness/libreoffice";

const TOLERANCE = 1e-9;
const SEED = 20261127;

const probabilities = [
  1e-15, 1e-10, 1e-6, 0.001, 0.01, 0.025, 0.05, 0.0749, 0.075, 0.1, 0.2, 0.3, 0.5, 0.6, 0.8, 0.9, 0.925, 0.9251, 0.95, 0.975,
  0.99, 0.999, 1 - 1e-6,
  ...fc.sample(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), { numRuns: 20, seed: SEED }),
];

interface Design {
  alpha: number;
  power: number;
  tails: 1 | 2;
}

const designs = fc.record({
  alpha: fc.constantFrom(0.01, 0.05, 0.1),
  power: fc.constantFrom(0.8, 0.9, 0.95),
  tails: fc.constantFrom<1 | 2>(1, 2),
});
const rise = fc
  .tuple(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }))
  .filter(([a, b]) => a !== b)
  .map(([a, b]) => [Math.min(a, b) / 10000, Math.max(a, b) / 10000] as const);

// The contract's worked examples first, then seeded random ones.
const sampleCases: (Design & { p1: number; p2: number })[] = [
  { p1: 0.12, p2: 0.18, alpha: 0.05, power: 0.8, tails: 2 },
  { p1: 0.12, p2: 0.18, alpha: 0.05, power: 0.8, tails: 1 },
  { p1: 0.18, p2: 0.12, alpha: 0.05, power: 0.8, tails: 2 },
  { p1: 0.02, p2: 0.025, alpha: 0.05, power: 0.9, tails: 2 },
  ...fc.sample(fc.tuple(rise, designs), { numRuns: 16, seed: SEED }).map(([[p1, p2], d]) => ({ p1, p2, ...d })),
];

const mdeCases: (Design & { p: number; n: number })[] = [
  { p: 0.12, n: 555, alpha: 0.05, power: 0.8, tails: 2 },
  { p: 0.12, n: 437, alpha: 0.05, power: 0.8, tails: 1 },
  { p: 0.5, n: 40, alpha: 0.05, power: 0.8, tails: 2 },
  ...fc.sample(
    fc.tuple(fc.integer({ min: 1, max: 9900 }), fc.integer({ min: 30, max: 100_000 }), designs),
    { numRuns: 16, seed: SEED },
  ).map(([bp, n, d]) => ({ p: bp / 10000, n, ...d })),
];

const oneSidedCases: [number, number, number, number][] = [
  [120, 1000, 180, 1000],
  [180, 1000, 120, 1000],
  [50, 400, 52, 410],
  [3, 20, 9, 22],
  [900, 1000, 910, 1000],
  [1, 5000, 40, 5000],
  [30, 100, 60, 200],
  [0, 10, 0, 10],
];

/** SAMPLESIZE's formula without the rounding, in native functions; p2 is a cell or an expression. */
const requiredTrials = (p1: string, p2: string, alpha: string, power: string, tails: string) =>
  `((_xlfn.NORM.S.INV(1-${alpha}/${tails})*SQRT(2*((${p1}+${p2})/2)*(1-(${p1}+${p2})/2))` +
  `+_xlfn.NORM.S.INV(${power})*SQRT(${p1}*(1-${p1})+${p2}*(1-${p2})))/(${p2}-${p1}))^2`;

let book: ExcelJS.Workbook;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();

  const inv = wb.addWorksheet("NormInv");
  probabilities.forEach((p, i) => (inv.getRow(i + 1).values = [p, { formula: `_xlfn.NORM.S.INV(A${i + 1})` }]));

  const size = wb.addWorksheet("SampleSize");
  sampleCases.forEach((c, i) => {
    const r = i + 1;
    const n = requiredTrials(`A${r}`, `B${r}`, `C${r}`, `D${r}`, `E${r}`);
    size.getRow(r).values = [c.p1, c.p2, c.alpha, c.power, c.tails, { formula: `ROUNDUP(${n},0)` }];
  });

  const detectable = wb.addWorksheet("MDE");
  mdeCases.forEach((c, i) => {
    const r = i + 1;
    const d = mde(c.p, c.n, c.alpha, c.power, c.tails);
    // Our rise, put back into the formula: LibreOffice says how many trials it needs. When
    // we say #N/A it gets the largest rise there is, to 1, which must need more than n.
    const n = requiredTrials(`A${r}`, `(A${r}+F${r})`, `C${r}`, `D${r}`, `E${r}`);
    detectable.getRow(r).values = [c.p, c.n, c.alpha, c.power, c.tails, isCalcError(d) ? { formula: `1-A${r}` } : d, { formula: n }];
  });

  const sig = wb.addWorksheet("OneSided");
  oneSidedCases.forEach(([x1, n1, x2, n2], i) => {
    const r = i + 1;
    sig.getRow(r).values = [
      x1,
      n1,
      x2,
      n2,
      { formula: `(A${r}+C${r})/(B${r}+D${r})` },
      { formula: `IF(OR(E${r}=0,E${r}=1),1,1-_xlfn.NORM.S.DIST((C${r}/D${r}-A${r}/B${r})/SQRT(E${r}*(1-E${r})*(1/B${r}+1/D${r})),TRUE()))` },
    ];
  });

  book = await recalculate(wb);
}, 240_000);

describe("v2 statistics match native formulas recalculated by LibreOffice", () => {
  it.each(probabilities.map((p, i) => [i, p] as const))("Φ⁻¹ case %i (p = %d) matches NORM.S.INV", (i, p) => {
    expect(Math.abs(normSInv(p) - numberAt(book.getWorksheet("NormInv")!, `B${i + 1}`))).toBeLessThanOrEqual(TOLERANCE);
  });

  it.each(sampleCases.map((c, i) => [i, c] as const))("SAMPLESIZE case %i matches ROUNDUP of its NORM.S.INV formula", (i, c) => {
    expect(sampleSize(c.p1, c.p2, c.alpha, c.power, c.tails)).toBe(numberAt(book.getWorksheet("SampleSize")!, `F${i + 1}`));
  });

  it("agrees on the contract's examples: 555 two-sided, 437 one-sided", () => {
    const ws = book.getWorksheet("SampleSize")!;
    expect([numberAt(ws, "F1"), numberAt(ws, "F2")]).toEqual([555, 437]);
  });

  it.each(mdeCases.map((c, i) => [i, c] as const))("MDE case %i needs exactly trials_per_group by the NORM.S.INV formula", (i, c) => {
    const needed = numberAt(book.getWorksheet("MDE")!, `G${i + 1}`);
    const d = mde(c.p, c.n, c.alpha, c.power, c.tails);
    if (isCalcError(d)) {
      expect(d.code).toBe("#N/A");
      expect(needed).toBeGreaterThan(c.n);
    } else {
      expect(Math.abs(needed - c.n) / c.n).toBeLessThanOrEqual(TOLERANCE);
    }
  });

  it("has both detectable and undetectable MDE cases", () => {
    const results = mdeCases.map((c) => isCalcError(mde(c.p, c.n, c.alpha, c.power, c.tails)));
    expect(results).toContain(true);
    expect(results).toContain(false);
  });

  it.each(oneSidedCases.map((c, i) => [i, c] as const))("one-sided SIGNIFICANCE case %i matches 1 − NORM.S.DIST(z)", (i, c) => {
    const p = significance(c[0], c[1], c[2], c[3], 1) as number;
    expect(Math.abs(p - numberAt(book.getWorksheet("OneSided")!, `F${i + 1}`))).toBeLessThanOrEqual(TOLERANCE);
  });
});
