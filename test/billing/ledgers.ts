/*
 * Ledgers for the sheet tests: the published examples, generated exports (several files,
 * so the ledger grows with them), and a synthetic ledger of the largest size the import
 * keeps (MAX_LINES lines), for the request-size proofs.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  type AllocationKey,
  type BillingLedger,
  EMPTY_LEDGER,
  FocusImport,
  type FileImport,
  isLedgerProblem,
  type LedgerLine,
  lineTotals,
  mergeImport,
  parseDecimal,
  type Provenance,
} from "../../src/billing";
import { focusFile } from "../../harness/focusGenerator";

export const FIXTURES = join(__dirname, "../fixtures/focus");

/** Reads one export's bytes through the import the pane uses. */
export function importBytes(fileName: string, bytes: Uint8Array, allocation: AllocationKey | null): FileImport {
  const reading = new FocusImport({ fileName, allocation });
  reading.push(bytes);
  const outcome = reading.finish();
  if (!outcome.ok) throw new Error(outcome.problem.message);
  return outcome.value;
}

/** The ledger after importing each file in turn. */
export function ledgerOf(files: readonly FileImport[], start: BillingLedger = EMPTY_LEDGER): BillingLedger {
  return files.reduce((ledger, file) => {
    const merged = mergeImport(ledger, file);
    if (isLedgerProblem(merged)) throw new Error(merged.message);
    return merged.ledger;
  }, start);
}

export function fixture(name: string, allocation: AllocationKey | null = null): FileImport {
  return importBytes(name, readFileSync(join(FIXTURES, name)), allocation);
}

/** `files` generated exports of `rows` rows each, allocated by the contract tag. */
export function generatedLedger(files: number, rows: number, seed = 1): BillingLedger {
  const imports = Array.from({ length: files }, (_, i) => importBytes(`export-${i + 1}.csv`, focusFile({ rows, seed: seed + i }), { tag: "ai-value-contract" }));
  return ledgerOf(imports);
}

const d = (text: string) => parseDecimal(text)!;

/** A ledger of `count` distinct lines with long-ish model and key names: the size the sheet must still write. */
export function syntheticLedger(count: number): BillingLedger {
  const sha = "ab".repeat(32);
  const file: Provenance = {
    sha256: sha,
    fileName: "synthetic-focus-export-2025.csv",
    bytes: 2_000_000_000,
    focusVersion: "1.1 or later",
    delimiter: ",",
    rowsRead: count,
    rowsKept: count,
    rowsNotAi: 0,
    rowsMalformed: 0,
    allocation: { tag: "ai-value-contract" },
    months: ["2025-01"],
    currencies: ["USD"],
    // Filled below with the lines' own sums: the sheet's records are checked against them when read back.
    totals: { kept: [], notAi: [], malformed: [] },
  };
  const lines: LedgerLine[] = Array.from({ length: count }, (_, i) => ({
    source: sha,
    month: `2025-${String(1 + (i % 12)).padStart(2, "0")}`,
    allocation: `contract-${String(i % 500).padStart(4, "0")}-workflow`,
    model: `provider.model-family-${i % 20}-long-variant-name`,
    kind: (["input", "output", "cache read", "cache write"] as const)[i % 4],
    line: "Usage",
    currency: "USD",
    pricingUnit: "1000000 Tokens",
    pricingQuantity: d(`${i % 1000}.123456`),
    consumedTokens: d(`${(i % 1000) * 1000000 + 123456}`),
    costs: {
      billed: d(`${i}.123456789`),
      effective: d(`${i}.123456789`),
      list: d(`${i + 1}.5`),
      contracted: d(`${i}.25`),
      rows: 1,
      listMissing: 0,
      contractedMissing: 0,
    },
  }));
  return { files: [{ ...file, totals: { ...file.totals, kept: lineTotals({ files: [], lines }) } }], lines };
}
