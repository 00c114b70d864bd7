/**
 * The scale run behind million.scale.test.ts, in a process of its own: a clean heap measures
 * memory honestly, and plain Node runs it about twice as fast as Jest's sandbox.
 * Usage: node --expose-gc -r ts-node/register test/billing/scaleRun.ts ROWS — prints one JSON object.
 */
import { decimalToString, ExactSum, FocusImport } from "../../src/billing";
import { emptyTally, focusPieces } from "../../harness/focusGenerator";

const rows = Number(process.argv[2]);
const { gc } = globalThis as { gc?: () => void };
if (gc === undefined) throw new Error("Run with node --expose-gc: the retained heap is measured after a forced GC.");
const tally = emptyTally();
gc();
const baseline = process.memoryUsage().heapUsed;
let peak = baseline;
const started = process.cpuUsage();
const reading = new FocusImport({
  fileName: "generated.csv",
  allocation: { tag: "ai-value-contract" },
  onProgress: () => (peak = Math.max(peak, process.memoryUsage().heapUsed)),
});
for (const piece of focusPieces({ rows, seed: 20261127, extraColumns: 6 }, tally)) {
  const problem = reading.push(piece);
  if (problem !== null) throw new Error(problem.message);
}
// What the import still holds once the whole file is read, garbage collected: this, unlike
// the peak, does not depend on when the collector happens to run.
gc();
const retained = process.memoryUsage().heapUsed - baseline;
const outcome = reading.finish();
const cpu = process.cpuUsage(started);
if (!outcome.ok) throw new Error(outcome.problem.message);
const { provenance, lines } = outcome.value;

const byContract = new Map<string, ExactSum>();
for (const line of lines) {
  const key = `${line.allocation}|${line.currency}`;
  byContract.set(key, byContract.get(key) ?? new ExactSum());
  byContract.get(key)?.add(line.costs.effective);
}
const microText = (micro: number) =>
  `${micro < 0 ? "-" : ""}${Math.floor(Math.abs(micro) / 1e6)}.${String(Math.abs(micro) % 1e6).padStart(6, "0")}`;

process.stdout.write(
  JSON.stringify({
    rows: provenance.rowsRead,
    bytes: tally.bytes,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    heapBaseline: baseline,
    heapPeak: peak,
    heapRetained: retained,
    imported: {
      rowsKept: provenance.rowsKept,
      lines: lines.map((l) => [l.month, l.allocation, l.model, l.kind, l.line, l.currency, l.pricingUnit].join("|")).sort(),
      totals: provenance.totals.kept.map((t) => [t.currency, decimalToString(t.billed, 6), decimalToString(t.effective, 6)]),
      byContract: [...byContract].map(([key, sum]) => [key, decimalToString(sum.value(), 6)]).sort(),
    },
    tallied: {
      rowsKept: tally.aiRows,
      lines: [...tally.groups].sort(),
      totals: [...tally.ai].sort().map(([currency, [billed, effective]]) => [currency, microText(billed), microText(effective)]),
      byContract: [...tally.byContract].map(([key, micro]) => [key, microText(micro)]).sort(),
    },
  }),
);
