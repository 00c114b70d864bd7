/*
 * What each sync of a fake context carries: the fake counts response bytes and command
 * bytes, but a read's request is its loads, which it does not count. This counts the
 * loads queued per sync, so a test can quote the largest request as actions.
 */
import type { FakeContext } from "./excelFake";

export interface Meter {
  /** Loads queued in each sync, in order. */
  loads: number[];
}

export function meterLoads(ctx: FakeContext): Meter {
  const meter: Meter = { loads: [] };
  let pending = 0;
  const onLoad = ctx.onLoad.bind(ctx);
  ctx.onLoad = (fn) => {
    pending++;
    onLoad(fn);
  };
  const sync = ctx.sync.bind(ctx);
  ctx.sync = async () => {
    meter.loads.push(pending);
    pending = 0;
    await sync();
  };
  return meter;
}
