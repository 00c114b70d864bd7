/*
 * What the Actuals tab reads before it offers the write, in one Excel.run of two syncs (three
 * when an AI Billing sheet exists): the files the sheet already lists, the cost links the user
 * already made in its reconciliation, the Workflow Cost Models a key can be mapped to, and the
 * Price Book observed prices would go to. Sheets are known by their marks, never their titles.
 */
import { validSheetName } from "../sheet/a1";
import type { Kept } from "../templates/aiBilling";
import { TEMPLATE_MARKS } from "../templates/marks";
import { WORKFLOW_NAMES } from "../templates/workflowCost";
import { hasMark, type NamedSheet, nameRange, queueRead, readInputs, readSheets } from "./billingRead";
import type { ExcelPort } from "./port";

export interface BillingState {
  /** Files the AI Billing sheet lists: SHA-256 → file name. Empty without a sheet. */
  readonly listed: ReadonlyMap<string, string>;
  /** Allocation keys the sheet's reconciliation lists, each with what its cost cell holds (undefined: blank). */
  readonly mapping: ReadonlyMap<string, Kept | undefined>;
  /** Workflow Cost Model sheets a key can be linked to, in workbook order. */
  readonly workflowSheets: readonly string[];
  /** The Price Book observed prices would be added to, or null when the workbook has none. */
  readonly priceBook: string | null;
}

/**
 * True when `sheet` is a Workflow Cost Model whose cost per completed task a formula can link
 * to: it carries the mark (not a frozen copy), defines CostPerTask on a cell, and its name is
 * one Excel accepts (checked, since it goes into a formula).
 */
export function isWorkflowCostModel(sheet: NamedSheet): boolean {
  if (!hasMark(sheet, TEMPLATE_MARKS.workflowCost) || !validSheetName(sheet.name)) return false;
  const cost = sheet.names.find((n) => n.name.toLowerCase() === WORKFLOW_NAMES.CostPerTask.toLowerCase());
  return nameRange(cost) !== null;
}

/** Reads the {@link BillingState}: 2 syncs, 3 when the workbook has an AI Billing sheet. */
export async function readBillingState(context: ExcelPort): Promise<BillingState> {
  const { sheets, handles } = await readSheets(context);
  const workflowSheets = sheets.filter(isWorkflowCostModel).map((s) => s.name);
  const priceBook = sheets.find((s) => hasMark(s, TEMPLATE_MARKS.priceBook))?.name ?? null;
  const billing = sheets.find((s) => hasMark(s, TEMPLATE_MARKS.aiBilling));
  if (billing === undefined) return { listed: new Map(), mapping: new Map(), workflowSheets, priceBook };
  const read = queueRead(handles.get(billing.name)!, billing);
  await context.sync();
  const { inputs, listed } = readInputs(read);
  const mapping = new Map<string, Kept | undefined>();
  // Every key the block lists, mapped or not: a key from an earlier file can be mapped now too.
  for (const [key] of read.mapping?.formulas ?? []) if (typeof key === "string" && key !== "") mapping.set(key, inputs.costPerTask.get(key));
  return { listed, mapping, workflowSheets, priceBook };
}

/** The sheet a cost cell links to, when it is exactly the link the pane writes (='Sheet'!CostPerTask). */
export function linkedSheet(cost: Kept | undefined, workflowSheets: readonly string[]): string | null {
  if (typeof cost !== "string") return null;
  const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\w+)$/.exec(cost);
  if (m === null || m[3].toLowerCase() !== WORKFLOW_NAMES.CostPerTask.toLowerCase()) return null;
  const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return workflowSheets.find((s) => s.toLowerCase() === name.toLowerCase()) ?? null;
}
