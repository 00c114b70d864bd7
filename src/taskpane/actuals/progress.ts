/*
 * Progress of an import in words: rows read and kept, the reading rate and the time left,
 * estimated from the bytes read so far (rows vary in length; bytes are what is left to read).
 */

export interface ProgressFigures {
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly rowsRead: number;
  readonly rowsKept: number;
  /** Milliseconds since the import started. */
  readonly elapsedMs: number;
}

/** Estimates are withheld until this much has been read: the first pieces include start-up. */
const SETTLE_MS = 500;

/**
 * The share done (0–1), rows per second, and seconds left (`null` until an estimate is fair).
 *
 * @example
 * estimate({ bytesRead: 25e6, totalBytes: 100e6, rowsRead: 50000, rowsKept: 45000, elapsedMs: 5000 });
 * //=> { done: 0.25, rowsPerSecond: 10000, secondsLeft: 15 }
 */
export function estimate(p: ProgressFigures): { done: number; rowsPerSecond: number | null; secondsLeft: number | null } {
  const done = p.totalBytes > 0 ? Math.min(1, p.bytesRead / p.totalBytes) : 0;
  if (p.elapsedMs < SETTLE_MS || p.bytesRead === 0) return { done, rowsPerSecond: null, secondsLeft: null };
  const seconds = p.elapsedMs / 1000;
  return {
    done,
    rowsPerSecond: p.rowsRead / seconds,
    secondsLeft: ((p.totalBytes - p.bytesRead) * seconds) / p.bytesRead,
  };
}

/** "about 40 s left", "about 3 min left", "less than a second left". */
export function timeLeftText(seconds: number | null): string {
  if (seconds === null) return "estimating time left…";
  if (seconds < 1) return "less than a second left";
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

/** A count as the pane shows it: 1,234,567. */
export function count(n: number): string {
  return Math.round(n).toLocaleString("en");
}
