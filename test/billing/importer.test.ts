import { createHash } from "crypto";
import {
  decimalToString,
  FocusImport,
  importFocus,
  type ImportOptions,
  type ImportOutcome,
  type ImportProgress,
  previewImport,
  UNALLOCATED,
} from "../../src/billing";

const HEADER =
  "BilledCost,EffectiveCost,ListCost,BillingCurrency,ChargePeriodStart,ChargeCategory,ChargeClass,PricingQuantity,PricingUnit," +
  "ConsumedQuantity,ConsumedUnit,ServiceCategory,SkuId,SkuMeter,SkuPriceDetails,Tags,SubAccountId";

/** A usage row of `tokens` input tokens of model m costing `cost`. */
function row(cost: string, opts: Partial<Record<"currency" | "start" | "category" | "class" | "model" | "tags" | "sub" | "details" | "unit", string>> = {}): string {
  const tokens = "1000000";
  const details = opts.details ?? `"{""ModelId"":""${opts.model ?? "m1"}"",""TokenDirection"":""Input""}"`;
  return [
    cost, cost, cost, opts.currency ?? "USD", opts.start ?? "2025-05-01T00:00:00Z", opts.category ?? "Usage", opts.class ?? "",
    "1", opts.unit ?? "1000000 Tokens", tokens, "Tokens", "AI and Machine Learning", "sku", "Input Tokens", details,
    opts.tags ?? "", opts.sub ?? "sub-a",
  ].join(",");
}

function run(lines: string[], options: Partial<ImportOptions> = {}): ImportOutcome {
  const reading = new FocusImport({ fileName: "test.csv", allocation: null, ...options });
  reading.push(new TextEncoder().encode([HEADER, ...lines].join("\n") + "\n"));
  return reading.finish();
}

