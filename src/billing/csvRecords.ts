import Papa from "papaparse";
import { KNOWN_COLUMNS } from "./columns";

/**
 * CSV text in, complete records out, whatever the size of the pieces the text arrives
 * in. PapaParse does the parsing (quotes, doubled quotes, delimiters and newlines inside
 * quoted fields); this file feeds it the way PapaParse's own file streamer does: each
 * piece is parsed together with the unfinished record left over from the previous one.
 *
 * Why PapaParse: it is the parser built for browsers and Web Workers (no Node streams
 * to polyfill), mature and very widely used, with no dependencies. Its low-level
 * `Parser` accepts a partial input and reports where the last complete record ended,
 * which is what a bounded-memory import needs.
 */

/** A record and its row number as Excel would number it if it opened the file (header = 1). */
export interface CsvRecord {
  readonly fields: string[];
  readonly row: number;
  /** A quoted field holds a quote that is not doubled (`"a"b"`): the fields are not trustworthy. */
  readonly badQuotes: boolean;
}

/** Why the text cannot be read further, in words; nothing after it is usable. */
export interface CsvProblem {
  readonly kind: "unterminated-quote" | "record-too-long";
  readonly message: string;
}

/** Delimiters tried, in this order: comma (FOCUS), semicolon (European exports), tab, pipe. */
const DELIMITERS = [",", ";", "\t", "|"] as const;

/** Text held back before the delimiter and line ending are decided (or until the end). */
const SNIFF_CHARS = 64 * 1024;

/** The longest record accepted; past it, an unmatched quote is the likely cause. */
export const MAX_RECORD_CHARS = 4 * 1024 * 1024;

/**
 * Reads records from CSV text given in pieces. Memory is bounded by the largest piece
 * plus one record.
 *
 * @example
 * const reader = new CsvRecordReader();
 * reader.push("BilledCost,Billing");
 * reader.push('Currency\n1.5,"U\nSD"\n');
 * reader.end();
 * //=> [{ fields: ["BilledCost", "BillingCurrency"], row: 1, badQuotes: false },
 * //    { fields: ["1.5", "U\nSD"], row: 2, badQuotes: false }]
 */
export class CsvRecordReader {
  private parser: Papa.Parser | null = null;
  private pending = "";
  private consumed = 0;
  private rows = 0;
  private failed: CsvProblem | null = null;
  /** The delimiter chosen from the header, once known (empty before). */
  delimiter = "";

  /** Adds text; returns the records it completed, or the problem that stops reading. */
  push(text: string): CsvRecord[] | CsvProblem {
    // A byte-order mark is an encoding marker, not part of the first column's name.
    this.pending += this.consumed === 0 && this.pending === "" && text.startsWith("\ufeff") ? text.slice(1) : text;
    if (this.parser === null && this.pending.length < SNIFF_CHARS) return [];
    return this.parse(false);
  }

  /** Ends the text; returns the remaining records, or the problem that stops reading. */
  end(): CsvRecord[] | CsvProblem {
    return this.parse(true);
  }

  private parse(last: boolean): CsvRecord[] | CsvProblem {
    if (this.failed !== null) return this.failed;
    const parser = this.parser ?? (this.parser = this.createParser());
    const result = parser.parse(this.pending, this.consumed, !last) as PapaResult;
    const cursor = result.meta.cursor - this.consumed;
    this.pending = this.pending.slice(cursor);
    this.consumed += cursor;
    if (result.errors.some((e) => e.code === "MissingQuotes")) {
      // PapaParse returns the rest of the file as the last field of one record.
      const row = this.rows + result.data.length;
      return this.fail("unterminated-quote", `Row ${row} opens a quoted field that never closes, so the rest of the file cannot be read.`);
    }
    const badQuotes = new Set(result.errors.map((e) => e.row));
    const records: CsvRecord[] = [];
    result.data.forEach((fields, i) => {
      this.rows++;
      // A blank line (and the newline that ends the file) is no record.
      if (fields.length === 1 && fields[0] === "") return;
      records.push({ fields, row: this.rows, badQuotes: badQuotes.has(i) });
    });
    if (this.pending.length > MAX_RECORD_CHARS) {
      return this.fail(
        "record-too-long",
        `Row ${this.rows + 1} is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB; a quoted field probably never closes.`,
      );
    }
    return records;
  }

  private fail(kind: CsvProblem["kind"], message: string): CsvProblem {
    this.failed = { kind, message };
    return this.failed;
  }

  /** Decides the delimiter and line ending from the first text, then builds the parser. */
  private createParser(): Papa.Parser {
    let best: { delimiter: string; known: number; newline: string } = { delimiter: ",", known: -1, newline: "\n" };
    for (const delimiter of DELIMITERS) {
      const first = Papa.parse<string[]>(this.pending, { delimiter, preview: 1 });
      const known = (first.data[0] ?? []).filter((name) => KNOWN_COLUMNS.has(name.trim())).length;
      if (known > best.known) best = { delimiter, known, newline: first.meta.linebreak };
    }
    this.delimiter = best.delimiter;
    return new Papa.Parser({ delimiter: best.delimiter, newline: best.newline as Papa.ParseConfig["newline"] });
  }
}

/** The shape `Parser.parse` returns (its typings say `any`). */
interface PapaResult {
  data: string[][];
  errors: { code: string; row: number }[];
  meta: { cursor: number };
}
