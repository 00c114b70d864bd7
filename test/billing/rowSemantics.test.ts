import { chargeLine, isAiCharge } from "../../src/billing/charge";
import { chargeMonth } from "../../src/billing/chargeMonth";
import { isHeaderProblem, readHeader, REQUIRED_COLUMNS } from "../../src/billing/columns";
import { parseDecimal } from "../../src/billing/decimal";
import { observedPrice } from "../../src/billing/observedPrice";
import { tokenKind } from "../../src/billing/tokenKind";
import { tokenUnit } from "../../src/billing/tokenUnits";

const d = (text: string) => parseDecimal(text)!;

describe("readHeader", () => {
  it("says which required columns are missing, by name", () => {
    const header = readHeader(["BilledCost", "EffectiveCost", "Cost", "Date"]);
    expect(header).toEqual({
      kind: "not-focus",
      missing: ["BillingCurrency", "ChargePeriodStart", "ChargeCategory", "PricingQuantity", "PricingUnit"],
      message:
        'This is not a FOCUS cost and usage file: it has no "BillingCurrency", "ChargePeriodStart", "ChargeCategory", ' +
        '"PricingQuantity" and "PricingUnit" columns. Export cost and usage in the FOCUS format (1.0 or later) and pick that file.',
    });
  });

  it("finds columns in any order and case, and lists allocation candidates", () => {
    const names = ["x_Team", ...REQUIRED_COLUMNS.map((c) => c.toLowerCase()), "Tags", "SubAccountId", "ResourceId"];
    const header = readHeader(names);
    if (isHeaderProblem(header)) throw new Error(header.message);
    expect(header.index.BilledCost).toBe(1);
    expect(header.index.Tags).toBe(8);
    expect(header.index.SkuPriceDetails).toBe(-1);
    expect([...header.keyColumns.keys()]).toEqual(["SubAccountId", "ResourceId", "x_Team"]);
  });

  it("tells the earliest FOCUS version the columns show", () => {
    const version = (extra: string[]) => {
      const header = readHeader([...REQUIRED_COLUMNS, ...extra]);
      return isHeaderProblem(header) ? header.message : header.version;
    };
    expect(version(["SkuPriceDetails", "ConsumedQuantity"])).toBe("1.1 or later");
    expect(version(["ConsumedQuantity"])).toBe("1.0 or later");
    expect(version([])).toBe("before 1.0 (no ConsumedQuantity column)");
  });

  it("refuses a column that appears twice", () => {
    expect(readHeader([...REQUIRED_COLUMNS, "BilledCost"])).toMatchObject({
      kind: "not-focus",
      message: 'The column "BilledCost" appears more than once, so its values are ambiguous.',
    });
  });
});

describe("chargeMonth", () => {
  it.each([
    ["2025-05-01T00:00:00Z", "2025-05"],
    ["2025-05-31T23:59:59.999Z", "2025-05"],
    ["2025-06-01T01:00:00+02:00", "2025-05"],
    ["2025-05-31T22:00:00-05:00", "2025-06"],
    ["2025-05-01", "2025-05"],
    ["2025-05-01 00:00:00", "2025-05"],
  ])("puts %s in %s (UTC)", (text, month) => {
    expect(chargeMonth(text)).toBe(month);
  });

  it.each(["01/05/2025", "2025-13-01T00:00:00Z", "2025-02-30", "May 2025", ""])("refuses %p", (text) => {
    expect(chargeMonth(text)).toBeNull();
  });
});

