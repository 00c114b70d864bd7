/*
 * The floor for the FOCUS import bench: the same bytes through the same decoding and the same
 * CSV parser (PapaParse, fed by CsvRecordReader as the import feeds it), records counted and
 * nothing else: no hash, no numbers, no aggregation. Built by bench/actuals.ts, run as a worker.
 */
import { CsvRecordReader } from "../src/billing/csvRecords";
import { TextDecoding } from "../src/billing/textDecoding";

interface WorkerScope {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage(message: { records: number; ms: number }): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data: file }) => {
  const started = performance.now();
  const text = new TextDecoding();
  const csv = new CsvRecordReader();
  let records = 0;
  const count = (r: ReturnType<CsvRecordReader["push"]>): void => {
    if (!Array.isArray(r)) throw new Error(r.message);
    records += r.length;
  };
  const reader = file.stream().getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    count(csv.push(text.push(value)));
  }
  count(csv.push(text.end()));
  count(csv.end());
  scope.postMessage({ records, ms: performance.now() - started });
};
