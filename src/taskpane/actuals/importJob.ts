/*
 * What the import worker does, apart from being a worker: reads each file in pieces of
 * bytes through the pure FOCUS import and reports progress, so memory stays bounded
 * by a piece and the summary whatever the file's size. Kept free of worker globals so
 * that Node tests run it on Blobs.
 */
import { FocusImport, type ImportOutcome } from "../../billing";
import type { FromWorker, ImportRequest } from "./messages";
import { wasmSha256 } from "./wasmSha256";

/** What the job needs of a File: its size, its name, and slices of it read on demand (a Blob's). */
export interface ReadableFile {
  readonly name: string;
  readonly size: number;
  slice(start: number, end: number): { arrayBuffer(): Promise<ArrayBuffer> };
}

/**
 * Bytes read at a time. Each piece is asked for only when the last one is parsed, so the
 * browser never reads ahead of the import: `File.stream()` was measured buffering the file
 * faster than a slower consumer takes it (memory grew with the file's size).
 */
export const PIECE_BYTES = 1024 * 1024;

/** Progress is posted at most this often: a message per 64 KB piece would keep the pane busy redrawing. */
export const PROGRESS_INTERVAL_MS = 100;

/**
 * Reads every file of a request in turn and posts what happens. Files are independent: one
 * that is not FOCUS does not stop the others, and the pane decides what may be written.
 *
 * @example
 * await runImportJob({ type: "import", files: [file], allocation: null }, (m) => messages.push(m), () => performance.now());
 * // messages: progress…, { type: "file", file: 0, outcome }, { type: "done" }
 */
export async function runImportJob(
  request: Omit<ImportRequest, "files"> & { readonly files: readonly ReadableFile[] },
  post: (message: FromWorker) => void,
  now: () => number,
): Promise<void> {
  const totalBytes = request.files.reduce((sum, f) => sum + f.size, 0);
  // Bytes and rows of the files already read: progress counts over the whole request.
  const before = { bytes: 0, rows: 0, kept: 0 };
  for (const [index, file] of request.files.entries()) {
    let lastPosted = -Infinity;
    const report = (bytesRead: number, rowsRead: number, rowsKept: number, force: boolean): void => {
      if (!force && now() - lastPosted < PROGRESS_INTERVAL_MS) return;
      lastPosted = now();
      post({
        type: "progress",
        file: index,
        bytesRead: before.bytes + bytesRead,
        totalBytes,
        rowsRead: before.rows + rowsRead,
        rowsKept: before.kept + rowsKept,
      });
    };
    let last = { bytesRead: 0, rowsRead: 0, rowsKept: 0 };
    const reading = new FocusImport({
      fileName: file.name,
      allocation: request.allocation,
      totalBytes: file.size,
      hash: await wasmSha256(),
      onProgress: (p) => {
        last = p;
        report(p.bytesRead, p.rowsRead, p.rowsKept, false);
      },
    });
    try {
      const outcome = await readAll(file, reading);
      // The last records are parsed when the file ends, after the last piece's report.
      if (outcome.ok) {
        const { bytes, rowsRead, rowsKept } = outcome.value.provenance;
        last = { bytesRead: bytes, rowsRead, rowsKept };
      }
      report(last.bytesRead, last.rowsRead, last.rowsKept, true);
      post({ type: "file", file: index, outcome });
    } catch (error) {
      // The stream fails when the file is moved or changed while it is read.
      post({ type: "failed", file: index, message: `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}). Pick it again.` });
    }
    before.bytes += file.size;
    before.rows += last.rowsRead;
    before.kept += last.rowsKept;
  }
  post({ type: "done" });
}

/** Feeds the file's pieces to the import in order; stops reading at the first problem that ends it. */
async function readAll(file: ReadableFile, reading: FocusImport): Promise<ImportOutcome> {
  for (let at = 0; at < file.size; at += PIECE_BYTES) {
    const piece = new Uint8Array(await file.slice(at, Math.min(at + PIECE_BYTES, file.size)).arrayBuffer());
    const problem = reading.push(piece);
    if (problem !== null) return { ok: false, problem };
  }
  return reading.finish();
}
