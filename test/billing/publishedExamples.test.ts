/**
 * Every published FOCUS AI example, imported: its totals, tokens and unit prices must
 * come out exactly as the appendix page that explains it states them, and the totals
 * must also equal an independent sum of the file (a separate CSV split and integer
 * micro-unit arithmetic, sharing no code with the import).
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  checkLedger,
  decimalToString,
  EMPTY_LEDGER,
  FocusImport,
  type FileImport,
  isLedgerProblem,
  linePrice,
  mergeImport,
  priceRows,
} from "../../src/billing";

const FIXTURES = join(__dirname, "../fixtures/focus");

/** model, kind, tokens consumed, price per 1M tokens (EffectiveCost), as the appendix states them. */
type Usage = [string, string, number, number];

interface Example {
  billed: string;
  effective: string;
  usage: Usage[];
  /** Lines other than usage: [line, BilledCost, EffectiveCost]. */
  other?: [string, string, string][];
  list?: string;
  contracted?: string;
}

const EXAMPLES: Record<string, Example> = {
  // "Input tokens are priced at $5.00 … output tokens at $25.00 … 8,400,000 input tokens and 2,100,000 output tokens."
  "per_token_foundation_model_api.csv": {
    billed: "94.50",
    effective: "94.50",
    usage: [["solora-saturn-4.8", "input", 8400000, 5], ["solora-saturn-4.8", "output", 2100000, 25]],
  },
  // Atlas 5.5 at $5/$25, 10M in and 2M out; Atlas 5.4 Mini at $0.75/$4.50, 3M in and 0.5M out.
  "multi_model_usage.csv": {
    billed: "104.50",
    effective: "104.50",
    usage: [
      ["solora-atlas-5.4-mini", "input", 3000000, 0.75],
      ["solora-atlas-5.4-mini", "output", 500000, 4.5],
      ["solora-atlas-5.5", "input", 10000000, 5],
      ["solora-atlas-5.5", "output", 2000000, 25],
    ],
  },
  // Cache reads at $0.20 and cache writes at $2.50 per 1M; 50M reads and 15M writes.
  "cached_tokens_via_csp_marketplace.csv": {
    billed: "47.50",
    effective: "47.50",
    usage: [["solora-neptune-5.0", "cache read", 50000000, 0.2], ["solora-neptune-5.0", "cache write", 15000000, 2.5]],
  },
  "foundation_model_via_csp_marketplace.csv": {
    billed: "47.50",
    effective: "47.50",
    usage: [["solora-neptune-5.0", "cache read", 50000000, 0.2], ["solora-neptune-5.0", "cache write", 15000000, 2.5]],
  },
  // $0.75 input and $4.50 output per 1M; 3M input and 500K output; ModelId namespaced by the CSP.
  "csp_served_foundation_model_first_party.csv": {
    billed: "4.50",
    effective: "4.50",
    usage: [["aura-web.solora-jupiter-5", "input", 3000000, 0.75], ["aura-web.solora-jupiter-5", "output", 500000, 4.5]],
  },
  "csp_served_frontier_model_first_party.csv": {
    billed: "4.50",
    effective: "4.50",
    usage: [["aura-web.solora-jupiter-5", "input", 3000000, 0.75], ["aura-web.solora-jupiter-5", "output", 500000, 4.5]],
  },
  // A $500,000.00 commitment purchase (BilledCost, EffectiveCost 0), then 5M input and 1.5M output drawn down at
  // $4.00 / $20.00 effective ("contracted unit prices 20% below list … $5.00 / $25.00").
  "drawdown_via_prepayment_foundation_model_api.csv": {
    billed: "500000.00",
    effective: "50.00",
    usage: [["solora-saturn-5.0", "input", 5000000, 4], ["solora-saturn-5.0", "output", 1500000, 20]],
    other: [["Purchase", "500000.00", "0.00"]],
    list: "500062.50",
    contracted: "500050.00",
  },
  // Same, but "ListCost and ContractedCost are equal ($25.00 input and $37.50 output)"; the benefit is in EffectiveCost alone.
  "drawdown_via_prepayment_frontier_model_api.csv": {
    billed: "500000.00",
    effective: "50.00",
    usage: [["solora-saturn-5.0", "input", 5000000, 4], ["solora-saturn-5.0", "output", 1500000, 20]],
    other: [["Purchase", "500000.00", "0.00"]],
    list: "500062.50",
    contracted: "500062.50",
  },
  // Jupiter $5/$30 (100M in, 50M out); Mars $2.50/$15 (5M, 1.5M); Venus $1/$6 (750K, 250K), cache read $0.10 (100K),
  // cache write $1.25 (80K).
  "multi_model_invoice_via_csp_marketplace.csv": {
    billed: "2037.36",
    effective: "2037.36",
    usage: [
      ["solora-atlas-5.6-jupiter", "input", 100000000, 5],
      ["solora-atlas-5.6-jupiter", "output", 50000000, 30],
      ["solora-atlas-5.6-mars", "input", 5000000, 2.5],
      ["solora-atlas-5.6-mars", "output", 1500000, 15],
      ["solora-atlas-5.6-venus", "cache read", 100000, 0.1],
      ["solora-atlas-5.6-venus", "cache write", 80000, 1.25],
      ["solora-atlas-5.6-venus", "input", 750000, 1],
      ["solora-atlas-5.6-venus", "output", 250000, 6],
    ],
  },
  // 500K uncached input at $3, 2M cache writes at $3.75, 8M cache reads at $0.30, 1.5M output at $15;
  // "the input-side charges total $1.50 + $7.50 + $2.40 = $11.40".
  "ai_prompt_caching_a.csv": {
    billed: "33.90",
    effective: "33.90",
    usage: [
      ["solora-reasoning-pro", "cache read", 8000000, 0.3],
      ["solora-reasoning-pro", "cache write", 2000000, 3.75],
      ["solora-reasoning-pro", "input", 500000, 3],
      ["solora-reasoning-pro", "output", 1500000, 15],
    ],
  },
  // 5M input at $3 and 1.5M output at $15.
  "ai_model_identity_a.csv": {
    billed: "37.50",
    effective: "37.50",
    usage: [["solora-reasoning-pro", "input", 5000000, 3], ["solora-reasoning-pro", "output", 1500000, 15]],
  },
};

