/*
 * Function throughput: calls per second with scalar inputs, and one call over a
 * 100,000-row range beside the same arithmetic written inline in plain JavaScript.
 */
import { performance } from "perf_hooks";
import * as f from "../src/functions/functions";

type Range = unknown[][];
const N = 100_000;
const col = (make: (i: number) => number): Range => Array.from({ length: N }, (_, i) => [make(i)]);

interface Case {
  id: string;
  scalar: () => unknown;
  range?: { call: () => unknown; inline: () => number };
}

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

const cases: Case[] = [
  {
    id: "WORKFLOWCOST",
    scalar: () => f.workflowcost(c(14), c(8000), c(500), c(3), c(15)),
    range: {
      call: () => f.workflowcost(calls, tokens, tokens, price, price),
      inline: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += cl[i][0] * (t[i][0] * p[i][0] + t[i][0] * p[i][0]);
        return s / 1e6;
      },
    },
  },
  { id: "SELFHOSTCOST", scalar: () => f.selfhostcost(c(12), c(2000), c(0.5)) },
  { id: "HOSTINGBREAKEVEN", scalar: () => f.hostingbreakeven(c(3), c(9000), c(0.5)) },
  {
    id: "CAPTURED",
    scalar: () => f.captured(c(230000), c(60), c(0.3)),
    range: {
      call: () => f.captured(hours, cost, rate),
      inline: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += h[i][0] * k[i][0] * r[i][0];
        return s;
      },
    },
  },
  {
    id: "AVOIDEDLOSS",
    scalar: () => f.avoidedloss(c(2e6), c(0.05), c(0.02)),
    range: {
      call: () => f.avoidedloss(hours, rate, rate),
      inline: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += h[i][0] * (r[i][0] - r[i][0]);
        return s;
      },
    },
  },
  {
    id: "REALISED",
    scalar: () => f.realised(c(126000), c(0), c(0), c(0), c(0), c(45000), c(0)),
    range: {
      call: () => f.realised(values, c(0), c(0), c(0), c(0), hours, c(0)),
      inline: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += v[i][0] - h[i][0];
        return s;
      },
    },
  },
  {
    id: "ROI",
    scalar: () => f.roi(c(504000), c(180000)),
    range: {
      call: () => f.roi(values, hours),
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
  },
  { id: "COSTOFDELAY", scalar: () => f.costofdelay(c(504000), c(30)) },
  {
    id: "BREAKEVEN",
    scalar: () => f.breakeven(c(300), c(10), c(60), c(3), c(0.08)),
    range: {
      call: () => {
        try {
          return f.breakeven(c(1e9), hours, values);
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
  },
  {
    id: "PAYBACKCURVE",
    scalar: () => f.paybackcurve(c(300), c(10), c(60), c(3), c(0.08)),
    range: {
      call: () => f.paybackcurve(c(1e6), hours, values),
      inline: () => {
        const out = new Array<number[]>(N + 1);
        out[0] = [-1e6];
        for (let i = 0; i < N; i++) out[i + 1] = [out[i][0] + v[i][0] - h[i][0]];
        return out.length;
      },
    },
  },
  {
    id: "UPLIFT",
    scalar: () => f.uplift(c(0.12), c(0.18)),
    range: {
      call: () => f.uplift(hours, values),
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
  },
  { id: "SIGNIFICANCE", scalar: () => f.significance(c(120), c(1000), c(180), c(1000)) },
  {
    id: "EVIDENCELEVEL",
    scalar: () => f.evidencelevel(c(true), c(true), c("Evidenced"), c("Claimed"), c(null)),
    range: {
      call: () => f.evidencelevel(statuses, statuses, statuses, statuses, statuses),
      inline: () => {
        let n = 0;
        for (let rung = 0; rung < 5; rung++) {
          if (!statuses.some((s) => s[0] === "Evidenced")) break;
          n++;
        }
        return n;
      },
    },
  },
  { id: "EVIDENCEWEIGHTED", scalar: () => f.evidenceweighted(c(504000), c(3)) },
  { id: "VERDICT", scalar: () => f.verdict(c(324000), c(200000), c(50000), c(3)) },
];

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
  console.log("function          scalar calls/s   100k-row call (ms)   inline JS (ms)");
  for (const x of cases) {
    const cps = callsPerSecond(x.scalar);
    const range = x.range ? medianMs(x.range.call).toFixed(2).padStart(10) : "       n/a";
    const inline = x.range ? medianMs(x.range.inline).toFixed(2).padStart(10) : "       n/a";
    console.log(`${x.id.padEnd(17)} ${Math.round(cps).toLocaleString("en-US").padStart(14)}   ${range}           ${inline}`);
  }
}
