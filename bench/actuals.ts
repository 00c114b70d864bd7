/*
 * The Actuals import in headless Chromium: a generated FOCUS export read from disk by the
 * pane's own worker (dist/billing-worker.js), beside the bare parse of the same file by the
 * same parser as the floor. Prints rows/s, the ratio, and memory for two file sizes: the
 * renderer's peak RSS growth, the worker's peak JS heap, and what the worker holds after a
 * forced GC at 90% of the file (flat memory means none of them grows with the file; the
 * retained heap is the figure that does not depend on GC timing), then the syncs and the largest
 * request of writing the largest file's AI Billing sheet, on the recording fake. Printed, never asserted.
 */
import { createReadStream, createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from "fs";
import os from "os";
import path from "path";
import webpack from "webpack";
import type { Browser, Page } from "playwright-core";
import { buildFakeOffice, launchChromium, openTaskpane, serveDist } from "../harness/browser";
import { EMPTY_LEDGER, importFocus, isLedgerProblem, mergeImport } from "../src/billing";
import { writeBillingSheet } from "../src/office/billing";
import type { FromWorker } from "../src/taskpane/actuals/messages";
import { emptyTally, focusPieces } from "../harness/focusGenerator";
import { FakeContext, requirementsUpTo } from "../test/helpers/excelFake";
import { watchWorkerHeap } from "./workerHeap";

const SIZES = [250_000, 1_000_000];
const BARE_URL = "bench-bare-parse.js";

interface Run {
  rows: number;
  ms: number;
  cpuSeconds: number;
  /** Highest resident memory of the page's renderer process above its level before the run (the worker lives in it). */
  rssGrowth: number;
  /** Highest JS heap seen in the worker (sampled every 50 ms over CDP). */
  workerHeap: number | null;
  /** The worker's JS heap after a forced GC once 90% of the file is read: what the import holds. */
  workerRetained: number | null;
}

async function generate(file: string, rows: number): Promise<number> {
  const out = createWriteStream(file);
  for (const piece of focusPieces({ rows, seed: 20261127, extraColumns: 6 }, emptyTally())) {
    if (!out.write(piece)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return statSync(file).size;
}

async function buildBareWorker(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), "aivalue-bench-bare-"));
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: "production",
        entry: path.resolve(__dirname, "bareParseWorker.ts"),
        output: { path: out, filename: BARE_URL },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } }] },
      },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve()),
    ),
  );
  return readFileSync(path.join(out, BARE_URL), "utf8");
}

/** Renderer processes of the browser, by pid: the page and its worker live in one of them. */
async function renderers(browser: Browser): Promise<{ id: number; cpuTime: number }[]> {
  const session = await browser.newBrowserCDPSession();
  const { processInfo } = (await session.send("SystemInfo.getProcessInfo")) as { processInfo: { type: string; id: number; cpuTime: number }[] };
  await session.detach();
  return processInfo.filter((p) => p.type === "renderer");
}

function rss(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Runs `work` in the page while sampling memory; the worker started by it is sampled too. */
async function measure(browser: Browser, page: Page, work: () => Promise<{ rows: number; ms: number }>): Promise<Run> {
  const before = await renderers(browser);
  const baseline = new Map(before.map((p) => [p.id, rss(p.id)]));
  const heap = await watchWorkerHeap(page);
  let peak = 0;
  let workerHeap: number | null = null;
  let workerRetained: number | null = null;
  let asking = false;
  const sampling = setInterval(() => {
    for (const [pid, base] of baseline) peak = Math.max(peak, rss(pid) - base);
    if (asking) return;
    asking = true;
    void (async () => {
      const used = await heap.used();
      if (used !== null) workerHeap = Math.max(workerHeap ?? 0, used);
      // Once, near the end of the file: the import's state is then as large as it gets.
      const read = await page.evaluate(() => (window as unknown as { benchRead?: number }).benchRead ?? 0);
      if (read >= 0.9 && workerRetained === null) workerRetained = await heap.retained();
    })()
      .catch(() => undefined)
      .finally(() => (asking = false));
  }, 50);
  try {
    const { rows, ms } = await work();
    const after = await renderers(browser);
    const cpu = after.reduce((sum, p) => sum + p.cpuTime - (before.find((b) => b.id === p.id)?.cpuTime ?? 0), 0);
    return { rows, ms, cpuSeconds: cpu, rssGrowth: peak, workerHeap, workerRetained };
  } finally {
    clearInterval(sampling);
    await heap.detach();
  }
}

/** Puts the file on disk into a file input of the page's own; the browser reads it from disk as it goes. */
async function pickInPage(page: Page, file: string): Promise<void> {
  await page.evaluate(() => {
    const input = document.createElement("input");
    input.type = "file";
    input.id = "bench-file";
    input.hidden = true;
    document.body.append(input);
  });
  await page.setInputFiles("#bench-file", file);
}

const importRun = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<{ rows: number; ms: number }>((resolve, reject) => {
        const file = (document.getElementById("bench-file") as HTMLInputElement).files![0];
        const worker = new Worker("billing-worker.js");
        const started = performance.now();
        let rows = 0;
        worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
          if (data.type === "progress") (window as unknown as { benchRead: number }).benchRead = data.bytesRead / data.totalBytes;
          else if (data.type === "file") {
            if (!data.outcome.ok) reject(new Error(data.outcome.problem.message));
            else rows = data.outcome.value.provenance.rowsRead;
          } else if (data.type === "done") {
            worker.terminate();
            resolve({ rows, ms: performance.now() - started });
          }
        };
        worker.postMessage({ type: "import", files: [file], allocation: { tag: "ai-value-contract" } });
      }),
  );

