/*
 * The contract card's choice turned into template options: only sheets the workbook was read to
 * hold get through, the key and currency only with a billing link, and a currency is never guessed
 * between two.
 */
import { TYPED, currenciesFor, keyProblem, linksOf } from "../../src/taskpane/linkChoice";
import type { ActualsSources } from "../../src/templates/valueContract/sources";

const SOURCES: ActualsSources = {
  ladders: [],
  trackers: ["Tracker's Q1"],
  billing: [{ sheet: "AI Billing", keys: [{ key: "lead-scoring-mm", currencies: ["USD", "EUR"] }, { key: "agent", currencies: ["USD"] }] }],
};

test("typed by hand links nothing", () => {
  expect(linksOf(SOURCES, TYPED)).toEqual({ trackerSheet: undefined, billingSheet: undefined, allocationKey: undefined, billingCurrency: undefined });
});

test("a sheet no longer offered is not linked, and a key without a billing link is not written", () => {
  expect(linksOf(SOURCES, { tracker: "Gone", billing: "", key: "agent", currency: "USD" })).toEqual({
    trackerSheet: undefined,
    billingSheet: undefined,
    allocationKey: undefined,
    billingCurrency: undefined,
  });
});

test("a billed key takes its only currency; with two the user's pick, never a guess", () => {
  const billing = { ...TYPED, tracker: "Tracker's Q1", billing: "AI Billing" };
  expect(linksOf(SOURCES, { ...billing, key: "AGENT" })).toMatchObject({ trackerSheet: "Tracker's Q1", allocationKey: "AGENT", billingCurrency: "USD" });
  expect(linksOf(SOURCES, { ...billing, key: "lead-scoring-mm" }).billingCurrency).toBeUndefined();
  expect(linksOf(SOURCES, { ...billing, key: "lead-scoring-mm", currency: "EUR" }).billingCurrency).toBe("EUR");
  expect(linksOf(SOURCES, { ...billing, key: "lead-scoring-mm", currency: "GBP" }).billingCurrency).toBeUndefined();
  expect(currenciesFor(SOURCES, { ...billing, key: "new-key" })).toEqual(["EUR", "USD"]);
});

test("keys the formulas could not match are refused with a reason; blank is allowed (typed on the sheet later)", () => {
  expect(keyProblem("")).toBeUndefined();
  expect(keyProblem("<>team*?~")).toBeUndefined();
  expect(keyProblem("  ")).toMatch(/spaces/);
  expect(keyProblem("a\tb")).toMatch(/control characters/);
  expect(keyProblem("k".repeat(256))).toMatch(/255/);
  expect(linksOf(SOURCES, { ...TYPED, billing: "AI Billing", key: "a\nb" }).allocationKey).toBeUndefined();
});
