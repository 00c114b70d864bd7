/*
 * Excel on the web's response limit on a fake context, until the fake models it itself:
 * a sync whose response passes `limit` bytes fails with Excel's code and hands nothing
 * back (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).
 */
import type { FakeContext } from "./excelFake";

/** Makes `ctx` refuse responses over `limit`; returns how many it refused so far. */
export function limitResponses(ctx: FakeContext, limit: number): { refused: number } {
  const state = { refused: 0 };
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    await sync();
    if (ctx.responseBytes[ctx.responseBytes.length - 1] > limit) {
      state.refused++;
      throw Object.assign(new Error("The response payload size has exceeded the limit."), { code: "ResponsePayloadSizeLimitExceeded" });
    }
  };
  return state;
}
