/* The sheet's exact records: every published example's ledger round-trips exactly; edited text is refused with the reason. */
import { readdirSync } from "fs";
import { fileRecord, lineRecord, parseFileRecord, parseLineRecord } from "../../src/billing";
import { FIXTURES, fixture, ledgerOf } from "./ledgers";

const examples = readdirSync(FIXTURES).filter((f) => f.endsWith(".csv"));

describe("ledger records", () => {
  it.each(examples)("%s: every line and the file read back exactly as imported", (name) => {
    const ledger = ledgerOf([fixture(name)]);
    expect(ledger.lines.length).toBeGreaterThan(0);
    // Equal values, not equal scales ("3.00" reads back as 3): the record of what was read is the record written,
    // and decimalToString gives one text per value, so every decimal and every other field is the same.
    for (const line of ledger.lines) {
      const back = parseLineRecord(lineRecord(line));
      expect(back.ok && lineRecord(back.value)).toBe(lineRecord(line));
      expect(back.ok && { ...back.value, costs: undefined, pricingQuantity: undefined, consumedTokens: undefined }).toEqual({ ...line, costs: undefined, pricingQuantity: undefined, consumedTokens: undefined });
    }
    for (const file of ledger.files) {
      const back = parseFileRecord(fileRecord(file));
      expect(back.ok && fileRecord(back.value)).toBe(fileRecord(file));
      expect(back.ok && back.value.totals.kept.map((t) => t.currency)).toEqual(file.totals.kept.map((t) => t.currency));
    }
  });

  const line = ledgerOf([fixture(examples[0])]).lines[0];
  const fields = JSON.parse(lineRecord(line)) as string[];
  const edited = (i: number, v: string) => JSON.stringify(fields.map((f, j) => (j === i ? v : f)));
  it.each([
    ["an exponent", edited(9, "1e3"), /not an exact decimal/],
    ["a decimal comma", edited(10, "1,5"), /not an exact decimal/],
    ["a short hash", edited(8, "abc"), /64 hexadecimal digits/],
    ["a currency of two letters", edited(6, "US"), /3-letter currency code/],
    ["month 13", edited(1, "2025-13"), /not a month/],
    ["an unknown token kind", edited(4, "vision"), /token kind/],
    ["a negative row count", edited(13, "-1"), /not a count/],
    ["a missing field", JSON.stringify(fields.slice(1)), /not a line of this version/],
    ["text that is not JSON", "[\"L1\",", /not readable/],
    ["a number, not text", 42, /not text/],
  ])("refuses %s", (_what, record, reason) => {
    expect(parseLineRecord(record)).toEqual({ ok: false, reason: expect.stringMatching(reason) });
  });
});
