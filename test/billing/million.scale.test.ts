/**
 * A million-row export (548 MB), generated piece by piece and never stored, imported
 * with memory that does not grow with the file. The run is a child process (see
 * scaleRun.ts); this test checks what it reports against the generator's own tally.
 * Prints its figures; asserts no time. BILLING_SCALE_ROWS overrides the row count
 * (e.g. 4000000 for a ~2.2 GB run by hand).
 */
import { execFileSync } from "child_process";
import { join } from "path";

const ROWS = Number(process.env.BILLING_SCALE_ROWS ?? 1_000_000);

interface Figures {
  rowsKept: number;
  lines: string[];
  totals: string[][];
  byContract: string[][];
}

interface ScaleRun {
  rows: number;
  bytes: number;
  cpuSeconds: number;
  heapBaseline: number;
  heapPeak: number;
  heapRetained: number;
  imported: Figures;
  tallied: Figures;
}

describe(`a generated export of ${ROWS.toLocaleString("en")} rows`, () => {
  const output = execFileSync(process.execPath, ["--expose-gc", "-r", "ts-node/register", join(__dirname, "scaleRun.ts"), String(ROWS)], {
    env: { ...process.env, TS_NODE_TRANSPILE_ONLY: "1" },
    maxBuffer: 64 * 1024 * 1024,
    encoding: "utf8",
  });
  const run = JSON.parse(output) as ScaleRun;

  it("is read whole and totalled exactly, per currency, as the generator tallied it", () => {
    expect(run.rows).toBe(ROWS);
    expect(run.imported.rowsKept).toBe(run.tallied.rowsKept);
    expect(run.imported.totals).toEqual(run.tallied.totals);
  });

  it("is allocated exactly by its contract tag", () => {
    expect(run.imported.byContract).toEqual(run.tallied.byContract);
  });

  it("has one line per distinct month, key, model, kind, line, currency and unit: a size set by the data, not the rows", () => {
    expect(run.imported.lines).toEqual(run.tallied.lines);
    expect(run.imported.lines.length).toBeLessThan(5000);
  });

  it("reads with memory bounded whatever the file's size (under 256 MB of heap; the default file is 548 MB)", () => {
    expect(run.heapPeak - run.heapBaseline).toBeLessThan(256e6);
    // Deterministic, unlike the peak: what the import holds at the end of the file after a
    // forced GC. Fields kept as views into the pieces of the file once held most of the file.
    expect(run.heapRetained).toBeLessThan(32e6);
    console.log(
      [
        `FOCUS import of a generated export (time includes generating it; CPU time of a plain Node process):`,
        `  ${run.rows.toLocaleString("en")} rows, ${(run.bytes / 1e6).toFixed(0)} MB, ${run.imported.lines.length} lines in the summary`,
        `  ${run.cpuSeconds.toFixed(1)} s CPU, ${Math.round(run.rows / run.cpuSeconds).toLocaleString("en")} rows/s, ` +
          `${(run.bytes / 1e6 / run.cpuSeconds).toFixed(1)} MB/s`,
        `  heap ${(run.heapBaseline / 1e6).toFixed(0)} MB at the start, peak ${(run.heapPeak / 1e6).toFixed(0)} MB while reading, ` +
          `${(run.heapRetained / 1e6).toFixed(1)} MB retained by the import at the end (after a forced GC)`,
      ].join("\n"),
    );
  });
});
