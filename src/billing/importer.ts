import { Aggregation, type BillingLine, UNALLOCATED } from "./aggregate";
import { ChargeReader, isRowProblem, type RowProblem } from "./charge";
import { isHeaderProblem, readHeader } from "./columns";
import { CsvRecordReader, type CsvRecord } from "./csvRecords";
import { ownedText } from "./ownedText";
import { type AllocationKey, type KeyCandidate, KeyProposal, tagValue } from "./proposal";
import { type IncrementalSha256, nobleSha256 } from "./sha256";
import { addByCurrency, byCurrency, CostAccumulator, type CurrencyCosts } from "./sums";
import { TextDecoding } from "./textDecoding";

/** What the pane knows of the file before reading it, and how to report and stop. */
export interface ImportOptions {
  readonly fileName: string;
  /** The allocation key chosen; `null` groups everything under {@link UNALLOCATED}. */
  readonly allocation: AllocationKey | null;
  /** File size, for progress; the import itself does not need it. */
  readonly totalBytes?: number;
  /** An AbortSignal (or anything with `aborted`): checked before each piece. */
  readonly signal?: { readonly aborted: boolean };
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * The SHA-256 to hash the bytes with; by default @noble/hashes' (plain JavaScript, so it
   * works everywhere and synchronously). The pane's worker passes a WebAssembly one.
   */
  readonly hash?: IncrementalSha256;
}


/** Reported after each piece: enough for a progress bar and a time-left estimate. */
export interface ImportProgress {
  readonly bytesRead: number;
  readonly totalBytes: number | null;
  readonly rowsRead: number;
  readonly rowsKept: number;
}

/** Where an import came from: the file's identity and what became of its rows. */
export interface Provenance {
  /** SHA-256 of the file's bytes: re-importing the same file replaces its lines. */
  readonly sha256: string;
  readonly fileName: string;
  readonly bytes: number;
  /** The FOCUS version its columns show, as a lower bound ("1.1 or later"). */
  readonly focusVersion: string;
  /** The field delimiter found in the header: "," for FOCUS, ";" or a tab for re-saved exports. */
  readonly delimiter: string;
  /** Data rows (the header excluded). */
  readonly rowsRead: number;
  /** AI usage rows, aggregated into the lines. */
  readonly rowsKept: number;
  /** Readable rows that are not AI usage: totalled, not aggregated. */
  readonly rowsNotAi: number;
  readonly rowsMalformed: number;
  readonly allocation: AllocationKey | null;
  readonly months: readonly string[];
  readonly currencies: readonly string[];
  /** The file's own sums per currency, by what became of the rows: the check block's reference. */
  readonly totals: FileTotals;
}

/** The result of reading one file: nothing is written yet. */
export interface FileImport {
  readonly provenance: Provenance;
  readonly lines: readonly BillingLine[];
  /** Rows left out because they could not be read; the pane asks before importing the rest. */
  readonly malformed: { readonly count: number; readonly first: readonly RowProblem[] };
  readonly candidates: readonly KeyCandidate[];
}

/** A file's sums per currency: AI rows kept, other readable rows, and malformed rows whose costs could be read. */
export interface FileTotals {
  readonly kept: readonly CurrencyCosts[];
  readonly notAi: readonly CurrencyCosts[];
  readonly malformed: readonly CurrencyCosts[];
}

/** Why a file was not imported, in words a finance user can act on. */
export interface ImportProblem {
  readonly kind:
    | "not-focus"
    | "empty"
    | "no-ai-rows"
    | "no-such-column"
    | "unterminated-quote"
    | "record-too-long"
    | "too-many-lines"
    | "cancelled";
  readonly message: string;
}

export type ImportOutcome = { readonly ok: true; readonly value: FileImport } | { readonly ok: false; readonly problem: ImportProblem };

/** Malformed rows shown by line number; the rest are counted. */
export const MALFORMED_SHOWN = 10;

/**
 * Reads a FOCUS CSV file piece by piece: hashes the bytes, decodes and parses the text,
 * and aggregates AI usage as it goes, so memory does not grow with the file.
 *
 * @example
 * const reading = new FocusImport({ fileName: "may.csv", allocation: { tag: "ai-value-contract" } });
 * for (const piece of pieces) reading.push(piece);
 * const outcome = reading.finish(); // { ok: true, value: { provenance, lines, totals, … } }
 */
export class FocusImport {
  private readonly hash: IncrementalSha256;
  private readonly text = new TextDecoding();
  private readonly csv = new CsvRecordReader();
  private readonly lines = new Aggregation();
  private readonly proposal = new KeyProposal();
  private readonly kept = new Map<string, CostAccumulator>();
  private readonly notAi = new Map<string, CostAccumulator>();
  private readonly broken = new Map<string, CostAccumulator>();
  private readonly firstProblems: RowProblem[] = [];
  private keyColumns: ReadonlyMap<string, number> = new Map();
  private version = "";
  private charges: ChargeReader | null = null;
  private allocationColumn = -1;
  private problem: ImportProblem | null = null;
  private bytes = 0;
  private rowsRead = 0;
  private rowsKept = 0;
  private rowsNotAi = 0;
  private rowsMalformed = 0;

  constructor(private readonly options: ImportOptions) {
    this.hash = options.hash ?? nobleSha256();
  }

  /** Reads the next piece of the file; returns a problem once reading cannot go on. */
  push(bytes: Uint8Array): ImportProblem | null {
    if (this.problem !== null) return this.problem;
    if (this.options.signal?.aborted) return this.stop("cancelled", "The import was cancelled; nothing was written.");
    this.hash.update(bytes);
    this.bytes += bytes.length;
    this.records(this.csv.push(this.text.push(bytes)));
    this.options.onProgress?.({
      bytesRead: this.bytes,
      totalBytes: this.options.totalBytes ?? null,
      rowsRead: this.rowsRead,
      rowsKept: this.rowsKept,
    });
    return this.problem;
  }

