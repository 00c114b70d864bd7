import { CsvRecordReader, MAX_RECORD_CHARS, type CsvProblem, type CsvRecord } from "../../src/billing/csvRecords";
import { TextDecoding } from "../../src/billing/textDecoding";

/** Reads text given in the pieces listed; throws the problem if reading stops. */
function read(...pieces: string[]): CsvRecord[] {
  const reader = new CsvRecordReader();
  const out: CsvRecord[] = [];
  for (const piece of [...pieces.map((p) => reader.push(p)), reader.end()]) {
    if (!Array.isArray(piece)) throw new Error(piece.message);
    out.push(...piece);
  }
  return out;
}
const fields = (records: CsvRecord[]) => records.map((r) => r.fields);

const MESSY =
  'BilledCost,ChargeDescription,Tags\r\n' +
  '1.50,"Tokens, as metered","{""team"":""ops""}"\r\n' +
  '2.00,"Line one\r\nline two",\r\n' +
  '\r\n' +
  '-0.25,"He said ""cached""",{}\r\n';
const EXPECTED = [
  ["BilledCost", "ChargeDescription", "Tags"],
  ["1.50", "Tokens, as metered", '{"team":"ops"}'],
  ["2.00", "Line one\r\nline two", ""],
  ["-0.25", 'He said "cached"', "{}"],
];

describe("CsvRecordReader", () => {
  it("reads quoted commas, doubled quotes, newlines inside fields and CRLF; skips blank lines", () => {
    expect(fields(read(MESSY))).toEqual(EXPECTED);
  });

  it("gives the same records however the text is cut, even inside a CRLF or a quoted field", () => {
    for (let cut = 0; cut <= MESSY.length; cut++) {
      expect(fields(read(MESSY.slice(0, cut), MESSY.slice(cut)))).toEqual(EXPECTED);
    }
    expect(fields(read(...MESSY.split("")))).toEqual(EXPECTED);
  });

  it("numbers rows as Excel would show the file, header = 1, blank lines counted", () => {
    expect(read(MESSY).map((r) => r.row)).toEqual([1, 2, 3, 5]);
  });

  it("takes the delimiter whose header holds FOCUS columns: semicolon and tab exports", () => {
    expect(fields(read("BilledCost;BillingCurrency\n1,5;EUR\n"))).toEqual([["BilledCost", "BillingCurrency"], ["1,5", "EUR"]]);
    expect(fields(read("BilledCost\tBillingCurrency\n1.5\tEUR"))).toEqual([["BilledCost", "BillingCurrency"], ["1.5", "EUR"]]);
  });

  it("drops a UTF-8 byte-order mark before the first column name", () => {
    expect(fields(read("\ufeffBilledCost,BillingCurrency\n1,USD\n"))[0]).toEqual(["BilledCost", "BillingCurrency"]);
  });

  it("flags a quoted field with a quote inside that is not doubled", () => {
    const records = read('BilledCost,Tags\n1,"a"b"\n2,ok\n');
    expect(records.map((r) => r.badQuotes)).toEqual([false, true, false]);
  });

  it("stops at a quote that never closes and names its row", () => {
    const reader = new CsvRecordReader();
    reader.push('BilledCost,Tags\n1,ok\n2,"never closed\n3,x\n');
    expect(reader.end()).toEqual<CsvProblem>({
      kind: "unterminated-quote",
      message: "Row 3 opens a quoted field that never closes, so the rest of the file cannot be read.",
    });
  });

  it("stops, with bounded memory, when one record outgrows the limit", () => {
    const reader = new CsvRecordReader();
    reader.push('BilledCost,Tags\n1,"');
    const piece = "x".repeat(1 << 20);
    let outcome: CsvRecord[] | CsvProblem = [];
    for (let i = 0; i <= MAX_RECORD_CHARS / piece.length && Array.isArray(outcome); i++) outcome = reader.push(piece);
    expect(outcome).toMatchObject({ kind: "record-too-long" });
  });
});

describe("TextDecoding", () => {
  const decodeAll = (bytes: Uint8Array, cut: number): string => {
    const text = new TextDecoding();
    return text.push(bytes.subarray(0, cut)) + text.push(bytes.subarray(cut)) + text.end();
  };

  it("keeps a character split across pieces whole, and drops the UTF-8 mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Coût,€\n")]);
    for (let cut = 0; cut <= bytes.length; cut++) expect(decodeAll(bytes, cut)).toBe("Coût,€\n");
  });

  it("reads UTF-16 files by their byte-order mark", () => {
    const le = new Uint8Array([0xff, 0xfe, ...Array.from("A,€").flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    for (let cut = 0; cut <= le.length; cut++) expect(decodeAll(le, cut)).toBe("A,€");
  });
});
