/**
 * Generates large, messy FOCUS exports for the property and scale tests and the bench, and keeps its own
 * tally of what the import must find. Real exports are not the tidy published
 * examples: columns come in any order with extra `x_` columns, descriptions hold
 * commas, quotes and newlines, there are several months and currencies, credits,
 * corrections, commitment purchases, non-AI rows, and tags of some 200 characters.
 *
 * Amounts are drawn as whole micro-units and summed here as plain integers, so the
 * expected totals share no code or arithmetic with the importer's decimals.
 */

import { mulberry32 } from "./random";

export interface GeneratorOptions {
  readonly rows: number;
  readonly seed: number;
  readonly delimiter?: "," | ";" | "\t";
  readonly newline?: "\n" | "\r\n";
  readonly bom?: boolean;
  /** Extra `x_` columns, shuffled among the FOCUS ones. */
  readonly extraColumns?: number;
  /** Bytes per piece handed out by {@link focusPieces}. */
  readonly pieceBytes?: number;
}

/** What the generated file holds, tallied while writing it. Amounts are in micro-units (1e-6). */
export interface Tally {
  rows: number;
  aiRows: number;
  notAiRows: number;
  /** currency → [billed, effective] micro-units over AI rows. */
  ai: Map<string, [number, number]>;
  /** currency → [billed, effective] micro-units over the other rows. */
  notAi: Map<string, [number, number]>;
  /** "model|kind" → tokens consumed. */
  tokens: Map<string, number>;
  /** contract tag value → effective micro-units (USD and EUR apart: "value|currency"). */
  byContract: Map<string, number>;
  /** The distinct lines the summary must have: month, allocation, model, kind, line, currency, unit. */
  groups: Set<string>;
  bytes: number;
}

export function emptyTally(): Tally {
  return { rows: 0, aiRows: 0, notAiRows: 0, ai: new Map(), notAi: new Map(), tokens: new Map(), byContract: new Map(), groups: new Set(), bytes: 0 };
}

const FOCUS_COLUMNS = [
  "BilledCost", "EffectiveCost", "ListCost", "ContractedCost", "BillingCurrency", "ChargePeriodStart", "ChargePeriodEnd",
  "ChargeCategory", "ChargeClass", "ChargeDescription", "ConsumedQuantity", "ConsumedUnit", "PricingQuantity", "PricingUnit",
  "ServiceCategory", "SkuId", "SkuMeter", "SkuPriceDetails", "Tags", "SubAccountId", "ResourceId",
];

const MODELS = ["solora-atlas-5.5", "solora-atlas-5.4-mini", "latticescale.solora-reasoning-pro"];
// Kind as the import must read it, how the row states it (details or only the meter), and the meter text.
const KINDS: readonly [string, Record<string, string>, string][] = [
  ["input", { TokenDirection: "Input", TokenCacheAction: "Uncached" }, "Input Tokens"],
  ["output", { TokenDirection: "Output" }, "Output Tokens"],
  ["cache read", { TokenDirection: "Input", TokenCacheAction: "Read" }, "Cache Read Input Tokens"],
  ["cache write", {}, "Cache Write Input Tokens"],
];
const MONTHS = ["2025-01", "2025-02", "2025-03", "2025-04"];
const CONTRACTS = ["lead-scoring", "claims-triage", "invoice-matching"];

// The line the summary must show a negative row on, spelled out here rather than derived.
const NEGATIVE_LINES = new Map([
  ["Credit|", "Credit"],
  ["Credit|Correction", "Credit correction"],
  ["Usage|", "Usage (negative)"],
  ["Usage|Correction", "Usage correction (negative)"],
]);

const JSON_TEXTS = new Map<string, string>();

