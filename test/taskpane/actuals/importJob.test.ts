/*
 * The import worker's job, run in Node on Files: files are read a slice at a time, progress
 * counts over all files and is throttled, each file gets its own outcome, and a file that
 * cannot be read says which.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { PIECE_BYTES, runImportJob, type ReadableFile } from "../../../src/taskpane/actuals/importJob";
import type { FromWorker } from "../../../src/taskpane/actuals/messages";
import { focusFile } from "../../../harness/focusGenerator";

const FIXTURES = join(__dirname, "../../fixtures/focus");

/** A browser File as Node has it: a named Blob, read in slices. */
function file(name: string, bytes: Uint8Array): ReadableFile {
  return new File([Buffer.from(bytes)], name);
}

/** Runs the job with a clock that moves 60 ms each time it is read (or never, when `frozen`). */
async function run(files: ReadableFile[], frozen = false): Promise<FromWorker[]> {
  const messages: FromWorker[] = [];
  let clock = 0;
  await runImportJob({ type: "import", files, allocation: { tag: "ai-value-contract" } }, (m) => messages.push(m), () => (frozen ? 0 : (clock += 60)));
  return messages;
}

test("reads each file to its own outcome, with progress over all files ending at their total size", async () => {
  const published = readFileSync(join(FIXTURES, "multi_model_usage.csv"));
  const generated = focusFile({ rows: 5000, seed: 7 });
  const messages = await run([file("multi_model_usage.csv", published), file("generated.csv", generated)]);
  const outcomes = messages.filter((m) => m.type === "file");
  expect(outcomes.map((m) => m.type === "file" && m.outcome.ok && m.outcome.value.provenance.fileName)).toEqual(["multi_model_usage.csv", "generated.csv"]);
  const progress = messages.flatMap((m) => (m.type === "progress" ? [m] : []));
  const bytes = progress.map((p) => p.bytesRead);
  expect(bytes).toEqual([...bytes].sort((a, b) => a - b));
  const last = progress[progress.length - 1];
  expect(last.bytesRead).toBe(published.length + generated.length);
  expect(last.totalBytes).toBe(published.length + generated.length);
  expect(last.rowsRead).toBe(4 + 5000);
  expect(generated.length).toBeGreaterThan(2 * PIECE_BYTES);
  expect(progress.length).toBeGreaterThan(3);
  expect(messages[messages.length - 1]).toEqual({ type: "done" });
});

test("progress is throttled: with no time passing, one report as a file starts and one as it ends", async () => {
  const generated = focusFile({ rows: 5000, seed: 3 });
  expect(generated.length).toBeGreaterThan(2 * PIECE_BYTES);
  const messages = await run([file("a.csv", generated), file("b.csv", generated)], true);
  expect(messages.filter((m) => m.type === "progress").map((m) => m.type === "progress" && [m.file, m.rowsRead])).toEqual([
    [0, expect.any(Number)],
    [0, 5000],
    [1, expect.any(Number)],
    [1, 10000],
  ]);
});

test("a file that is not FOCUS gets its problem; the next file is still read", async () => {
  const messages = await run([file("notes.csv", new TextEncoder().encode("Name,Amount\nx,1\n")), file("ok.csv", focusFile({ rows: 10, seed: 1 }))]);
  const outcomes = messages.flatMap((m) => (m.type === "file" ? [m.outcome] : []));
  expect(outcomes[0].ok ? "" : outcomes[0].problem.kind).toBe("not-focus");
  expect(outcomes[1].ok).toBe(true);
});

test("a file that cannot be read says which file, and the job still ends", async () => {
  const broken: ReadableFile = {
    name: "moved.csv",
    size: 100,
    slice: () => ({ arrayBuffer: () => Promise.reject(new Error("NotReadableError")) }),
  };
  const messages = await run([broken]);
  expect(messages).toContainEqual({ type: "failed", file: 0, message: "moved.csv could not be read (NotReadableError). Pick it again." });
  expect(messages[messages.length - 1]).toEqual({ type: "done" });
});
