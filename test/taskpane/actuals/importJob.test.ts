/*
 * The import worker's job, run in Node on Blobs: files are read piece by piece, progress
 * counts over all files, each file gets its own outcome, and a failing stream says which file.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { runImportJob, type ReadableFile } from "../../../src/taskpane/actuals/importJob";
import type { FromWorker } from "../../../src/taskpane/actuals/messages";
import { focusFile } from "../../billing/focusGenerator";

const FIXTURES = join(__dirname, "../../fixtures/focus");

/** A named Blob whose stream hands out pieces of `pieceBytes`, as a browser's File does. */
function file(name: string, bytes: Uint8Array, pieceBytes = 4096): ReadableFile {
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let at = 0; at < bytes.length; at += pieceBytes) controller.enqueue(bytes.slice(at, at + pieceBytes));
          controller.close();
        },
      }),
  };
}

/** Runs the job with a clock that moves 60 ms per reading, so throttling is exercised without real time. */
async function run(files: ReadableFile[]): Promise<FromWorker[]> {
  const messages: FromWorker[] = [];
  let clock = 0;
  await runImportJob({ type: "import", files, allocation: { tag: "ai-value-contract" } }, (m) => messages.push(m), () => (clock += 60));
  return messages;
}

test("reads each file to its own outcome, with progress over all files ending at their total size", async () => {
  const published = readFileSync(join(FIXTURES, "multi_model_usage.csv"));
  const generated = focusFile({ rows: 2000, seed: 7 });
  const messages = await run([file("multi_model_usage.csv", published), file("generated.csv", generated)]);
  const outcomes = messages.filter((m) => m.type === "file");
  expect(outcomes.map((m) => m.type === "file" && m.outcome.ok && m.outcome.value.provenance.fileName)).toEqual(["multi_model_usage.csv", "generated.csv"]);
  const progress = messages.flatMap((m) => (m.type === "progress" ? [m] : []));
  const bytes = progress.map((p) => p.bytesRead);
  expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
  const last = progress[progress.length - 1];
  expect(last.bytesRead).toBe(published.length + generated.length);
  expect(last.totalBytes).toBe(published.length + generated.length);
  expect(last.rowsRead).toBe(4 + 2000);
  // Throttled: far fewer reports than the generated file's pieces, but more than one.
  expect(progress.length).toBeGreaterThan(2);
  expect(progress.length).toBeLessThan(Math.ceil(generated.length / 4096));
  expect(messages[messages.length - 1]).toEqual({ type: "done" });
});

test("a file that is not FOCUS gets its problem; the next file is still read", async () => {
  const messages = await run([file("notes.csv", new TextEncoder().encode("Name,Amount\nx,1\n")), file("ok.csv", focusFile({ rows: 10, seed: 1 }))]);
  const outcomes = messages.flatMap((m) => (m.type === "file" ? [m.outcome] : []));
  expect(outcomes[0].ok ? "" : outcomes[0].problem.kind).toBe("not-focus");
  expect(outcomes[1].ok).toBe(true);
});

test("a stream that fails says which file, and the job still ends", async () => {
  const broken: ReadableFile = {
    name: "moved.csv",
    size: 100,
    stream: () => new ReadableStream<Uint8Array>({ pull: (c) => c.error(new Error("NotReadableError")) }),
  };
  const messages = await run([broken]);
  expect(messages).toContainEqual({ type: "failed", file: 0, message: "moved.csv could not be read (NotReadableError). Pick it again." });
  expect(messages[messages.length - 1]).toEqual({ type: "done" });
});
