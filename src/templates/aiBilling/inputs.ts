/*
 * What the AI Billing sheet keeps from one import to the next: the user's reconciliation
 * inputs and the time each file was imported. The writer reads them off the sheet before
 * rewriting it and hands them back here, by key and month, never by row.
 */
import { WORKFLOW_NAMES } from "../workflowCost";

/** A cell's content as the user left it: a number, a text, or a formula ("=…"). */
export type Kept = string | number;

export interface BillingInputs {
  /** Per allocation key: its cost per completed task, usually a link such as ='Workflow Cost'!CostPerTask. */
  readonly costPerTask: ReadonlyMap<string, Kept>;
  /** Per {@link tasksKey}: completed tasks that month. */
  readonly tasks: ReadonlyMap<string, Kept>;
  /** Per file SHA-256: when it was imported, as shown ("2026-11-27 15:30"). */
  readonly importedAt: ReadonlyMap<string, string>;
}

export const NO_INPUTS: BillingInputs = { costPerTask: new Map(), tasks: new Map(), importedAt: new Map() };

/** The key a month's completed tasks are kept under: allocation key, "YYYY-MM" and currency. */
export function tasksKey(key: string, month: string, currency: string): string {
  return `${key}\u0000${month}\u0000${currency}`;
}

/** "YYYY-MM" of an Excel date serial (the first of a month, as the sheet writes it). */
export function serialMonth(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** The link a pane or script proposes for a key mapped to a Workflow Cost sheet: its scoped name, so moving cells on it never breaks the link. */
export function costLink(quotedSheet: string): string {
  return `=${quotedSheet}!${WORKFLOW_NAMES.CostPerTask}`;
}
