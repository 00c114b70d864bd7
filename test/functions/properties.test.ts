/*
 * Properties over wide random inputs, run through the wrappers Excel calls: no input,
 * however odd, yields NaN, Infinity or a stray exception, and the functions keep the
 * relations the contract promises between them.
 */
import fc from "fast-check";
import * as f from "../../src/functions/library";
import { LIBRARY } from "../../src/functions/library";
import { CODES_WITH_MESSAGES } from "../../src/functions/reference";
import { cell, column, type Range } from "../helpers/excel";

const ERROR_CODES = ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"];

// Anything Excel can hand over in one cell.
const anyCell = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.double({ min: 0, max: 1, noNaN: true }),
  fc.constantFrom(null, "", "12", "25%", " 3.5 ", "n/a", "Evidenced", "Planned", "financial", "TRUE"),
  fc.boolean(),
  fc.string({ maxLength: 6 }),
);
// A 1×1 cell, a row, a column or a block.
const anyRange: fc.Arbitrary<Range> = fc.oneof(
  anyCell.map((c) => [[c]]),
  fc.array(anyCell, { minLength: 1, maxLength: 6 }).map((cs) => [cs]),
  fc.array(anyCell, { minLength: 1, maxLength: 6 }).map((cs) => cs.map((c) => [c])),
  fc.array(fc.array(anyCell, { minLength: 2, maxLength: 3 }), { minLength: 2, maxLength: 3 }).map((rows) => {
    const width = Math.min(...rows.map((r) => r.length));
    return rows.map((r) => r.slice(0, width));
  }),
);
const anyArg = fc.oneof({ weight: 1, arbitrary: fc.constant(null as unknown as Range) }, { weight: 6, arbitrary: anyRange });

// Every function of the library, at its declared arity.
const library = LIBRARY.map((fn): [string, (...args: Range[]) => unknown, number] => [fn.id, fn.call, fn.args.length]);

function isFiniteResult(x: unknown): boolean {
  if (typeof x === "number") return Number.isFinite(x);
  if (typeof x === "string") return x.length > 0;
  return Array.isArray(x) && x.length > 0 && x.every((r) => Array.isArray(r) && r.every((v) => Number.isFinite(v)));
}

describe("no input yields NaN, Infinity or an exception that is not an Excel error", () => {
  test.each(library)("%s", (id, fn, arity) => {
    fc.assert(
      fc.property(fc.array(anyArg, { minLength: arity, maxLength: arity }), (args) => {
        try {
          expect(isFiniteResult(fn(...args))).toBe(true);
        } catch (e) {
          if (!(e instanceof CustomFunctions.Error)) throw e;
          expect(ERROR_CODES).toContain(e.code);
          // Excel keeps the message of #VALUE! and #N/A only.
          expect(e.message).toMatch(CODES_WITH_MESSAGES.includes(e.code) ? new RegExp(`^${id}: \\S`) : /^$/);
        }
      }),
      { numRuns: 2000, seed: 42 },
    );
  });
});

const money = fc.double({ min: 0, max: 1e7, noNaN: true });
const rate = fc.double({ min: -0.5, max: 1, noNaN: true });

describe("BREAKEVEN is the upward zero crossing of PAYBACKCURVE (v2)", () => {
  test("for constant flows with ramp and discounting", () => {
    fc.assert(
      fc.property(
        money,
        money,
        fc.double({ min: -1e6, max: 1e7, noNaN: true }),
        fc.integer({ min: 0, max: 24 }),
        rate,
        fc.integer({ min: 1, max: 240 }),
        (upfront, cost, value, ramp, r, months) => {
          const args = [cell(upfront), cell(cost), cell(value), cell(ramp), cell(r), cell(months)];
          const curve = f.PAYBACKCURVE.call(...(args as [Range, Range, Range, Range, Range, Range])).map(([c]) => c);
          // v2: the first month m with C(m−1) < 0 ≤ C(m); 0 only when the position never falls below 0.
          const m = curve.findIndex((c, i) => i > 0 && curve[i - 1] < 0 && c >= 0);
          let t: number | undefined;
          try {
            t = f.BREAKEVEN.call(...(args as [Range, Range, Range, Range, Range, Range]));
          } catch (e) {
            expect((e as CustomFunctions.Error).code).toBe("#N/A");
          }
          if (t === undefined) {
            expect(m).toBe(-1);
            expect(curve.some((c) => c < 0)).toBe(true);
          } else if (m === -1) {
            expect(curve.every((c) => c >= 0)).toBe(true);
            expect(t).toBe(0);
          } else {
            expect(t).toBeGreaterThan(m - 1 - 1e-12);
            expect(t).toBeLessThanOrEqual(m + 1e-12);
            // Linear interpolation between the months either side reaches 0 at t.
            const at = curve[m - 1] + (curve[m] - curve[m - 1]) * (t - (m - 1));
            const scale = Math.max(1, Math.abs(curve[m - 1]), Math.abs(curve[m]));
            expect(Math.abs(at)).toBeLessThanOrEqual(1e-12 * scale);
          }
        },
      ),
      { numRuns: 1000, seed: 7 },
    );
  });
});