function importFixture(name: string): FileImport {
  const reading = new FocusImport({ fileName: name, allocation: null });
  reading.push(readFileSync(join(FIXTURES, name)));
  const outcome = reading.finish();
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

/** An independent reading: split records by hand, sum a column as integer micro-units. */
function independentSum(name: string, column: string): number {
  const text = readFileSync(join(FIXTURES, name), "utf8").replace(/\r\n/g, "\n").trimEnd();
  const [header, ...rows] = text.split("\n").map(splitRecord);
  const at = header.indexOf(column);
  return rows.reduce((sum, row) => sum + Math.round(Number(row[at]) * 1e6), 0);
}

function splitRecord(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === "," && !quoted) {
      fields.push(field);
      field = "";
    } else {
      field += c;
    }
  }
  return [...fields, field];
}

describe.each(Object.keys(EXAMPLES))("the published example %s", (name) => {
  const example = EXAMPLES[name];
  const imported = importFixture(name);
  const usd = imported.provenance.totals.kept.find((t) => t.currency === "USD");

  it("totals BilledCost and EffectiveCost as the appendix states, and as the file sums", () => {
    expect(imported.provenance.totals.kept.map((t) => t.currency)).toEqual(["USD"]);
    expect(decimalToString(usd!.billed, 2)).toBe(example.billed);
    expect(decimalToString(usd!.effective, 2)).toBe(example.effective);
    expect(Math.round(Number(decimalToString(usd!.billed)) * 1e6)).toBe(independentSum(name, "BilledCost"));
    expect(Math.round(Number(decimalToString(usd!.effective)) * 1e6)).toBe(independentSum(name, "EffectiveCost"));
    if (example.list) expect(decimalToString(usd!.list, 2)).toBe(example.list);
    if (example.contracted) expect(decimalToString(usd!.contracted, 2)).toBe(example.contracted);
  });

  it("keeps every row as AI usage, and sees FOCUS 1.1 columns", () => {
    const { rowsRead, rowsKept, rowsNotAi, rowsMalformed, focusVersion } = imported.provenance;
    expect([rowsKept, rowsNotAi, rowsMalformed]).toEqual([rowsRead, 0, 0]);
    expect(focusVersion).toBe("1.1 or later");
  });

  it("reads each model's tokens by kind and prices them per 1M tokens as the appendix states", () => {
    const usage = imported.lines
      .filter((line) => line.line === "Usage")
      .map((line) => {
        const price = linePrice(line);
        return [line.model, line.kind, Number(decimalToString(line.consumedTokens!)), price.ok ? price.perMillion : NaN];
      });
    expect(usage).toEqual(example.usage);
  });

  it("keeps purchases on their own line: in BilledCost, not in EffectiveCost", () => {
    const other = imported.lines
      .filter((line) => line.line !== "Usage")
      .map((line) => [line.line, decimalToString(line.costs.billed, 2), decimalToString(line.costs.effective, 2)]);
    expect(other).toEqual(example.other ?? []);
  });

  it("reconciles the table with the file in the check block, and offers the prices to the Price Book", () => {
    const merged = mergeImport(EMPTY_LEDGER, imported);
    if (isLedgerProblem(merged)) throw new Error(merged.message);
    const [check] = checkLedger(merged.ledger);
    expect(check).toMatchObject({ currency: "USD", matches: true, text: { billed: example.billed, effective: example.effective } });
    const prices = priceRows(merged.ledger).prices.map((p) => [p.model, p.kind, p.perMillion, p.source]);
    expect(prices).toEqual(example.usage.map(([model, kind, , price]) => [model, kind, price, `FOCUS export ${name}, ${imported.provenance.months[0]}`]));
  });
});
