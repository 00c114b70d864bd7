/*
 * Function throughput: calls per second of every function's worked example, and one call
 * over a 100,000-row range beside the same arithmetic written inline in plain JavaScript
 * on the same input — the floor that reading the range and doing the sums cost. The
 * ratio is the price of the argument checks.
 */
import { performance } from "perf_hooks";
import * as f from "../src/functions/library";
import { LIBRARY } from "../src/functions/library";

type Range = unknown[][];
const N = 100_000;
const col = (make: (i: number) => number): Range => Array.from({ length: N }, (_, i) => [make(i)]);

const hours = col((i) => 100 + (i % 50));
const cost = col((i) => 40 + (i % 30));
const rate = col((i) => (i % 10) / 10);
const calls = col((i) => 1 + (i % 5));
const tokens = col((i) => 1000 + i);
const price = col((i) => 0.5 + (i % 7));
const values = col((i) => 1 + (i % 97));
const statuses = Array.from({ length: N }, (_, i) => [i === N - 1 ? "Evidenced" : "Planned"]);
const c = (v: unknown): Range => [[v]];

// The baselines read the same Excel-shaped input (one array per row) that the functions get.
const [h, k, r, cl, t, p, v] = [hours, cost, rate, calls, tokens, price, values] as number[][][];

/** One call over 100,000 rows, and the inline JavaScript floor for the same arithmetic. */
const ranges: Record<string, { call: () => unknown; inline: () => number }> = {
  WORKFLOWCOST: {
    call: () => f.WORKFLOWCOST.call(calls, tokens, tokens, price, price),
    inline: () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += cl[i][0] * (t[i][0] * p[i][0] + t[i][0] * p[i][0]);
      return s / 1e6;
    },
  },
  CAPTURED: {
    call: () => f.CAPTURED.call(hours, cost, rate),
    inline: () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += h[i][0] * k[i][0] * r[i][0];
      return s;
    },
  },
  AVOIDEDLOSS: {
    call: () => f.AVOIDEDLOSS.call(hours, rate, rate),
    inline: () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += h[i][0] * (r[i][0] - r[i][0]);
      return s;
    },
  },
  REALISED: {
    call: () => f.REALISED.call(values, c(0), c(0), c(0), c(0), hours, c(0)),
    inline: () => {
      let s = 0;
      for (let i = 0; i < N; i++) s += v[i][0] - h[i][0];
      return s;
    },
  },
  ROI: {
    call: () => f.ROI.call(values, hours),
    inline: () => {
      let a = 0;
      let b = 0;
      for (let i = 0; i < N; i++) {
        a += v[i][0];
        b += h[i][0];
      }
      return (a - b) / b;
    },
  },
  BREAKEVEN: {
    call: () => {
      try {
        return f.BREAKEVEN.call(c(1e9), hours, values);
      } catch {
        return NaN;
      }
    },
    inline: () => {
      let cum = -1e9;
      for (let i = 0; i < N; i++) cum += v[i][0] - h[i][0];
      return cum;
    },
  },
  PAYBACKCURVE: {
    call: () => f.PAYBACKCURVE.call(c(1e6), hours, values),
    inline: () => {
      const out = new Array<number[]>(N + 1);
      out[0] = [-1e6];
      for (let i = 0; i < N; i++) out[i + 1] = [out[i][0] + v[i][0] - h[i][0]];
      return out.length;
    },
  },
  UPLIFT: {
    call: () => f.UPLIFT.call(hours, values),
    inline: () => {
      let a = 0;
      let b = 0;
      for (let i = 0; i < N; i++) {
        a += h[i][0];
        b += v[i][0];
      }
      return (b / N - a / N) / Math.abs(a / N);
    },
  },
  EVIDENCELEVEL: {
    call: () => f.EVIDENCELEVEL.call(statuses, statuses, statuses, statuses, statuses),
    inline: () => {
      let n = 0;
      for (let rung = 0; rung < 5; rung++) {
        if (!statuses.some((s) => s[0] === "Evidenced")) break;
        n++;
      }
      return n;
    },
  },
};

function callsPerSecond(fn: () => unknown): number {
  for (let i = 0; i < 2000; i++) fn();
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 200) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
  }
  return n / ((performance.now() - start) / 1000);
}

/** Median of several timed runs, in milliseconds. */
function medianMs(fn: () => unknown, runs = 15): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

export function benchFunctions(): void {
  console.log(`\nAIVALUE functions (Node ${process.version})`);
  console.log("function          example calls/s   100k-row call (ms)   inline JS (ms)   ratio");
  for (const fn of LIBRARY) {
    const example = fn.example.args.map((a) => (Array.isArray(a) ? a : c(a)));
    const cps = callsPerSecond(() => fn.call(...example));
    const range = ranges[fn.id];
    let columns = "       n/a                  n/a     n/a";
    if (range) {
      const [ms, floor] = [medianMs(range.call), medianMs(range.inline)];
      columns = `${ms.toFixed(2).padStart(10)}           ${floor.toFixed(2).padStart(10)}   ${(ms / floor).toFixed(1).padStart(5)}×`;
    }
    console.log(`${fn.id.padEnd(17)} ${Math.round(cps).toLocaleString("en-US").padStart(15)}   ${columns}`);
  }
}