const stepTable = fc.integer({ min: 1, max: 6 }).chain((steps) => {
  const col = (min: number, max: number) => fc.array(fc.double({ min, max, noNaN: true }), { minLength: steps, maxLength: steps });
  return fc.record({
    calls: col(0, 50),
    inTok: col(0, 200000),
    outTok: col(0, 50000),
    inPrice: col(0, 100),
    outPrice: col(0, 300),
    cachedPrice: col(0, 10),
    success: fc.double({ min: 0.01, max: 1, noNaN: true }),
    cachedShare: fc.double({ min: 0, max: 1, noNaN: true }),
  });
});

function workflowCost(t: Parameters<typeof toArgs>[0]): number {
  return f.WORKFLOWCOST.call(...toArgs(t));
}

function toArgs(t: {
  calls: number[];
  inTok: number[];
  outTok: number[];
  inPrice: number[];
  outPrice: number[];
  cachedPrice: number[];
  success: number;
  cachedShare: number;
}): [Range, Range, Range, Range, Range, Range, Range, Range] {
  return [
    column(...t.calls),
    column(...t.inTok),
    column(...t.outTok),
    column(...t.inPrice),
    column(...t.outPrice),
    cell(t.success),
    cell(t.cachedShare),
    column(...t.cachedPrice),
  ];
}

describe("WORKFLOWCOST", () => {
  test("is linear in calls per task", () => {
    fc.assert(
      fc.property(stepTable, fc.double({ min: 0, max: 100, noNaN: true }), (t, k) => {
        const scaled = workflowCost({ ...t, calls: t.calls.map((c) => c * k) });
        expect(Math.abs(scaled - k * workflowCost(t))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(scaled)));
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  test("never falls when a price rises", () => {
    const prices = ["inPrice", "outPrice", "cachedPrice"] as const;
    fc.assert(
      fc.property(stepTable, fc.constantFrom(...prices), fc.nat(5), fc.double({ min: 0, max: 50, noNaN: true }), (t, which, i, rise) => {
        const step = i % t.calls.length;
        const raised = { ...t, [which]: t[which].map((p, j) => (j === step ? p + rise : p)) };
        expect(workflowCost(raised)).toBeGreaterThanOrEqual(workflowCost(t));
      }),
      { numRuns: 1000, seed: 13 },
    );
  });
});

describe("the evidence ladder", () => {
  const status = fc.constantFrom<unknown>(true, false, 1, 0, null, "Evidenced", "Audited", "Yes", "None", "Planned", "Claimed", "No", "");
  const counts = (s: unknown) => s === true || s === 1 || s === "Evidenced" || s === "Audited" || s === "Yes";

  test("EVIDENCELEVEL never exceeds the first gap", () => {
    fc.assert(
      fc.property(fc.array(status, { minLength: 5, maxLength: 5 }), (rungs) => {
        const level = f.EVIDENCELEVEL.call(...(rungs.map(cell) as [Range, Range, Range, Range, Range])) as number;
        const gap = rungs.findIndex((s) => !counts(s));
        expect(level).toBe(gap === -1 ? 5 : gap);
      }),
      { numRuns: 1000, seed: 17 },
    );
  });

  test("EVIDENCEWEIGHTED never falls as the level rises", () => {
    const policy = fc
      .array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 5, maxLength: 6 })
      .map((ws) => [...ws].sort((a, b) => a - b));
    fc.assert(
      fc.property(money, policy, fc.integer({ min: 0, max: 4 }), (value, weights, level) => {
        const at = (l: number) => f.EVIDENCEWEIGHTED.call(cell(value), cell(l), [weights]);
        expect(at(level + 1)).toBeGreaterThanOrEqual(at(level));
      }),
      { numRuns: 1000, seed: 19 },
    );
  });
});