function ok(outcome: ImportOutcome) {
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

describe("FocusImport", () => {
  it("refuses a file that is not FOCUS and names the missing columns", () => {
    const reading = new FocusImport({ fileName: "invoice.csv", allocation: null });
    reading.push(new TextEncoder().encode("Date,Amount,Currency\n2025-05-01,10,USD\n"));
    const outcome = reading.finish();
    expect(outcome).toMatchObject({ ok: false, problem: { kind: "not-focus" } });
    if (!outcome.ok) expect(outcome.problem.message).toContain('"BilledCost", "EffectiveCost", "BillingCurrency"');
  });

  it("says so when a FOCUS file has no AI usage, and imports nothing", () => {
    const vm = "5.00,5.00,5.00,USD,2025-05-01T00:00:00Z,Usage,,3,Hours,3,Hours,Compute,vm,Compute Hours,,,sub-a";
    expect(run([vm, vm])).toEqual({
      ok: false,
      problem: {
        kind: "no-ai-rows",
        message:
          'test.csv is a FOCUS file, but none of its 2 rows is AI usage (service category "AI and Machine Learning", ' +
          "a token unit, or a model in SkuPriceDetails). Nothing was imported.",
      },
    });
  });

  it("says an empty file is empty", () => {
    expect(new FocusImport({ fileName: "e.csv", allocation: null }).finish()).toMatchObject({ ok: false, problem: { kind: "empty" } });
  });

  it("keeps currencies apart and never adds them", () => {
    const value = ok(run([row("1.10"), row("2.20", { currency: "EUR" }), row("3.30")]));
    expect(value.provenance.totals.kept.map((t) => [t.currency, decimalToString(t.billed, 2)])).toEqual([
      ["EUR", "2.20"],
      ["USD", "4.40"],
    ]);
    expect(new Set(value.lines.map((l) => l.currency))).toEqual(new Set(["EUR", "USD"]));
  });

  it("counts malformed rows, shows the first ten with their row numbers, and imports the rest", () => {
    const bad = Array.from({ length: 12 }, (_, i) => row(i % 2 === 0 ? '"12,50"' : "1.00", i % 2 === 0 ? {} : { tags: "{oops" }));
    const value = ok(run([row("1.00"), ...bad, row("2.00")]));
    expect(value.malformed.count).toBe(12);
    expect(value.malformed.first).toHaveLength(10);
    expect(value.malformed.first[0].message).toBe('Row 3: BilledCost "12,50" is not a number.');
    expect(value.malformed.first[1].message).toBe("Row 4: Tags is not a JSON object: {oops");
    expect(value.provenance.rowsKept).toBe(2);
    // The broken-tag rows' costs could be read: they are totalled apart, so the whole file is accounted for.
    expect(decimalToString(value.provenance.totals.malformed[0].billed, 2)).toBe("6.00");
    expect(previewImport(value).malformed.first[0]).toBe('Row 3: BilledCost "12,50" is not a number.');
  });

  it("reports malformed JSON in SkuPriceDetails, bad dates and short rows by row number", () => {
    const value = ok(
      run([row("1", { details: '"{ModelId: m1}"' }), row("1", { start: "05/01/2025" }), "1,1,USD", row("4.00")]),
    );
    expect(value.malformed.first.map((p) => p.message)).toEqual([
      "Row 2: SkuPriceDetails is not a JSON object: {ModelId: m1}",
      'Row 3: ChargePeriodStart "05/01/2025" is not an ISO 8601 date-time.',
      "Row 4: has 3 fields where the header has 17.",
    ]);
  });

  it("keeps credits, corrections and refunds as their own lines, in the totals", () => {
    const value = ok(
      run([row("10.00"), row("-2.00", { category: "Credit" }), row("-1.00", { class: "Correction" }), row("-0.50")]),
    );
    expect(value.lines.map((l) => [l.line, decimalToString(l.costs.billed, 2)])).toEqual([
      ["Credit", "-2.00"],
      ["Usage", "10.00"],
      ["Usage (negative)", "-0.50"],
      ["Usage correction (negative)", "-1.00"],
    ]);
    expect(decimalToString(value.provenance.totals.kept[0].effective, 2)).toBe("6.50");
  });

  it("allocates by a tag key, with rows lacking it unallocated", () => {
    const tag = (v: string) => `"{""ai-value-contract"":""${v}"",""team"":""ops""}"`;
    const value = ok(
      run([row("1", { tags: tag("lead-scoring") }), row("2", { tags: tag("claims") }), row("4")], {
        allocation: { tag: "ai-value-contract" },
      }),
    );
    expect(value.lines.map((l) => [l.allocation, decimalToString(l.costs.effective)])).toEqual([
      [UNALLOCATED, "4"],
      ["claims", "2"],
      ["lead-scoring", "1"],
    ]);
    expect(value.candidates[0]).toEqual({ key: { tag: "ai-value-contract" }, rows: 2, distinct: 2, moreThanCap: false });
  });

  it("allocates by a column, and refuses a column the file does not have", () => {
    const value = ok(run([row("1", { sub: "sub-a" }), row("2", { sub: "sub-b" })], { allocation: { column: "SubAccountId" } }));
    expect(value.lines.map((l) => l.allocation)).toEqual(["sub-a", "sub-b"]);
    expect(run([row("1")], { allocation: { column: "x_Team" } })).toEqual({
      ok: false,
      problem: { kind: "no-such-column", message: 'test.csv has no column "x_Team" to allocate by.' },
    });
  });

  it("groups by the UTC month of ChargePeriodStart", () => {
    const value = ok(run([row("1", { start: "2025-05-31T23:00:00-02:00" }), row("1", { start: "2025-05-02T00:00:00Z" })]));
    expect(value.provenance.months).toEqual(["2025-05", "2025-06"]);
  });

  it("reports progress after each piece and stops when cancelled, with nothing to write", () => {
    const seen: ImportProgress[] = [];
    const signal = { aborted: false };
    const reading = new FocusImport({ fileName: "t.csv", allocation: null, totalBytes: 999, signal, onProgress: (p) => seen.push(p) });
    const text = new TextEncoder().encode([HEADER, ...Array.from({ length: 2000 }, () => row("1.00"))].join("\n"));
    reading.push(text.subarray(0, 100_000));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ bytesRead: 100_000, totalBytes: 999 });
    expect(seen[0].rowsRead).toBeGreaterThan(0);
    expect(seen[0].rowsKept).toBe(seen[0].rowsRead);
    signal.aborted = true;
    expect(reading.push(text.subarray(100_000))).toEqual({ kind: "cancelled", message: "The import was cancelled; nothing was written." });
    expect(reading.finish()).toMatchObject({ ok: false, problem: { kind: "cancelled" } });
  });

  it("stops at an unterminated quote rather than import part of a file", async () => {
    const outcome = await importFocus([new TextEncoder().encode(`${HEADER}\n${row("1")}\n2,"open\n`)], { fileName: "q.csv", allocation: null });
    expect(outcome).toMatchObject({ ok: false, problem: { kind: "unterminated-quote" } });
  });

  it("stops when the chosen key would make the summary unbounded", () => {
    const lines = Array.from({ length: 50_001 }, (_, i) => row("1", { sub: `s${i}` }));
    expect(run(lines, { allocation: { column: "SubAccountId" } })).toMatchObject({ ok: false, problem: { kind: "too-many-lines" } });
  });

  it("hashes the file's bytes, so the same bytes give the same key whatever the name", async () => {
    const bytes = new TextEncoder().encode(`${HEADER}\n${row("1")}\n`);
    const a = ok(await importFocus([bytes], { fileName: "a.csv", allocation: null }));
    const b = ok(await importFocus([bytes.subarray(0, 7), bytes.subarray(7)], { fileName: "b.csv", allocation: null }));
    expect(a.provenance.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(b.provenance.sha256).toBe(a.provenance.sha256);
  });
});
