import { addDecimal, type Decimal, decimalToString, ZERO } from "./decimal";
import type { FileImport } from "./importer";
import type { KeyCandidate } from "./proposal";
import type { CurrencyCosts } from "./sums";
import type { TokenKind } from "./tokenKind";

/** What the pane shows before anything is written: all text, ready to display. */
export interface ImportPreview {
  readonly fileName: string;
  readonly sha256: string;
  readonly rows: { readonly read: number; readonly kept: number; readonly notAi: number; readonly malformed: number };
  readonly months: readonly string[];
  /** Per model, the tokens consumed by kind (exact text) and the number of lines. */
  readonly models: readonly { readonly model: string; readonly tokens: readonly { kind: TokenKind; tokens: string }[] }[];
  /** Per currency, the AI rows' totals, and the other rows' so the whole file is seen. */
  readonly currencies: readonly {
    readonly currency: string;
    readonly billed: string;
    readonly effective: string;
    readonly notAiBilled: string;
    readonly malformedBilled: string;
  }[];
  /** Lines the table will have. */
  readonly lines: number;
  readonly malformed: { readonly count: number; readonly first: readonly string[] };
  readonly candidates: readonly KeyCandidate[];
}

/**
 * The preview of an import: months, models with their tokens, currencies with exact
 * totals, malformed rows (the first ten by row number) and the proposed allocation keys.
 *
 * @example
 * previewImport(imported).currencies; //=> [{ currency: "USD", billed: "94.50", effective: "94.50", notAiBilled: "0.00", … }]
 */
export function previewImport(imported: FileImport): ImportPreview {
  const { provenance, lines } = imported;
  const tokens = new Map<string, Map<TokenKind, Decimal>>();
  for (const line of lines) {
    const kinds = tokens.get(line.model) ?? new Map<TokenKind, Decimal>();
    if (line.consumedTokens !== null) kinds.set(line.kind, addDecimal(kinds.get(line.kind) ?? ZERO, line.consumedTokens));
    tokens.set(line.model, kinds);
  }
  const billedOf = (list: readonly CurrencyCosts[], currency: string): string =>
    decimalToString(list.find((t) => t.currency === currency)?.billed ?? ZERO, 2);
  const { kept, notAi, malformed } = provenance.totals;
  const currencies = [...new Set([...kept, ...notAi, ...malformed].map((t) => t.currency))].sort();
  return {
    fileName: provenance.fileName,
    sha256: provenance.sha256,
    rows: { read: provenance.rowsRead, kept: provenance.rowsKept, notAi: provenance.rowsNotAi, malformed: provenance.rowsMalformed },
    months: provenance.months,
    models: [...tokens]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([model, kinds]) => ({ model, tokens: [...kinds].map(([kind, n]) => ({ kind, tokens: decimalToString(n) })) })),
    currencies: currencies.map((currency) => ({
      currency,
      billed: billedOf(kept, currency),
      effective: decimalToString(kept.find((t) => t.currency === currency)?.effective ?? ZERO, 2),
      notAiBilled: billedOf(notAi, currency),
      malformedBilled: billedOf(malformed, currency),
    })),
    lines: lines.length,
    malformed: { count: imported.malformed.count, first: imported.malformed.first.map((p) => p.message) },
    candidates: imported.candidates,
  };
}
