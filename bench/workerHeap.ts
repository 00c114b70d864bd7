/*
 * The JS heap of a page's dedicated worker, over the Chrome DevTools Protocol: the page's
 * session auto-attaches to the worker (unflattened, so playwright-core's CDPSession can
 * address it by session id). `performance.memory` is not exposed in workers.
 */
import type { CDPSession, Page } from "playwright-core";

export interface WorkerHeap {
  /** Resolves once the page's next worker is attached. */
  attached: Promise<void>;
  /** The worker's used JS heap now (bytes); `null` once the worker is gone. */
  used(): Promise<number | null>;
  /** Forces a full GC in the worker, then its used JS heap: what is really held. */
  retained(): Promise<number | null>;
  detach(): Promise<void>;
}

interface Reply {
  id?: number;
  result?: { usedSize?: number };
}

/** Watches the next worker the page starts. */
export async function watchWorkerHeap(page: Page): Promise<WorkerHeap> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let session = "";
  let nextId = 1;
  const waiting = new Map<number, (reply: Reply) => void>();
  let onAttach = (): void => undefined;
  const attached = new Promise<void>((resolve) => (onAttach = resolve));
  cdp.on("Target.attachedToTarget", (e: { sessionId: string; targetInfo: { type: string } }) => {
    if (e.targetInfo.type !== "worker" || session !== "") return;
    session = e.sessionId;
    onAttach();
  });
  cdp.on("Target.receivedMessageFromTarget", (e: { message: string }) => {
    const reply = JSON.parse(e.message) as Reply;
    if (reply.id !== undefined) waiting.get(reply.id)?.(reply);
  });
  cdp.on("Target.detachedFromTarget", () => {
    for (const resolve of waiting.values()) resolve({});
    waiting.clear();
  });
  await cdp.send("Target.setAutoAttach", { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const send = (method: string): Promise<Reply> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      cdp.send("Target.sendMessageToTarget", { sessionId: session, message: JSON.stringify({ id, method }) }).catch(() => resolve({}));
    });
  const used = async (): Promise<number | null> => (session === "" ? null : ((await send("Runtime.getHeapUsage")).result?.usedSize ?? null));
  return {
    attached,
    used,
    async retained() {
      if (session === "") return null;
      await send("HeapProfiler.collectGarbage");
      return used();
    },
    detach: () => cdp.detach(),
  };
}
