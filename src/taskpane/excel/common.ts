/*
 * What every tab asks of Excel alike. The pane's Office.js calls live in this folder, one
 * file a tab, so each tab's chunk carries only the Office code it uses; the components
 * call these and never touch Office.js themselves. Each function is one Excel.run.
 */

/**
 * Asks Office to load the add-in whenever this workbook opens, so its AIVALUE formulas
 * are calculated with the functions known and do not get stuck at #NAME? (office-js
 * #6611, #3558). Office.addin needs SharedRuntime 1.1, which the manifest requires; the
 * check keeps a host without it working. Best effort: the workbook is fine without it.
 */
export function loadWithWorkbook(): void {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1") || !Office.addin?.setStartupBehavior) return;
  Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
}

/** Activates a sheet by name (the link in the result message). */
export function showSheet(name: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

/** Selects one cell, switching to its sheet. */
export function selectCell(sheet: string, ref: string): Promise<void> {
  return Excel.run(async (context) => {
    context.workbook.worksheets.getItem(sheet).getRange(ref).select();
    await context.sync();
  });
}
