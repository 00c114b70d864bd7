/*
 * What the Board pack pane says after a freeze or a summary refresh, from what the
 * executor reports: every copy by name, whether it was refreshed in place or is new, and
 * what was kept as the user left it.
 */
import { MAX_BLOCK_CELLS, staysLive } from "./chartFreeze";
import type { ChartDependent } from "./portability";

export interface FreezeReport {
  copies: { copy: string; frozen: number; charted?: number; updated: boolean }[];
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
  const charted = (n = 0) => (n ? `, ${n} chart series plotting frozen values` : "");
  const frozen = r.copies.map((c) => `“${c.copy}” (${c.updated ? "refreshed in place" : "new"}, ${plural(c.frozen, "cell")}${charted(c.charted)})`).join(", ");
  const kept = r.kept.length ? ` Kept as you left ${r.kept.length === 1 ? "it" : "them"}: ${quoted(r.kept)}.` : "";
  const what = r.copies.some((c) => c.charted) ? "Each replaced formula and chart source" : "Each replaced formula";
  return [`Frozen as of ${r.asOf}: ${frozen}. ${what} is in “${r.log}”.${kept}`, ...r.warnings].join(" ");
}

export function summaryMessage(r: SummaryReport): string {
  const how = r.created ? "made" : "refreshed in place (links to it still work)";
  return [`“${r.sheet}” ${how}: it lists ${plural(r.contracts.length, "value contract")}.`, ...r.warnings].join(" ");
}

export interface PortabilityReport {
  dependents: unknown[];
  charts: ChartDependent[];
  perSheet: unknown[];
  warnings: string[];
}

/** After "Check portability": what would break without the add-in, cells and charts, and what could not be checked. */
export function portabilityMessage(r: PortabilityReport): { intent: "success" | "warning"; text: string } {
  const charts = new Set(r.charts.map((c) => `${c.sheet}\u0000${c.chart}`)).size;
  if (r.dependents.length === 0 && charts === 0) {
    const text = "Every formula works without the add-in: the workbook can be shared as it is.";
    return r.warnings.length ? { intent: "warning", text: [text, ...r.warnings].join(" ") } : { intent: "success", text };
  }
  const where = `on ${plural(r.perSheet.length, "sheet")}`;
  const what = r.dependents.length
    ? [`${plural(r.dependents.length, "cell")} ${where} would show #NAME?`, charts ? `${plural(charts, "chart")} would plot nothing` : ""]
    : [`${plural(charts, "chart")} ${where} would plot nothing`];
  // A frozen copy re-points a series that plots one range of another sheet; these it cannot.
  const away = [...new Set(r.charts.filter(staysLive).map((c) => `“${c.chart}” on “${c.sheet}”`))];
  const live = away.length
    ? `${away.join(", ")} plot${away.length === 1 ? "s" : ""} cells of another sheet that a frozen copy cannot re-point (several areas, a name, a table or over ${MAX_BLOCK_CELLS.toLocaleString("en-US")} cells), which stay live: point ${away.length === 1 ? "it" : "them"} at frozen cells by hand.`
    : "";
  return { intent: "warning", text: [`${what.filter(Boolean).join(" and ")} for a reader without the add-in.`, live, ...r.warnings].filter(Boolean).join(" ") };
}
