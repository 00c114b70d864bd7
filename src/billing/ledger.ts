import type { BillingLine } from "./aggregate";
import type { FileImport, Provenance } from "./importer";
import type { AllocationKey } from "./proposal";

/** A line of the AI Billing table with the file it came from. */
export interface LedgerLine extends BillingLine {
  /** The SHA-256 of the file the line was read from: its provenance key. */
  readonly source: string;
}

/** What the AI Billing sheet holds: the files imported and their lines, never raw rows. */
export interface BillingLedger {
  readonly files: readonly Provenance[];
  readonly lines: readonly LedgerLine[];
}

/** A sheet with nothing imported yet. */
export const EMPTY_LEDGER: BillingLedger = { files: [], lines: [] };

/** The ledger after an import, and what the pane should tell the user about it. */
export interface LedgerMerge {
  readonly ledger: BillingLedger;
  /** The earlier import of the same file (same SHA-256) that this one replaces. */
  readonly replaced: Provenance | null;
  /** Other files already holding lines for the same month and currency: added to, not replaced. */
  readonly sharedMonths: readonly { readonly month: string; readonly currency: string; readonly files: readonly string[] }[];
}

/** Why an import cannot join the ledger. */
export interface LedgerProblem {
  readonly kind: "allocation-differs";
  readonly message: string;
}

/**
 * Adds an import to the ledger. The same file (same SHA-256) replaces its earlier lines,
 * whatever its name; a different file adds its lines beside the others, each carrying
 * its own provenance. So importing twice changes nothing, and no line is counted twice.
 * All files of one sheet share one allocation key, or the key column would mix kinds.
 *
 * @example
 * const once = mergeImport(EMPTY_LEDGER, may);   // { ledger: 1 file, replaced: null, … }
 * const twice = mergeImport(once.ledger, may);   // same lines, replaced: may's provenance
 */
export function mergeImport(ledger: BillingLedger, imported: FileImport): LedgerMerge | LedgerProblem {
  const { provenance } = imported;
  const others = ledger.files.filter((file) => file.sha256 !== provenance.sha256);
  const differing = others.find((file) => !sameAllocation(file.allocation, provenance.allocation));
  if (differing !== undefined) {
    return {
      kind: "allocation-differs",
      message:
        `${differing.fileName} was imported by ${allocationName(differing.allocation)}; ${provenance.fileName} is by ` +
        `${allocationName(provenance.allocation)}. Import it by the same key, or into a new AI Billing sheet.`,
    };
  }
  const replaced = ledger.files.find((file) => file.sha256 === provenance.sha256) ?? null;
  const kept = ledger.lines.filter((line) => line.source !== provenance.sha256);
  const added = imported.lines.map((line) => ({ ...line, source: provenance.sha256 }));
  return {
    ledger: { files: [...others, provenance], lines: [...kept, ...added] },
    replaced,
    sharedMonths: sharedMonths(others, kept, imported),
  };
}

/**
 * The ledger a sheet already keeps with a newer one laid over it: a file in both (same
 * SHA-256) takes the newer's lines, a file only on the sheet is kept as it was, so an
 * import in a later session never loses an earlier one and never counts a file twice.
 *
 * @example
 * overlay(storedOnSheet, ledgerOf([june])); // May's file (stored) and June's, May's lines untouched
 */
export function overlay(stored: BillingLedger, fresh: BillingLedger): BillingLedger | LedgerProblem {
  const renewed = new Set(fresh.files.map((file) => file.sha256));
  const kept = stored.files.filter((file) => !renewed.has(file.sha256));
  const [first] = fresh.files;
  const differing = first === undefined ? undefined : kept.find((file) => !sameAllocation(file.allocation, first.allocation));
  if (differing !== undefined) {
    return {
      kind: "allocation-differs",
      message:
        `${differing.fileName}, already on the sheet, was imported by ${allocationName(differing.allocation)}; ${first.fileName} is by ` +
        `${allocationName(first.allocation)}. Import it by the same key, or into a new AI Billing sheet.`,
    };
  }
  // A replaced file keeps its place, so importing it again in any session leaves the sheet as it was.
  const incoming = new Map(fresh.files.map((file) => [file.sha256, file]));
  const files = [...stored.files.map((file) => incoming.get(file.sha256) ?? file), ...fresh.files.filter((file) => !stored.files.some((s) => s.sha256 === file.sha256))];
  const lines = files.flatMap((file) => (renewed.has(file.sha256) ? fresh : stored).lines.filter((line) => line.source === file.sha256));
  return { files, lines };
}

/** True when `x` is a {@link LedgerProblem}. */
export function isLedgerProblem(x: LedgerMerge | LedgerProblem): x is LedgerProblem {
  return "kind" in x;
}

/** How a key reads in a sentence: `tag "ai-value-contract"`, `column "SubAccountId"`, `no key`. */
export function allocationName(key: AllocationKey | null): string {
  if (key === null) return "no allocation key";
  return "tag" in key ? `tag "${key.tag}"` : `column "${key.column}"`;
}

function sameAllocation(a: AllocationKey | null, b: AllocationKey | null): boolean {
  return allocationName(a) === allocationName(b);
}

function sharedMonths(others: readonly Provenance[], kept: readonly LedgerLine[], imported: FileImport): LedgerMerge["sharedMonths"] {
  const incoming = new Set(imported.lines.map((line) => `${line.month} ${line.currency}`));
  const names = new Map(others.map((file) => [file.sha256, file.fileName]));
  const shared = new Map<string, Set<string>>();
  for (const line of kept) {
    const key = `${line.month} ${line.currency}`;
    if (!incoming.has(key)) continue;
    const files = shared.get(key) ?? new Set<string>();
    files.add(names.get(line.source) ?? line.source);
    shared.set(key, files);
  }
  return [...shared]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, files]) => {
      const [month, currency] = key.split(" ");
      return { month, currency, files: [...files].sort() };
    });
}
