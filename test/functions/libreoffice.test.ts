/*
 * Excel parity: each AIVALUE function against the same quantity built from native
 * formulas and recalculated by LibreOffice, an engine that shares no code with ours.
 * BREAKEVEN and PAYBACKCURVE are checked against a month-by-month schedule with ramp and
 * discounting, SIGNIFICANCE against NORM.S.DIST, WORKFLOWCOST against SUMPRODUCT.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import * as fns from "../../src/functions/library";
import { numberAt, recalculate } from "../../harness/libreoffice";

const TOLERANCE = 1e-9;
/** Money sums run to millions; 1e-9 is relative there, absolute below 1. */
const close = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(TOLERANCE * Math.max(1, Math.abs(expected)));

interface PaybackCase {
  upfront: number;
  cost: number;
  value: number;
  ramp: number;
  rate: number;
  months: number;
}

// Fixed cases that cover each rule, then seeded random ones.
const paybackCases: PaybackCase[] = [
  { upfront: 300, cost: 10, value: 60, ramp: 0, rate: 0, months: 24 },
  { upfront: 250000, cost: 12000, value: 45000, ramp: 6, rate: 0, months: 60 },
  { upfront: 250000, cost: 12000, value: 45000, ramp: 6, rate: 0.1, months: 60 },
  { upfront: 90000, cost: 3000, value: 9000, ramp: 12, rate: 0.25, months: 120 },
  ...fc.sample(
    fc.record({
      upfront: fc.integer({ min: 1000, max: 2_000_000 }),
      cost: fc.integer({ min: 0, max: 50_000 }),
      value: fc.integer({ min: 60_000, max: 400_000 }),
      ramp: fc.integer({ min: 0, max: 18 }),
      rate: fc.integer({ min: -500, max: 4000 }).map((bp) => bp / 10000),
      months: fc.integer({ min: 36, max: 120 }),
    }),
    { numRuns: 8, seed: 20261121 },
  ),
];

const significanceCases: [number, number, number, number][] = [
  [120, 1000, 180, 1000],
  [50, 400, 52, 410],
  [3, 20, 9, 22],
  [900, 1000, 910, 1000],
  [1, 5000, 40, 5000],
  [0, 10, 0, 10],
];

const stepTables = [
  { calls: [14], inTokens: [8000], outTokens: [500], inPrice: [3], outPrice: [15], cached: [0.3], share: 0, success: 1 },
  {
    calls: [1, 3, 6, 2, 1],
    inTokens: [2500, 6000, 1800, 9000, 12000],
    outTokens: [400, 150, 300, 800, 1500],
    inPrice: [0.8, 0.15, 3, 3, 15],
    outPrice: [4, 0.6, 15, 15, 75],
    cached: [0.08, 0.015, 0.3, 0.3, 1.5],
    share: 0.45,
    success: 0.82,
  },
];

let book: ExcelJS.Workbook;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();

  paybackCases.forEach((c, i) => {
    const ws = wb.addWorksheet(`Payback${i}`);
    ws.addRow(["month", "value", "cost", "net", "discount", "cumulative", "crossing"]);
    ws.addRow([0, null, null, null, null, -c.upfront, null]);
    for (let m = 1; m <= c.months; m++) {
      const r = m + 2;
      const ramp = c.ramp > 0 ? `*MIN(1,A${r}/${c.ramp})` : "";
      ws.addRow([
        m,
        { formula: `${c.value}${ramp}` },
        c.cost,
        { formula: `B${r}-C${r}` },
        { formula: `(1+${c.rate})^(-A${r}/12)` },
        { formula: `F${r - 1}+D${r}*E${r}` },
        { formula: `IF(AND(F${r - 1}<0,F${r}>=0),A${r - 1}+(-F${r - 1})/(F${r}-F${r - 1}),"")` },
      ]);
    }
    ws.getCell("I1").value = { formula: `MIN(G3:G${c.months + 2})` };
  });

  const sig = wb.addWorksheet("Significance");
  significanceCases.forEach(([x1, n1, x2, n2], i) => {
    const r = i + 1;
    sig.getRow(r).values = [
      x1,
      n1,
      x2,
      n2,
      { formula: `(A${r}+C${r})/(B${r}+D${r})` },
      { formula: `IF(OR(E${r}=0,E${r}=1),1,2*(1-_xlfn.NORM.S.DIST(ABS((C${r}/D${r}-A${r}/B${r})/SQRT(E${r}*(1-E${r})*(1/B${r}+1/D${r}))),TRUE())))` },
    ];
  });

  stepTables.forEach((t, i) => {
    const ws = wb.addWorksheet(`Steps${i}`);
    t.calls.forEach((_, s) => ws.addRow([t.calls[s], t.inTokens[s], t.outTokens[s], t.inPrice[s], t.outPrice[s], t.cached[s]]));
    const n = t.calls.length;
    ws.getCell("H1").value = {
      formula: `SUMPRODUCT(A1:A${n},B1:B${n}*((1-${t.share})*D1:D${n}+${t.share}*F1:F${n})+C1:C${n}*E1:E${n})/1000000/${t.success}`,
    };
  });

  const misc = wb.addWorksheet("Misc");
  misc.getRow(1).values = [1200, 55, 0.3, 800, 70, 0.5, { formula: "SUMPRODUCT(A1:A1,B1:B1,C1:C1)+SUMPRODUCT(D1:D1,E1:E1,F1:F1)" }];
  misc.getRow(2).values = [14.5, 3200, 0.62, 18000, { formula: "(A2*730+D2)/(B2*3600*730*C2)*1000000" }];
  misc.getRow(3).values = [0.11, 0.13, 0.12, 0.19, 0.17, { formula: "(AVERAGE(D3:E3)-AVERAGE(A3:C3))/ABS(AVERAGE(A3:C3))" }];
  misc.getRow(4).values = [504000, 47, { formula: "A4/365*B4" }];
  misc.getRow(5).values = [2000000, 0.05, 0.02, { formula: "A5*(B5-C5)" }];

  book = await recalculate(wb);
}, 240_000);