describe("tokenKind", () => {
  it("reads TokenCacheAction first, then TokenDirection (or the older TokenType)", () => {
    expect(tokenKind({ TokenCacheAction: "Read", TokenDirection: "Input" }, "Input Tokens", true)).toBe("cache read");
    expect(tokenKind({ TokenCacheAction: "Write", TokenDirection: "Input" }, "", true)).toBe("cache write");
    expect(tokenKind({ TokenCacheAction: "Other" }, "", true)).toBe("cache other");
    expect(tokenKind({ TokenCacheAction: "Uncached", TokenDirection: "Input" }, "Cache Read", true)).toBe("input");
    expect(tokenKind({ TokenDirection: "Output" }, "Input Tokens", true)).toBe("output");
    expect(tokenKind({ TokenType: "Output" }, "", true)).toBe("output");
  });

  it.each([
    ["Cache Read Input Tokens", "cache read"],
    ["Cached Input Tokens", "cache read"],
    ["Prompt cache hit tokens", "cache read"],
    ["Cache Write Input Tokens", "cache write"],
    ["Cache creation input tokens", "cache write"],
    ["Output Tokens", "output"],
    ["Reasoning tokens", "output"],
    ["Completion tokens", "output"],
    ["Input Tokens", "input"],
    ["Prompt tokens", "input"],
    ["Tokens", "unspecified"],
  ])("falls back on the meter's words: %s → %s", (meter, kind) => {
    expect(tokenKind({}, meter, true)).toBe(kind);
  });

  it("says 'none' for charges not metered in tokens, and ignores odd property values", () => {
    expect(tokenKind({}, "Token Commitment", false)).toBe("none");
    expect(tokenKind({ TokenCacheAction: "constructor", TokenDirection: 3 }, "Input Tokens", true)).toBe("input");
  });
});

describe("tokenUnit and observedPrice", () => {
  it.each([
    ["1000000 Tokens", 1000000],
    ["1000 Tokens", 1000],
    ["Tokens", 1],
    ["token", 1],
    ["1M Tokens", 1000000],
    ["1K tokens", 1000],
  ])("reads %s as %d tokens", (unit, tokens) => {
    expect(tokenUnit(unit)).toEqual({ ok: true, tokens: BigInt(tokens) });
  });

  it.each(["1000000 Token-Hours", "Characters", "Requests", "", "0 Tokens", "Hours"])("refuses %p in words", (unit) => {
    const parsed = tokenUnit(unit);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/is not a count of tokens, so no price per 1M tokens is derived from it\.$/);
  });

  it("prices per 1M tokens whatever the block the provider priced in", () => {
    expect(observedPrice(d("42.00"), d("8.40"), "1000000 Tokens")).toEqual({ ok: true, perMillion: 5 });
    expect(observedPrice(d("42.00"), d("8400"), "1000 Tokens")).toEqual({ ok: true, perMillion: 5 });
    expect(observedPrice(d("42.00"), d("8400000"), "Tokens")).toEqual({ ok: true, perMillion: 5 });
  });

  it("gives no price for token-hours or zero quantities, and says why", () => {
    expect(observedPrice(d("6"), d("6"), "1000000 Token-Hours")).toEqual({
      ok: false,
      reason: '"1000000 Token-Hours" is not a count of tokens, so no price per 1M tokens is derived from it.',
    });
    expect(observedPrice(d("6"), d("0"), "1000000 Tokens")).toMatchObject({ ok: false });
  });
});

describe("chargeLine and isAiCharge", () => {
  it("keeps credits, corrections and negative amounts on lines of their own", () => {
    expect(chargeLine("Usage", "", false)).toBe("Usage");
    expect(chargeLine("usage", "", true)).toBe("Usage (negative)");
    expect(chargeLine("Usage", "Correction", true)).toBe("Usage correction (negative)");
    expect(chargeLine("Credit", "", true)).toBe("Credit");
    expect(chargeLine("Adjustment", "Correction", false)).toBe("Adjustment correction");
    expect(chargeLine("Purchase", "", false)).toBe("Purchase");
    expect(chargeLine("", "", false)).toBe("(no category)");
  });

  it("counts as AI usage the AI service category, token units and model details", () => {
    expect(isAiCharge("AI and Machine Learning", false, {})).toBe(true);
    expect(isAiCharge("Compute", true, {})).toBe(true);
    expect(isAiCharge("", false, { ModelId: "m" })).toBe(true);
    expect(isAiCharge("Compute", false, { CoreCount: 4 })).toBe(false);
  });
});