  /** Ends the file and returns what was read, or why it cannot be imported. */
  finish(): ImportOutcome {
    if (this.problem === null && this.options.signal?.aborted) this.stop("cancelled", "The import was cancelled; nothing was written.");
    if (this.problem === null) {
      const tail = this.csv.push(this.text.end());
      this.records(Array.isArray(tail) ? [...tail, ...this.endRecords()] : tail);
    }
    if (this.problem === null && this.charges === null) this.stop("empty", `${this.options.fileName} is empty: it has no header row.`);
    if (this.problem === null && this.rowsKept === 0) {
      this.stop(
        "no-ai-rows",
        `${this.options.fileName} is a FOCUS file, but none of its ${this.rowsRead} rows is AI usage (service category ` +
          `"AI and Machine Learning", a token unit, or a model in SkuPriceDetails). Nothing was imported.`,
      );
    }
    if (this.problem !== null) return { ok: false, problem: this.problem };
    const lines = this.lines.lines();
    return {
      ok: true,
      value: {
        provenance: {
          totals: { kept: byCurrency(this.kept), notAi: byCurrency(this.notAi), malformed: byCurrency(this.broken) },
          sha256: this.hash.hex(),
          fileName: this.options.fileName,
          bytes: this.bytes,
          focusVersion: this.version,
          delimiter: this.csv.delimiter,
          rowsRead: this.rowsRead,
          rowsKept: this.rowsKept,
          rowsNotAi: this.rowsNotAi,
          rowsMalformed: this.rowsMalformed,
          allocation: this.options.allocation,
          months: [...new Set(lines.map((l) => l.month))].sort(),
          currencies: [...this.kept.keys()].sort(),
        },
        lines,
        malformed: { count: this.rowsMalformed, first: this.firstProblems },
        candidates: this.proposal.candidates(),
      },
    };
  }

  private endRecords(): CsvRecord[] {
    const rest = this.csv.end();
    if (Array.isArray(rest)) return rest;
    this.stop(rest.kind, rest.message);
    return [];
  }

  private records(records: CsvRecord[] | { kind: ImportProblem["kind"]; message: string }): void {
    if (!Array.isArray(records)) {
      this.stop(records.kind, records.message);
      return;
    }
    for (const record of records) {
      if (this.problem !== null) return;
      if (this.charges === null) this.readHeader(record.fields);
      else this.row(record, this.charges);
    }
  }

  private readHeader(fields: readonly string[]): void {
    const header = readHeader(fields);
    if (isHeaderProblem(header)) {
      this.stop("not-focus", header.message);
      return;
    }
    const allocation = this.options.allocation;
    if (allocation !== null && "column" in allocation) {
      this.allocationColumn = header.names.indexOf(allocation.column);
      if (this.allocationColumn < 0) {
        this.stop("no-such-column", `${this.options.fileName} has no column "${allocation.column}" to allocate by.`);
        return;
      }
    }
    this.keyColumns = header.keyColumns;
    this.version = header.version;
    this.charges = new ChargeReader(header.index, header.names.length);
  }

  private row(record: CsvRecord, charges: ChargeReader): void {
    this.rowsRead++;
    const charge = record.badQuotes
      ? { row: record.row, message: `Row ${record.row}: a quoted field holds a quote that is not doubled.`, costs: null }
      : charges.read(record.fields, record.row);
    if (isRowProblem(charge)) {
      this.malformedRow(charge);
      return;
    }
    if (!charge.ai) {
      this.rowsNotAi++;
      addByCurrency(this.notAi, charge.currency, charge);
      return;
    }
    if (!this.lines.add(charge, this.allocationOf(charge.tags, record.fields))) {
      this.stop(
        "too-many-lines",
        "The chosen allocation key has so many values that the summary would pass 50,000 lines; choose a coarser key.",
      );
      return;
    }
    this.rowsKept++;
    addByCurrency(this.kept, charge.currency, charge);
    this.proposal.add(charge.tags, record.fields, this.keyColumns);
  }

  private malformedRow(problem: RowProblem): void {
    this.rowsMalformed++;
    if (this.firstProblems.length < MALFORMED_SHOWN) this.firstProblems.push({ ...problem, message: ownedText(problem.message) });
    if (problem.costs !== null) {
      const { currency, billed, effective } = problem.costs;
      addByCurrency(this.broken, currency, { billed, effective, list: null, contracted: null });
    }
  }

  private allocationOf(tags: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
    const allocation = this.options.allocation;
    if (allocation === null) return UNALLOCATED;
    const value = "tag" in allocation ? tagValue(tags[allocation.tag]) : (fields[this.allocationColumn] ?? "").trim();
    return value === null || value === "" ? UNALLOCATED : value;
  }

  private stop(kind: ImportProblem["kind"], message: string): ImportProblem {
    this.problem ??= { kind, message };
    return this.problem;
  }
}

/**
 * Imports a file given as pieces of bytes (a `File.stream()` reader in the pane's
 * worker, a Node file stream in scripts and tests), one piece at a time.
 *
 * @example
 * const outcome = await importFocus(fs.createReadStream("may.csv"), { fileName: "may.csv", allocation: null });
 */
export async function importFocus(
  pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ImportOptions,
): Promise<ImportOutcome> {
  const reading = new FocusImport(options);
  for await (const piece of pieces) {
    const problem = reading.push(piece);
    if (problem !== null) return { ok: false, problem };
  }
  return reading.finish();
}
