/**
 * Properties of the import on generated messy exports: the exact totals equal the
 * generator's own integer tally however the bytes are cut, row order changes nothing,
 * and merging into the ledger is idempotent and never counts a line twice.
 */
import fc from "fast-check";
import {
  type BillingLedger,
  checkLedger,
  decimalToString,
  EMPTY_LEDGER,
  type FileImport,
  FocusImport,
  isLedgerProblem,
  lineTotals,
  mergeImport,
} from "../../src/billing";
import { emptyTally, focusFile, focusRecords, type GeneratorOptions, type Tally } from "../../harness/focusGenerator";

const CONTRACT = { tag: "ai-value-contract" };

function importBytes(pieces: Uint8Array[], fileName = "gen.csv"): FileImport {
  const reading = new FocusImport({ fileName, allocation: CONTRACT });
  for (const piece of pieces) reading.push(piece);
  const outcome = reading.finish();
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

function merge(ledger: BillingLedger, imported: FileImport): BillingLedger {
  const merged = mergeImport(ledger, imported);
  if (isLedgerProblem(merged)) throw new Error(merged.message);
  return merged.ledger;
}

/** Micro-units as the exact text the importer should print. */
const microText = (micro: number) =>
  `${micro < 0 ? "-" : ""}${Math.floor(Math.abs(micro) / 1e6)}.${String(Math.abs(micro) % 1e6).padStart(6, "0")}`;

function expectTotalsMatch(imported: FileImport, tally: Tally): void {
  const kept = imported.provenance.totals.kept.map((t) => [t.currency, decimalToString(t.billed, 6), decimalToString(t.effective, 6)]);
  const expected = [...tally.ai].sort().map(([currency, [billed, effective]]) => [currency, microText(billed), microText(effective)]);
  expect(kept).toEqual(expected);
  expect(imported.provenance.rowsKept).toBe(tally.aiRows);
  expect(imported.provenance.rowsNotAi).toBe(tally.notAiRows);
}

const options = fc.record<GeneratorOptions>({
  rows: fc.integer({ min: 1, max: 120 }),
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  delimiter: fc.constantFrom(",", ";", "\t"),
  newline: fc.constantFrom("\n", "\r\n"),
  bom: fc.boolean(),
  extraColumns: fc.integer({ min: 0, max: 40 }),
});

describe("import properties", () => {
  it("totals exactly what the generator tallied, however the bytes are cut", () => {
    fc.assert(
      fc.property(options, fc.array(fc.nat(), { maxLength: 12 }), (opts, cuts) => {
        const tally = emptyTally();
        const bytes = focusFile(opts, tally);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const pieces = [0, ...points].map((start, i) => bytes.subarray(start, [...points, bytes.length][i]));
        const whole = importBytes([bytes]);
        const cut = importBytes(pieces);
        expectTotalsMatch(cut, tally);
        expect(cut.lines.map((l) => [l.month, l.allocation, l.model, l.kind, l.line, l.currency, l.pricingUnit].join("|")).sort()).toEqual(
          [...tally.groups].sort(),
        );
        expect(cut.lines).toEqual(whole.lines);
        expect(cut.provenance).toEqual(whole.provenance);
        // The lines add up to the file's totals, exactly.
        expect(lineTotals(merge(EMPTY_LEDGER, cut))).toEqual(cut.provenance.totals.kept);
      }),
      { seed: 4242, numRuns: 60 },
    );
  });

  it("gives the same lines and totals whatever the order of the rows", () => {
    fc.assert(
      fc.property(options, fc.integer(), (opts, shuffleSeed) => {
        const [header, ...rows] = [...focusRecords(opts, emptyTally())];
        const order = rows.map((_, i) => ({ i, k: Math.sin(shuffleSeed + i * 7919) }));
        const shuffled = order.sort((a, b) => a.k - b.k).map(({ i }) => rows[i]);
        const encode = (records: string[]) => new TextEncoder().encode(records.join(""));
        const a = importBytes([encode([header, ...rows])]);
        const b = importBytes([encode([header, ...shuffled])]);
        expect(b.lines).toEqual(a.lines);
        expect(b.provenance.totals).toEqual(a.provenance.totals);
      }),
      { seed: 777, numRuns: 40 },
    );
  });

  it("re-importing a file changes nothing; another file adds to it; nothing is counted twice", () => {
    fc.assert(
      fc.property(options, options, fc.array(fc.constantFrom(0, 1), { minLength: 1, maxLength: 6 }), (optsA, optsB, sequence) => {
        const tallyA = emptyTally();
        const tallyB = emptyTally();
        const fileA = importBytes([focusFile(optsA, tallyA)], "a.csv");
        const fileB = importBytes([focusFile({ ...optsB, seed: optsB.seed + 1 }, tallyB)], "b.csv");
        const files = [fileA, fileB];
        const ledger = sequence.reduce((l, which) => merge(l, files[which]), EMPTY_LEDGER);
        const present = [...new Set(sequence)].map((which) => files[which]);
        // Each file present once, whatever the repetitions, and the check block balances.
        expect(ledger.files.map((f) => f.sha256).sort()).toEqual(present.map((f) => f.provenance.sha256).sort());
        expect(ledger.lines).toHaveLength(present.reduce((n, f) => n + f.lines.length, 0));
        expect(checkLedger(ledger).every((c) => c.matches)).toBe(true);
        // Totals are the sum of the present files' own tallies.
        const tallies = [...new Set(sequence)].map((which) => [tallyA, tallyB][which]);
        const expected = new Map<string, [number, number]>();
        for (const t of tallies) for (const [c, [b, e]] of t.ai) expected.set(c, [(expected.get(c)?.[0] ?? 0) + b, (expected.get(c)?.[1] ?? 0) + e]);
        expect(lineTotals(ledger).map((t) => [t.currency, decimalToString(t.billed, 6), decimalToString(t.effective, 6)])).toEqual(
          [...expected].sort().map(([c, [b, e]]) => [c, microText(b), microText(e)]),
        );
        // Merging the last file again is a no-op.
        const again = merge(ledger, files[sequence[sequence.length - 1]]);
        expect(lineTotals(again)).toEqual(lineTotals(ledger));
      }),
      { seed: 99, numRuns: 30 },
    );
  });
});
