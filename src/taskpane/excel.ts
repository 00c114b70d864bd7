/*
 * Everything the task pane asks of Excel, each in one Excel.run. The pane's components
 * call these and never touch Office.js themselves.
 */
import { freezeSheets, scanForBoardPack, type FreezeResult } from "../office/freeze";
import { insertTemplate, type InsertResult } from "../office/insert";
import type { WorkbookScan } from "../office/scan";
import { refreshBoardSummary, type SummaryResult } from "../office/summary";
import { FROZEN_MARK } from "../boardpack/marks";
import type { TemplateOptions } from "../sheet/spec";
import { isEvidenceLadder } from "../templates/evidenceLadder";
import { TEMPLATES, type InsertableId } from "../templates";

/** Inserts a template as new sheets (two syncs); see office/insert.ts. */
export function insert(id: InsertableId, options: TemplateOptions): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const spec = TEMPLATES[id](options);
    return insertTemplate(context, spec, options, Office.context.requirements);
  });
}

/** Sheets that hold an evidence ladder (by its mark, so a renamed one is found; never a frozen copy), for a contract to link to. */
export function listLadders(): Promise<string[]> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const names = sheets.items.map((ws) => ws.names.load("items/name"));
    await context.sync();
    const scoped = names.map((n) => new Set(n.items.map((item) => item.name.toLowerCase())));
    return sheets.items.filter((_, i) => isEvidenceLadder(scoped[i]) && !scoped[i].has(FROZEN_MARK.toLowerCase())).map((s) => s.name);
  });
}

/** Activates a sheet by name (the link in the result message). */
export function showSheet(name: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** Puts a formula into the selected cell (the top-left one of a larger selection) and returns its address. */
export function putFormula(formula: string): Promise<string> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0);
    cell.formulas = [[formula]];
    cell.load("address");
    await context.sync();
    return cell.address;
  });
}

/** Finds every cell that needs the add-in, leaving out the add-in's own log and frozen copies (see office/freeze.ts). */
export function scanPortability(): Promise<WorkbookScan> {
  return Excel.run((context) => scanForBoardPack(context));
}

/** Selects one cell, switching to its sheet. */
export function selectCell(sheet: string, ref: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(ref).select();
    await context.sync();
  });
}

export function freezeForBoard(sheets: string[]): Promise<FreezeResult> {
  return Excel.run((context) => freezeSheets(context, sheets, Office.context.requirements, new Date()));
}

export function buildBoardSummary(currencyFormat: string): Promise<SummaryResult> {
  return Excel.run((context) => refreshBoardSummary(context, Office.context.requirements, new Date(), currencyFormat));
}
