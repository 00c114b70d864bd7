/*
 * Reads in syncs that stay under Excel on the web's 5 MB limit both ways, whatever the
 * workbook holds. Each job says what its request and response will cost at most, from
 * what has been seen so far; a sync takes as many jobs as its allowance covers. The
 * allowance starts small and at most doubles after each sync that went through, so one
 * sparse or unusual sheet never makes the next sync jump; if Excel still refuses a
 * payload (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded), the
 * allowance is halved, the batch is halved (a lone job splits itself) and it is retried.
 * A job that may be refused for what it asks (a chart Excel cannot describe) says so with
 * `refused`: a batch of such jobs that fails is halved the same way until the job Excel
 * refuses is alone, which is then told, and the others go through.
 */
import type { ExcelPort } from "./port";

/** Excel on the web refuses requests and responses over 5 MB; a sync aims for 3 MB. */
export const PAYLOAD_BUDGET = 3 * 1024 * 1024;
/** The first sync's allowance: a fraction of the budget until sizes have been seen. */
const FIRST_ALLOWANCE = PAYLOAD_BUDGET / 8;
/** What one queued action (a getItem, a getRange…, a load) adds to a request, generously. */
export const ACTION_BYTES = 200;

const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** Whether Excel refused a sync for its size. */
export function isPayloadError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERRORS.has(code);
}

/** UTF-8 bytes of a string, as it travels. */
export function utf8Bytes(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) n += c >= 0x800 && (c < 0xd800 || c > 0xdfff) ? 2 : 1;
  }
  return n;
}

export interface Job {
  /** Upper estimates of its request and response bytes, from what has been seen so far. */
  cost(): number;
  /** Queues its loads; the returned function takes the answer after the sync. */
  queue(): () => void;
  /** Two smaller jobs doing the same, or undefined when it cannot be split. */
  split(): Job[] | undefined;
  /** Takes Excel's refusal of this job alone (not for its size); without it, the refusal is thrown. */
  refused?(e: unknown): void;
}

/** Runs every job in as few syncs as the allowance permits; throws what is not a payload error. */
export async function runBatches(context: ExcelPort, jobs: Job[], state = { allowance: FIRST_ALLOWANCE }): Promise<void> {
  const pending = [...jobs];
  // Halves of a batch refused for what one of its jobs asks, each sent as it is until that job is alone.
  const suspects: Job[][] = [];
  while (pending.length > 0 || suspects.length > 0) {
    let batch = suspects.shift();
    if (!batch) {
      // A job bigger than the allowance is split before it is sent, not after Excel refuses it.
      for (let parts = pending[0].cost() > state.allowance ? pending[0].split() : undefined; parts; ) {
        pending.splice(0, 1, ...parts);
        parts = pending[0].cost() > state.allowance ? pending[0].split() : undefined;
      }
      let budget = 0;
      let n = 0;
      while (n < pending.length && (n === 0 || budget + pending[n].cost() <= state.allowance)) budget += pending[n++].cost();
      batch = pending.splice(0, n);
    }
    const size = batch.reduce((sum, j) => sum + j.cost(), 0);
    const harvest = batch.map((j) => j.queue());
    try {
      await context.sync();
    } catch (e) {
      const tolerated = !isPayloadError(e) && batch.every((j) => j.refused);
      if (!isPayloadError(e) && !tolerated) throw e;
      if (tolerated) {
        if (batch.length === 1) batch[0].refused!(e);
        else suspects.unshift(batch.slice(0, batch.length >> 1), batch.slice(batch.length >> 1));
        continue;
      }
      // Half of what was sent, so the retry is half the batch however small it was.
      state.allowance = Math.max(1, Math.floor(Math.min(state.allowance, size) / 2));
      const parts = batch.length > 1 ? batch : batch[0].split();
      if (!parts) throw e;
      pending.unshift(...parts);
      continue;
    }
    harvest.forEach((h) => h());
    state.allowance = Math.min(PAYLOAD_BUDGET, state.allowance * 2);
  }
}