/** Tags JSON of some 200 characters; the same few texts repeat, as on real exports. */
function tagsText(team: string, contract: string | null): string {
  const key = `${team}|${contract}`;
  let text = JSON_TEXTS.get(key);
  if (text === undefined) {
    const tags: Record<string, string> = { team, "cost-centre": `cc-${"x".repeat(150)}` };
    if (contract !== null) tags["ai-value-contract"] = contract;
    text = JSON.stringify(tags);
    JSON_TEXTS.set(key, text);
  }
  return text;
}

function detailsText(model: string, details: Record<string, string>): string {
  const key = `${model}|${JSON.stringify(details)}`;
  let text = JSON_TEXTS.get(key);
  if (text === undefined) {
    text = JSON.stringify({ ModelId: model, ...details });
    JSON_TEXTS.set(key, text);
  }
  return text;
}

/** Micro-units as FOCUS text, written in the several ways exports do. */
function money(micro: number, style: number): string {
  const negative = micro < 0;
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / 1e6);
  const fraction = String(abs % 1e6).padStart(6, "0");
  const sign = negative ? "-" : "";
  if (style === 0) return `${sign}${whole}.${fraction}`;
  if (style === 1) return `${sign}${whole}.${fraction.replace(/0+$/, "")}`.replace(/\.$/, "");
  // Exponent form: all the digits, shifted.
  return `${sign}${whole}${fraction}E-6`;
}

function add(map: Map<string, [number, number]>, key: string, billed: number, effective: number): void {
  const sums = map.get(key) ?? [0, 0];
  map.set(key, [sums[0] + billed, sums[1] + effective]);
}