describe("parity with native formulas recalculated by LibreOffice", () => {
  test.each(paybackCases.map((c, i) => [i, c] as const))("payback case %i: PAYBACKCURVE and BREAKEVEN", (i, c) => {
    const ws = book.getWorksheet(`Payback${i}`)!;
    const curve = fns.PAYBACKCURVE.call([[c.upfront]], [[c.cost]], [[c.value]], [[c.ramp]], [[c.rate]], [[c.months]]);
    expect(curve).toHaveLength(c.months + 1);
    curve.forEach(([position], m) => close(position, numberAt(ws, `F${m + 2}`)));

    const native = ws.getCell("I1").value as { result?: unknown };
    const crossesInHorizon = typeof native.result === "number" && curve.some(([x]) => x >= 0);
    if (crossesInHorizon) {
      close(fns.BREAKEVEN.call([[c.upfront]], [[c.cost]], [[c.value]], [[c.ramp]], [[c.rate]], [[c.months]]), numberAt(ws, "I1"));
    } else {
      expect(() => fns.BREAKEVEN.call([[c.upfront]], [[c.cost]], [[c.value]], [[c.ramp]], [[c.rate]], [[c.months]])).toThrow(
        /does not break even/,
      );
    }
  });

  test.each(significanceCases.map((c, i) => [i, c] as const))("SIGNIFICANCE case %i matches 2·(1 − NORM.S.DIST(|z|))", (i, c) => {
    const p = fns.SIGNIFICANCE.call(...(c.map((x) => [[x]]) as [number[][], number[][], number[][], number[][]]));
    expect(Math.abs(p - numberAt(book.getWorksheet("Significance")!, `F${i + 1}`))).toBeLessThanOrEqual(TOLERANCE);
  });

  test.each(stepTables.map((t, i) => [i, t] as const))("WORKFLOWCOST step table %i matches SUMPRODUCT", (i, t) => {
    const col = (xs: number[]) => xs.map((x) => [x]);
    const cost = fns.WORKFLOWCOST.call(
      col(t.calls),
      col(t.inTokens),
      col(t.outTokens),
      col(t.inPrice),
      col(t.outPrice),
      [[t.success]],
      [[t.share]],
      col(t.cached),
    );
    close(cost, numberAt(book.getWorksheet(`Steps${i}`)!, "H1"));
  });

  test("CAPTURED, SELFHOSTCOST, UPLIFT, COSTOFDELAY and AVOIDEDLOSS match their native forms", () => {
    const ws = book.getWorksheet("Misc")!;
    close(fns.CAPTURED.call([[1200, 800]], [[55, 70]], [[0.3, 0.5]]), numberAt(ws, "G1"));
    close(fns.SELFHOSTCOST.call([[14.5]], [[3200]], [[0.62]], [[18000]]), numberAt(ws, "E2"));
    close(fns.UPLIFT.call([[0.11, 0.13, 0.12]], [[0.19, 0.17]]), numberAt(ws, "F3"));
    close(fns.COSTOFDELAY.call([[504000]], [[47]]), numberAt(ws, "C4"));
    close(fns.AVOIDEDLOSS.call([[2000000]], [[0.05]], [[0.02]]), numberAt(ws, "D5"));
  });
});
