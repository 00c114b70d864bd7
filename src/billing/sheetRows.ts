import { compareDecimal, decimalToNumber, decimalToString } from "./decimal";
import type { BillingLedger } from "./ledger";
import { linePrice } from "./observedPrice";
import { byCurrency, type CostSums, type CurrencyCosts, mergeCosts, NO_COSTS } from "./sums";

/**
 * One row of the AI Billing sheet's table, as the sheet writer writes it: text and
 * numbers only. Its size depends on the number of lines, never on the file's rows.
 * Text cells (model, allocation, unit) must be written as text: Excel would read a
 * model named "1-2" or a key "2025" as a date or a number.
 */
export interface BillingSheetRow {
  /** SHA-256 of the file the line came from: the key a re-import replaces by. */
  readonly source: string;
  /** "YYYY-MM". */
  readonly month: string;
  /** Excel date serial of the month's first day, for SUMIFS against a schedule of months. */
  readonly monthStart: number;
  readonly allocation: string;
  readonly model: string;
  readonly kind: string;
  readonly line: string;
  readonly currency: string;
  readonly consumedTokens: number | null;
  readonly pricingQuantity: number;
  readonly pricingUnit: string;
  readonly billedCost: number;
  readonly effectiveCost: number;
  readonly listCost: number;
  readonly contractedCost: number;
  /** EffectiveCost per 1M tokens, or `null` with the reason in `note`. */
  readonly pricePerMillion: number | null;
  readonly note: string;
  /** FOCUS rows summed into the line. */
  readonly rows: number;
}

/** Days from Excel's day 0 (1899-12-30) to 1970-01-01. */
const EXCEL_EPOCH_DAYS = 25569;

/**
 * The ledger's lines as sheet rows, in the ledger's order.
 *
 * @example
 * sheetRows(ledger)[0];
 * //=> { source: "9f2c…", month: "2025-05", monthStart: 45778, model: "solora-saturn-4.8", kind: "input",
 * //     line: "Usage", currency: "USD", pricingQuantity: 8.4, effectiveCost: 42, pricePerMillion: 5, … }
 */
export function sheetRows(ledger: BillingLedger): BillingSheetRow[] {
  return ledger.lines.map((line) => {
    const price = linePrice(line);
    const partial = [line.costs.listMissing > 0 ? "ListCost" : "", line.costs.contractedMissing > 0 ? "ContractedCost" : ""].filter(Boolean);
    const notes = [
      price.ok ? "" : price.reason,
      partial.length > 0 ? `${partial.join(" and ")} missing on some rows; the sum covers the rows that state it.` : "",
    ];
    return {
      source: line.source,
      month: line.month,
      monthStart: Date.UTC(Number(line.month.slice(0, 4)), Number(line.month.slice(5, 7)) - 1, 1) / 86400000 + EXCEL_EPOCH_DAYS,
      allocation: line.allocation,
      model: line.model,
      kind: line.kind,
      line: line.line,
      currency: line.currency,
      consumedTokens: line.consumedTokens === null ? null : decimalToNumber(line.consumedTokens),
      pricingQuantity: decimalToNumber(line.pricingQuantity),
      pricingUnit: line.pricingUnit,
      billedCost: decimalToNumber(line.costs.billed),
      effectiveCost: decimalToNumber(line.costs.effective),
      listCost: decimalToNumber(line.costs.list),
      contractedCost: decimalToNumber(line.costs.contracted),
      pricePerMillion: price.ok ? price.perMillion : null,
      note: notes.filter(Boolean).join(" "),
      rows: line.costs.rows,
    };
  });
}

/** The check block of one currency: the table against the files' own sums, exactly. */
export interface CurrencyCheck {
  readonly currency: string;
  /** Σ of the table's lines. */
  readonly lines: CostSums;
  /** Σ of the AI rows of every imported file, as each file was read. */
  readonly files: CostSums;
  /** Σ of the files' other rows, shown so the whole file is accounted for. */
  readonly notAi: CostSums;
  readonly malformed: CostSums;
  /** BilledCost and EffectiveCost of the lines equal the files' to the last decimal. */
  readonly matches: boolean;
  /** Exact text of the four totals, for the sheet to show beside its own SUM. */
  readonly text: { readonly billed: string; readonly effective: string; readonly filesBilled: string; readonly filesEffective: string };
}

/**
 * Per currency, the table's totals against the files' own sums. A failed match means
 * lines were lost or counted twice; the master check shows it.
 */
export function checkLedger(ledger: BillingLedger): CurrencyCheck[] {
  const lines = sumLines(ledger);
  const files = sumFiles(ledger, "kept");
  const notAi = sumFiles(ledger, "notAi");
  const malformed = sumFiles(ledger, "malformed");
  const currencies = [...new Set([...lines.keys(), ...files.keys()])].sort();
  return currencies.map((currency) => {
    const l = lines.get(currency) ?? NO_COSTS;
    const f = files.get(currency) ?? NO_COSTS;
    return {
      currency,
      lines: l,
      files: f,
      notAi: notAi.get(currency) ?? NO_COSTS,
      malformed: malformed.get(currency) ?? NO_COSTS,
      matches: compareDecimal(l.billed, f.billed) === 0 && compareDecimal(l.effective, f.effective) === 0 && l.rows === f.rows,
      text: {
        billed: decimalToString(l.billed, 2),
        effective: decimalToString(l.effective, 2),
        filesBilled: decimalToString(f.billed, 2),
        filesEffective: decimalToString(f.effective, 2),
      },
    };
  });
}

function sumFiles(ledger: BillingLedger, part: "kept" | "notAi" | "malformed"): Map<string, CostSums> {
  const sums = new Map<string, CostSums>();
  for (const file of ledger.files) {
    for (const t of file.totals[part]) sums.set(t.currency, mergeCosts(sums.get(t.currency) ?? NO_COSTS, t));
  }
  return sums;
}

/** Σ of every line per currency, exactly: the figure a test or the pane sets beside a file's own sum. */
export function lineTotals(ledger: BillingLedger): CurrencyCosts[] {
  return byCurrency(sumLines(ledger));
}

function sumLines(ledger: BillingLedger): Map<string, CostSums> {
  const sums = new Map<string, CostSums>();
  for (const line of ledger.lines) sums.set(line.currency, mergeCosts(sums.get(line.currency) ?? NO_COSTS, line.costs));
  return sums;
}
