/*
 * The sync sizing behind the scan (finding 9): the allowance at most doubles after a sync
 * that went through, a refused payload halves it and the batch, and a job bigger than the
 * allowance is split before it is sent.
 */
import { PAYLOAD_BUDGET, isPayloadError, runBatches, type Job } from "../../src/office/batches";
import type { ExcelPort } from "../../src/office/port";

/** A context that records the bytes each sync carries and refuses those over `limit`. */
function port(limit: number) {
  const sent: number[] = [];
  let pending = 0;
  const context = {
    queue: (bytes: number) => (pending += bytes),
    async sync() {
      const bytes = pending;
      pending = 0;
      if (bytes > limit) throw Object.assign(new Error("too big"), { code: "RequestPayloadSizeLimitExceeded" });
      sent.push(bytes);
    },
  };
  return { context, sent, asPort: context as unknown as ExcelPort };
}

/** A job of `bytes` that splits in halves down to one byte. */
function job(bytes: number, done: number[], queue: (b: number) => void): Job {
  return {
    cost: () => bytes,
    queue: () => {
      queue(bytes);
      return () => done.push(bytes);
    },
    split: () => (bytes > 1 ? [job(Math.floor(bytes / 2), done, queue), job(bytes - Math.floor(bytes / 2), done, queue)] : undefined),
  };
}

test("the allowance starts small and at most doubles, so a sparse start never makes a sync jump", async () => {
  const { context, sent, asPort } = port(Infinity);
  const done: number[] = [];
  await runBatches(asPort, Array.from({ length: 400 }, () => job(64 * 1024, done, context.queue)));
  expect(done.reduce((a, b) => a + b, 0)).toBe(400 * 64 * 1024);
  expect(sent[0]).toBeLessThanOrEqual(PAYLOAD_BUDGET / 8);
  // Each sync carries at most twice the one before, give or take one job.
  sent.slice(1).forEach((bytes, i) => expect(bytes).toBeLessThanOrEqual(2 * sent[i] + 64 * 1024));
  expect(Math.max(...sent)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
});

test("a job bigger than the allowance is split before it is sent", async () => {
  const { context, sent, asPort } = port(Infinity);
  const done: number[] = [];
  await runBatches(asPort, [job(40 * 1024 * 1024, done, context.queue)]);
  expect(done.reduce((a, b) => a + b, 0)).toBe(40 * 1024 * 1024);
  expect(Math.max(...sent)).toBeLessThanOrEqual(PAYLOAD_BUDGET);
});

test("a refused payload is halved and retried; other errors pass through", async () => {
  const { context, sent, asPort } = port(100 * 1024);
  const done: number[] = [];
  await runBatches(asPort, Array.from({ length: 30 }, () => job(30 * 1024, done, context.queue)));
  expect(done).toHaveLength(30);
  expect(Math.max(...sent)).toBeLessThanOrEqual(100 * 1024);

  const failing = { sync: () => Promise.reject(Object.assign(new Error("no"), { code: "AccessDenied" })) } as unknown as ExcelPort;
  await expect(runBatches(failing, [job(10, [], () => undefined)])).rejects.toMatchObject({ code: "AccessDenied" });
  expect(isPayloadError({ code: "ResponsePayloadSizeLimitExceeded" })).toBe(true);
});

test("a job Excel refuses for what it asks is isolated by halving the batch and told; the others go through", async () => {
  let queued: number[] = [];
  const syncs: number[][] = [];
  const asPort = {
    async sync() {
      const batch = queued;
      queued = [];
      syncs.push(batch);
      if (batch.includes(13) || batch.includes(40)) throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
    },
  } as unknown as ExcelPort;
  const done: number[] = [];
  const refused: number[] = [];
  const jobs: Job[] = Array.from({ length: 64 }, (_, i) => ({
    cost: () => 10,
    queue: () => {
      queued.push(i);
      return () => done.push(i);
    },
    split: () => undefined,
    refused: () => refused.push(i),
  }));
  await runBatches(asPort, jobs, { allowance: PAYLOAD_BUDGET });
  expect(refused.sort((a, b) => a - b)).toEqual([13, 40]);
  expect(done.sort((a, b) => a - b)).toEqual(Array.from({ length: 64 }, (_, i) => i).filter((i) => i !== 13 && i !== 40));
  // Halving finds each refused job in at most two syncs per halving, never one sync per job.
  expect(syncs.length).toBeLessThanOrEqual(1 + 2 * 2 * Math.log2(64));
  // A refusal of a job that cannot take it is thrown, as before.
  const plain = { ...jobs[13], refused: undefined };
  await expect(runBatches(asPort, [plain])).rejects.toThrow("GeneralException");
});
