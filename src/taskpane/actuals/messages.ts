/*
 * The messages between the task pane and its import worker, typed both ways. Everything
 * in them survives structured cloning: File objects, plain data and the BigInt decimals
 * of an import.
 */
import type { AllocationKey } from "../../billing/proposal";
import type { ImportOutcome } from "../../billing/importer";

/** Pane → worker: read these files, aggregating by this key. One request per worker. */
export interface ImportRequest {
  readonly type: "import";
  readonly files: readonly File[];
  readonly allocation: AllocationKey | null;
}

/** How far the whole request has come, over all its files. */
export interface ImportProgressMessage {
  readonly type: "progress";
  /** The file being read (0-based). */
  readonly file: number;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsRead: number;
  readonly rowsKept: number;
}

/** One file read: its import, or why it cannot be imported. */
export interface FileDoneMessage {
  readonly type: "file";
  readonly file: number;
  readonly outcome: ImportOutcome;
}

/** Every file has been read. */
export interface AllDoneMessage {
  readonly type: "done";
}

/** The browser could not read a file (it was moved, or changed while being read). */
export interface ReadFailedMessage {
  readonly type: "failed";
  readonly file: number;
  readonly message: string;
}

export type FromWorker = ImportProgressMessage | FileDoneMessage | AllDoneMessage | ReadFailedMessage;
