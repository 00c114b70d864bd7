import {
  checkLedger,
  EMPTY_LEDGER,
  type FileImport,
  FocusImport,
  isLedgerProblem,
  type LedgerMerge,
  mergeImport,
  sheetRows,
} from "../../src/billing";

const HEADER = "BilledCost,EffectiveCost,ListCost,ContractedCost,BillingCurrency,ChargePeriodStart,ChargeCategory,PricingQuantity,PricingUnit,ConsumedQuantity,ConsumedUnit,ServiceCategory,SkuId,SkuMeter";

function imported(name: string, rows: string[], allocation: FileImport["provenance"]["allocation"] = null): FileImport {
  const reading = new FocusImport({ fileName: name, allocation });
  reading.push(new TextEncoder().encode([HEADER, ...rows].join("\n")));
  const outcome = reading.finish();
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

function merged(result: ReturnType<typeof mergeImport>): LedgerMerge {
  if (isLedgerProblem(result)) throw new Error(result.message);
  return result;
}

const MAY = "42.00,42.00,42.00,,USD,2025-05-01T00:00:00Z,Usage,8.4,1000000 Tokens,8400000,Tokens,AI and Machine Learning,saturn-in,Input Tokens";
const JUNE = "10.00,8.00,10.00,8.00,USD,2025-06-01T00:00:00Z,Usage,2000,1000 Tokens,2000000,Tokens,AI and Machine Learning,saturn-in,Input Tokens";
const CACHE = "6.00,6.00,6.00,6.00,USD,2025-05-01T00:00:00Z,Usage,6,1000000 Token-Hours,6000000,Token-Hours,AI and Machine Learning,cache-store,Context Cache Storage";

describe("mergeImport", () => {
  it("replaces the lines of a file imported again, by its hash, whatever its name", () => {
    const first = merged(mergeImport(EMPTY_LEDGER, imported("may.csv", [MAY])));
    const again = merged(mergeImport(first.ledger, imported("may (1).csv", [MAY])));
    expect(again.replaced?.fileName).toBe("may.csv");
    expect(again.ledger.files.map((f) => f.fileName)).toEqual(["may (1).csv"]);
    expect(again.ledger.lines).toEqual(first.ledger.lines);
  });

  it("adds a different file for the same month beside the first, and says which months they share", () => {
    const first = merged(mergeImport(EMPTY_LEDGER, imported("may.csv", [MAY])));
    const second = merged(mergeImport(first.ledger, imported("may-account-2.csv", [MAY, JUNE])));
    expect(second.replaced).toBeNull();
    expect(second.ledger.lines).toHaveLength(3);
    expect(second.sharedMonths).toEqual([{ month: "2025-05", currency: "USD", files: ["may.csv"] }]);
    expect(checkLedger(second.ledger)).toMatchObject([{ currency: "USD", matches: true, text: { billed: "94.00", effective: "92.00" } }]);
  });

  it("refuses to mix allocation keys in one sheet, in words", () => {
    const first = merged(mergeImport(EMPTY_LEDGER, imported("may.csv", [MAY], { tag: "ai-value-contract" })));
    expect(mergeImport(first.ledger, imported("june.csv", [JUNE], { column: "SkuId" }))).toEqual({
      kind: "allocation-differs",
      message:
        'may.csv was imported by tag "ai-value-contract"; june.csv is by column "SkuId". ' +
        "Import it by the same key, or into a new AI Billing sheet.",
    });
  });

  it("lets the check block see lines lost or doubled", () => {
    const { ledger } = merged(mergeImport(EMPTY_LEDGER, imported("may.csv", [MAY, JUNE])));
    expect(checkLedger({ ...ledger, lines: [...ledger.lines, ledger.lines[0]] })[0].matches).toBe(false);
    expect(checkLedger({ ...ledger, lines: ledger.lines.slice(1) })[0].matches).toBe(false);
  });
});

describe("sheetRows", () => {
  const { ledger } = merged(mergeImport(EMPTY_LEDGER, imported("may.csv", [MAY, JUNE, CACHE])));
  const rows = sheetRows(ledger);

  it("gives the month as text and as the Excel date of its first day", () => {
    expect(rows.map((r) => [r.month, r.monthStart])).toEqual([
      ["2025-05", 45778],
      ["2025-05", 45778],
      ["2025-06", 45809],
    ]);
  });

  it("writes numbers and the observed price per 1M tokens, converting token blocks", () => {
    const june = rows[2];
    expect(june).toMatchObject({ billedCost: 10, effectiveCost: 8, pricingQuantity: 2000, pricingUnit: "1000 Tokens", consumedTokens: 2000000 });
    expect(june.pricePerMillion).toBe(4);
    expect(june.source).toBe(ledger.files[0].sha256);
  });

  it("gives no price for units that are not token counts, and says why; notes partial list and contracted costs", () => {
    const [cache, may] = rows;
    expect(cache.model).toBe("cache-store");
    expect(cache.pricePerMillion).toBeNull();
    expect(cache.consumedTokens).toBeNull();
    expect(cache.note).toBe('"1000000 Token-Hours" is not a count of tokens, so no price per 1M tokens is derived from it.');
    expect(may.pricePerMillion).toBe(5);
    expect(may.note).toBe("ContractedCost missing on some rows; the sum covers the rows that state it.");
  });
});
