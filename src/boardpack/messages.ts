/*
 * What the Board pack pane says after a freeze or a summary refresh, from what the
 * executor reports: every copy by name, whether it was refreshed in place or is new, and
 * what was kept as the user left it.
 */

export interface FreezeReport {
  copies: { copy: string; frozen: number; updated: boolean }[];
  log: string;
  asOf: string;
  kept: string[];
  warnings: string[];
}

export interface SummaryReport {
  sheet: string;
  contracts: string[];
  created: boolean;
  warnings: string[];
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const quoted = (names: string[]) => names.map((n) => `“${n}”`).join(", ");

export function freezeMessage(r: FreezeReport): string {
  const frozen = r.copies.map((c) => `“${c.copy}” (${c.updated ? "refreshed in place" : "new"}, ${plural(c.frozen, "cell")})`).join(", ");
  const kept = r.kept.length ? ` Kept as you left ${r.kept.length === 1 ? "it" : "them"}: ${quoted(r.kept)}.` : "";
  return [`Frozen as of ${r.asOf}: ${frozen}. Each replaced formula is in “${r.log}”.${kept}`, ...r.warnings].join(" ");
}

export function summaryMessage(r: SummaryReport): string {
  const how = r.created ? "made" : "refreshed in place (links to it still work)";
  return [`“${r.sheet}” ${how}: it lists ${plural(r.contracts.length, "value contract")}.`, ...r.warnings].join(" ");
}
