/*
 * The import worker's entry (its own bundle, billing-worker.js): one request per worker.
 * The pane cancels by terminating it, which stops the read at once and leaves nothing
 * behind; nothing here touches the workbook.
 */
import { runImportJob } from "./importJob";
import type { FromWorker, ImportRequest } from "./messages";

/** The part of a dedicated worker's global scope used here (the project's lib is DOM, not WebWorker). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  scope.onmessage = null;
  void runImportJob(event.data, (message) => scope.postMessage(message), () => performance.now());
};
