/*
 * The pane's side of the import worker: starts one worker per import, turns its messages
 * into progress and a result, and cancels by terminating it (the read stops at once and the
 * workbook was never touched).
 */
import type { AllocationKey } from "../../billing/proposal";
import type { ImportOutcome } from "../../billing/importer";
import type { FromWorker, ImportProgressMessage, ImportRequest } from "./messages";

/** What became of one picked file. */
export type FileResult =
  | { readonly name: string; readonly size: number; readonly outcome: ImportOutcome }
  | { readonly name: string; readonly size: number; readonly unreadable: string };

export type ImportResult = { readonly kind: "read"; readonly files: readonly FileResult[] } | { readonly kind: "cancelled" };

export interface ImportRun {
  /** Settles when every file is read, or with `cancelled`; rejects only if the worker itself fails. */
  readonly result: Promise<ImportResult>;
  cancel(): void;
}

/** The worker as the client uses it; tests pass a stand-in. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ImportRequest): void;
  terminate(): void;
}

/** The worker bundle sits beside taskpane.html (webpack entry "billing-worker"). */
export const WORKER_URL = "billing-worker.js";

/**
 * Reads the files in a worker, reporting progress as it goes.
 *
 * @example
 * const run = startImport(files, { tag: "ai-value-contract" }, (p) => setProgress(p));
 * cancelButton.onclick = run.cancel;
 * const result = await run.result; // { kind: "read", files: [{ name, size, outcome }] } or { kind: "cancelled" }
 */
export function startImport(
  files: readonly File[],
  allocation: AllocationKey | null,
  onProgress: (progress: ImportProgressMessage) => void,
  createWorker: () => WorkerLike = () => new Worker(WORKER_URL),
): ImportRun {
  const worker = createWorker();
  let settle: (result: ImportResult) => void = () => undefined;
  const result = new Promise<ImportResult>((resolve, reject) => {
    settle = resolve;
    const results: FileResult[] = [];
    worker.onmessage = ({ data }) => {
      if (data.type === "progress") onProgress(data);
      else if (data.type === "file") results[data.file] = { name: files[data.file].name, size: files[data.file].size, outcome: data.outcome };
      else if (data.type === "failed") results[data.file] = { name: files[data.file].name, size: files[data.file].size, unreadable: data.message };
      else {
        worker.terminate();
        resolve({ kind: "read", files: results });
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The import stopped unexpectedly: ${event.message || "the reader could not start"}. Nothing was written.`));
    };
  });
  worker.postMessage({ type: "import", files, allocation });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle({ kind: "cancelled" });
    },
  };
}
