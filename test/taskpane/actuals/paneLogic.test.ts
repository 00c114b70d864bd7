/*
 * The pane's import logic apart from the browser: the client against a stand-in worker
 * (results by file, cancel terminates), time left from bytes, and pooled key proposals.
 */
import { poolCandidates, proposedKey } from "../../../src/taskpane/actuals/candidates";
import { startImport, type WorkerLike } from "../../../src/taskpane/actuals/importClient";
import type { FromWorker, ImportRequest } from "../../../src/taskpane/actuals/messages";
import { estimate, timeLeftText } from "../../../src/taskpane/actuals/progress";

class StandIn implements WorkerLike {
  onmessage: WorkerLike["onmessage"] = null;
  onerror: WorkerLike["onerror"] = null;
  requests: ImportRequest[] = [];
  terminated = false;
  postMessage(message: ImportRequest): void {
    this.requests.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(data: FromWorker): void {
    this.onmessage?.({ data } as MessageEvent<FromWorker>);
  }
}

const files = [new File(["a"], "may.csv"), new File(["bb"], "june.csv")];

test("the client posts one request, reports progress and gathers each file's result", async () => {
  const worker = new StandIn();
  const seen: number[] = [];
  const run = startImport(files, { tag: "ai-value-contract" }, (p) => seen.push(p.rowsRead), () => worker);
  expect(worker.requests).toEqual([{ type: "import", files, allocation: { tag: "ai-value-contract" } }]);
  worker.send({ type: "progress", file: 0, bytesRead: 1, totalBytes: 3, rowsRead: 5, rowsKept: 4 });
  worker.send({ type: "file", file: 0, outcome: { ok: false, problem: { kind: "empty", message: "may.csv is empty" } } });
  worker.send({ type: "failed", file: 1, message: "june.csv could not be read" });
  worker.send({ type: "done" });
  expect(await run.result).toEqual({
    kind: "read",
    files: [
      { name: "may.csv", size: 1, outcome: { ok: false, problem: { kind: "empty", message: "may.csv is empty" } } },
      { name: "june.csv", size: 2, unreadable: "june.csv could not be read" },
    ],
  });
  expect(seen).toEqual([5]);
  expect(worker.terminated).toBe(true);
});

test("cancel terminates the worker at once and settles as cancelled; later messages change nothing", async () => {
  const worker = new StandIn();
  const run = startImport(files, null, () => undefined, () => worker);
  run.cancel();
  worker.send({ type: "done" });
  expect(await run.result).toEqual({ kind: "cancelled" });
  expect(worker.terminated).toBe(true);
});

test("a worker that fails to start rejects with words, not a hang", async () => {
  const worker = new StandIn();
  const run = startImport(files, null, () => undefined, () => worker);
  worker.onerror?.({ message: "" } as ErrorEvent);
  await expect(run.result).rejects.toThrow("The import stopped unexpectedly: the reader could not start. Nothing was written.");
});

test("time left comes from the bytes still to read at the rate so far, once the start-up has passed", () => {
  expect(estimate({ bytesRead: 25e6, totalBytes: 100e6, rowsRead: 50000, rowsKept: 45000, elapsedMs: 5000 })).toEqual({
    done: 0.25,
    rowsPerSecond: 10000,
    secondsLeft: 15,
  });
  expect(estimate({ bytesRead: 1e6, totalBytes: 100e6, rowsRead: 10, rowsKept: 1, elapsedMs: 100 }).secondsLeft).toBeNull();
  expect([null, 0.4, 15.4, 200].map(timeLeftText)).toEqual(["estimating time left…", "less than a second left", "about 15 s left", "about 3 min left"]);
});

test("keys pooled over files: rows add up, the contract tag leads, a key with too many values is never proposed", () => {
  const pooled = poolCandidates([
    [
      { key: { column: "ResourceId" }, rows: 9, distinct: 1000, moreThanCap: true },
      { key: { column: "SubAccountId" }, rows: 6, distinct: 2, moreThanCap: false },
    ],
    [
      { key: { column: "SubAccountId" }, rows: 4, distinct: 3, moreThanCap: false },
      { key: { tag: "ai-value-contract" }, rows: 2, distinct: 2, moreThanCap: false },
    ],
  ]);
  expect(pooled.map((c) => [c.key, c.rows, c.distinct])).toEqual([
    [{ tag: "ai-value-contract" }, 2, 2],
    [{ column: "SubAccountId" }, 10, 3],
    [{ column: "ResourceId" }, 9, 1000],
  ]);
  expect(proposedKey(pooled.slice(1))).toEqual({ column: "SubAccountId" });
  expect(proposedKey(pooled.slice(2))).toBeNull();
});