/** The text of one file as lines of records, tallied into `tally`. */
export function* focusRecords(options: GeneratorOptions, tally: Tally): Generator<string> {
  const next = mulberry32(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const delimiter = options.delimiter ?? ",";
  const newline = options.newline ?? "\n";
  const extras = Array.from({ length: options.extraColumns ?? 3 }, (_, i) => `x_Extra${i}`);
  const columns = [...FOCUS_COLUMNS, ...extras].sort(() => next() - 0.5);
  const cell = (text: string): string =>
    text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r") ? `"${text.replace(/"/g, '""')}"` : text;
  yield (options.bom ? "\ufeff" : "") + columns.join(delimiter) + newline;

  for (let r = 0; r < options.rows; r++) {
    const currency = next() < 0.8 ? "USD" : "EUR";
    const month = pick(MONTHS);
    const values: Record<string, string> = {
      BillingCurrency: currency,
      ChargePeriodStart: `${month}-${String(1 + Math.floor(next() * 28)).padStart(2, "0")}T00:00:00Z`,
      ChargePeriodEnd: `${month}-28T00:00:00Z`,
      ChargeDescription: pick(["Tokens, as metered", 'He said "cached"', "Line one\nline two", "plain"]),
      SubAccountId: pick(["sub-a", "sub-b"]),
      ResourceId: `res-${Math.floor(next() * 50)}`,
      ChargeClass: "",
    };
    for (const extra of extras) values[extra] = next() < 0.5 ? "" : `v;${Math.floor(next() * 9)}`;
    const contract = next() < 0.9 ? pick(CONTRACTS) : null;
    values.Tags = tagsText(pick(["ops", "sales"]), contract);
    // The first row is plain AI usage, so even a one-row file has something to import.
    const roll = r === 0 ? 0.5 : next();
    let billed: number;
    let effective: number;
    let group = "";
    if (roll < 0.08) {
      // Not AI: a virtual machine in hours.
      billed = effective = Math.floor(next() * 5e7);
      Object.assign(values, { ChargeCategory: "Usage", ServiceCategory: "Compute", PricingUnit: "Hours", PricingQuantity: "3", ConsumedUnit: "Hours", ConsumedQuantity: "3", SkuId: "vm", SkuMeter: "Compute Hours", SkuPriceDetails: "" });
      tally.notAiRows++;
      add(tally.notAi, currency, billed, effective);
    } else if (roll < 0.1) {
      // A commitment purchase: billed now, recognised later (EffectiveCost 0).
      billed = Math.floor(next() * 1e9);
      effective = 0;
      Object.assign(values, { ChargeCategory: "Purchase", ServiceCategory: "AI and Machine Learning", PricingUnit: "USD", PricingQuantity: "1", ConsumedUnit: "", ConsumedQuantity: "", SkuId: "TOKEN-COMMITMENT", SkuMeter: "Token Commitment", SkuPriceDetails: "" });
      group = "TOKEN-COMMITMENT|none|Purchase|USD";
    } else {
      const model = pick(MODELS);
      const [kind, details, meter] = pick(KINDS);
      const tokens = 1000 * (1 + Math.floor(next() * 5000));
      billed = effective = Math.floor(next() * 2e7);
      let category = "Usage";
      let line = "Usage";
      if (roll < 0.14) {
        // Credits and refunds are negative; a correction reverses part of an earlier charge.
        billed = effective = -billed;
        category = next() < 0.5 ? "Credit" : "Usage";
        values.ChargeClass = next() < 0.5 ? "Correction" : "";
        line = NEGATIVE_LINES.get(`${category}|${values.ChargeClass}`) ?? "";
      }
      // A zero amount is not negative: it stays on the plain line.
      if (billed === 0 && category === "Usage") line = values.ChargeClass === "Correction" ? "Usage correction" : "Usage";
      const perThousand = next() < 0.2;
      Object.assign(values, {
        ChargeCategory: category,
        ServiceCategory: "AI and Machine Learning",
        PricingUnit: perThousand ? "1000 Tokens" : "1000000 Tokens",
        PricingQuantity: String(perThousand ? tokens / 1000 : tokens / 1e6),
        ConsumedUnit: "Tokens",
        ConsumedQuantity: String(tokens),
        SkuId: `${model}-${kind.replace(" ", "-")}`,
        SkuMeter: meter,
        SkuPriceDetails: detailsText(model, details),
      });
      group = `${model}|${kind}|${line}|${perThousand ? "1000 Tokens" : "1000000 Tokens"}`;
      tally.tokens.set(`${model}|${kind}`, (tally.tokens.get(`${model}|${kind}`) ?? 0) + tokens);
    }
    if (values.ServiceCategory !== "Compute") {
      tally.aiRows++;
      add(tally.ai, currency, billed, effective);
      const key = `${contract ?? "(unallocated)"}|${currency}`;
      tally.byContract.set(key, (tally.byContract.get(key) ?? 0) + effective);
      const [model, kind, line, unit] = group.split("|");
      tally.groups.add([month, contract ?? "(unallocated)", model, kind, line, currency, unit].join("|"));
    }
    const style = Math.floor(next() * 3);
    values.BilledCost = money(billed, style);
    values.EffectiveCost = money(effective, style);
    values.ListCost = money(Math.abs(billed) + 1000, 0);
    values.ContractedCost = next() < 0.1 ? "" : money(Math.abs(billed), 1);
    tally.rows++;
    yield columns.map((c) => cell(values[c] ?? "")).join(delimiter) + newline;
  }
}

/** The file as UTF-8 pieces of about `pieceBytes`, generated as they are read: never held whole. */
export function* focusPieces(options: GeneratorOptions, tally: Tally): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  const size = options.pieceBytes ?? 1 << 20;
  let buffer = "";
  for (const record of focusRecords(options, tally)) {
    buffer += record;
    if (buffer.length >= size) {
      const bytes = encoder.encode(buffer);
      tally.bytes += bytes.length;
      yield bytes;
      buffer = "";
    }
  }
  const bytes = encoder.encode(buffer);
  tally.bytes += bytes.length;
  yield bytes;
}

/** The whole file at once, for small property-test files. */
export function focusFile(options: GeneratorOptions, tally: Tally = emptyTally()): Uint8Array {
  return new TextEncoder().encode([...focusRecords(options, tally)].join(""));
}