const bareRun = (page: Page) =>
  page.evaluate(
    (url) =>
      new Promise<{ rows: number; ms: number }>((resolve) => {
        const file = (document.getElementById("bench-file") as HTMLInputElement).files![0];
        const worker = new Worker(url);
        worker.onmessage = ({ data }: MessageEvent<{ records: number; ms: number }>) => {
          worker.terminate();
          // The header is a record too.
          resolve({ rows: data.records - 1, ms: data.ms });
        };
        worker.postMessage(file);
      }),
    BARE_URL,
  );

const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;

export async function benchActuals(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aivalue-bench-focus-"));
  const [fakeOffice, bare] = await Promise.all([buildFakeOffice(), buildBareWorker()]);
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  try {
    console.log("\nFOCUS import in headless Chromium (the pane's worker reading a generated export from disk; CPU time of the renderer):");
    for (const rows of SIZES) {
      const file = path.join(dir, `generated-${rows}.csv`);
      const bytes = await generate(file, rows);
      const figures: Record<"bare" | "import", Run> = {} as Record<"bare" | "import", Run>;
      for (const kind of ["bare", "import"] as const) {
        // A fresh page each time, so each run starts from a clean renderer.
        const { page } = await openTaskpane(browser, origin, fakeOffice);
        await page.route(`${origin}/${BARE_URL}`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: bare }));
        await pickInPage(page, file);
        figures[kind] = await measure(browser, page, () => (kind === "bare" ? bareRun(page) : importRun(page)));
        await page.close();
      }
      const { bare: floor, import: run } = figures;
      const line = (name: string, r: Run) =>
        `    ${name.padEnd(12)} ${(r.ms / 1000).toFixed(1)} s wall, ${r.cpuSeconds.toFixed(1)} s CPU, ${Math.round(r.rows / (r.ms / 1000)).toLocaleString("en")} rows/s, ` +
        `renderer memory +${mb(r.rssGrowth)} at peak${r.workerHeap === null ? "" : `, worker JS heap peak ${mb(r.workerHeap)}`}` +
        (r.workerRetained === null ? "" : `, ${mb(r.workerRetained)} held after a forced GC at 90% of the file`);
      console.log(`  ${rows.toLocaleString("en")} rows, ${mb(bytes)}:`);
      console.log(line("bare parse", floor));
      console.log(line("import", run));
      console.log(`    import / bare parse: ${(run.ms / floor.ms).toFixed(2)}× wall, ${(run.cpuSeconds / floor.cpuSeconds).toFixed(2)}× CPU (target ≤ 1.5×)`);
      if (rows === SIZES[SIZES.length - 1]) await benchWrite(file);
      rmSync(file);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The same file imported in Node (the pane's code path without the worker), then its sheet written on the recording fake. */
async function benchWrite(file: string): Promise<void> {
  const outcome = await importFocus(createReadStream(file), { fileName: path.basename(file), allocation: { tag: "ai-value-contract" } });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  const merged = mergeImport(EMPTY_LEDGER, outcome.value);
  if (isLedgerProblem(merged)) throw new Error(merged.message);
  const context = new FakeContext();
  const result = await writeBillingSheet(context, merged.ledger, { requirements: requirementsUpTo("1.12"), importedAt: "2026-11-27 16:00" });
  console.log(
    `  writing its AI Billing sheet (${merged.ledger.lines.length.toLocaleString("en")} summary lines, recording fake): ${context.syncs} syncs, ` +
      `largest request ${(Math.max(...context.requestBytes) / 1024).toFixed(0)} KB as the fake counts it ` +
      `(${(result.largestRequest / 1024).toFixed(0)} KB of cells as the writer budgets them; Excel on the web refuses 5 MB)`,
  );
}
