/* The Board pack tab's requests to Excel: portability, repair, freeze, summary and portfolio. */
import { freezeSheets, scanForBoardPack, type FreezeResult } from "../../office/freeze";
import { FreezeUndoRefused } from "../../office/freezeUndo";
import { refreshPortfolio, type PortfolioResult } from "../../office/portfolio";
import { repairStuckFormulas, type RepairResult } from "../../office/repair";
import { scanWorkbook, type WorkbookScan } from "../../office/scan";
import { refreshBoardSummary, type SummaryResult } from "../../office/summary";
import { loadWithWorkbook } from "./common";

/** Finds every cell that needs the add-in, leaving out the add-in's own log and frozen copies (see office/freeze.ts). */
export async function scanPortability(): Promise<WorkbookScan> {
  const scan = await Excel.run((context) => scanForBoardPack(context, Office.context.requirements));
  if (scan.dependents.some((d) => d.direct)) loadWithWorkbook();
  return scan;
}

/** Scans again and re-enters the AIVALUE formulas stuck at #NAME? (see office/repair.ts). */
export async function repairNameErrors(): Promise<RepairResult> {
  const result = await Excel.run(async (context) => repairStuckFormulas(context, await scanWorkbook(context, Office.context.requirements)));
  loadWithWorkbook();
  return result;
}

export function freezeForBoard(sheets: string[]): Promise<FreezeResult> {
  return Excel.run((context) => freezeSheets(context, sheets, Office.context.requirements, new Date()));
}

/** Runs a refused freeze's undo once more; resolves with what to say when it is done, rejects when Excel refuses again. */
export async function finishUndo(refused: FreezeUndoRefused): Promise<string> {
  const outcome = await Excel.run((context) => refused.undoAgain(context));
  if (outcome instanceof FreezeUndoRefused) throw outcome;
  return outcome.message;
}

export function buildBoardSummary(currencyFormat: string): Promise<SummaryResult> {
  return Excel.run((context) => refreshBoardSummary(context, Office.context.requirements, new Date(), currencyFormat));
}

/** Builds the portfolio, or refreshes it in place, from every value contract (see office/portfolio.ts). */
export function buildPortfolio(currencyFormat: string): Promise<PortfolioResult> {
  return Excel.run((context) => refreshPortfolio(context, Office.context.requirements, new Date(), currencyFormat));
}
