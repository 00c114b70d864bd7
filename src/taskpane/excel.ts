/*
 * Everything the task pane asks of Excel, each in one Excel.run. The pane's components
 * call these and never touch Office.js themselves.
 */
import type { BillingLedger } from "../billing/ledger";
import { writeBillingSheet, type BillingWriteResult } from "../office/billing";
import { type BillingState, readBillingState } from "../office/billingState";
import { appendObservedPrices, type PriceBookAppend } from "../office/priceBookAppend";
import { freezeSheets, scanForBoardPack, type FreezeResult } from "../office/freeze";
import { insertTemplate, type InsertResult } from "../office/insert";
import { repairStuckFormulas, type RepairResult } from "../office/repair";
import { scanWorkbook, type WorkbookScan } from "../office/scan";
import { runSelfTest } from "../office/selfTest";
import { reportText, type SelfTestCheck } from "../office/selfTestChecks";
import { refreshPortfolio, type PortfolioResult } from "../office/portfolio";
import { refreshBoardSummary, type SummaryResult } from "../office/summary";
import { upgradeContracts, type UpgradeResult } from "../office/upgrade";
import { readActualsSources } from "../office/actualsSources";
import type { ActualsSources } from "../templates/valueContract/sources";
import type { ActualsLinks } from "../templates/valueContract/actuals";
import type { TemplateOptions } from "../sheet/spec";
import { TEMPLATES, type InsertableId } from "../templates";

/**
 * Asks Office to load the add-in whenever this workbook opens, so its AIVALUE formulas
 * are calculated with the functions known and do not get stuck at #NAME? (office-js
 * #6611, #3558). Office.addin needs SharedRuntime 1.1, which the manifest requires; the
 * check keeps a host without it working. Best effort: the workbook is fine without it.
 */
function loadWithWorkbook(): void {
  if (!Office.context.requirements.isSetSupported("SharedRuntime", "1.1") || !Office.addin?.setStartupBehavior) return;
  Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
}

/** Inserts a template as new sheets (two syncs); see office/insert.ts. Templates hold AIVALUE formulas. */
export async function insert(id: InsertableId, options: TemplateOptions): Promise<InsertResult> {
  const result = await Excel.run(async (context) => {
    const spec = TEMPLATES[id](options);
    return insertTemplate(context, spec, options, Office.context.requirements);
  });
  loadWithWorkbook();
  return result;
}

/** Adds actuals beside the plan to every contract an earlier version made (four syncs); see office/upgrade.ts. */
export function upgradeAllContracts(links: ActualsLinks, currencyFormat: string): Promise<UpgradeResult> {
  return Excel.run((context) => upgradeContracts(context, links, Office.context.requirements, currencyFormat));
}

/** Evidence ladders, measurement trackers, AI Billing sheets and the keys billed there (three syncs, validated), for a contract to link to. */
export function listActualsSources(): Promise<ActualsSources> {
  return Excel.run((context) => readActualsSources(context));
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

/** Builds the portfolio, or refreshes it in place, from every value contract (see office/portfolio.ts). */
export function buildPortfolio(currencyFormat: string): Promise<PortfolioResult> {
  return Excel.run((context) => refreshPortfolio(context, Office.context.requirements, new Date(), currencyFormat));
}

/** The newest ExcelApi requirement set this Excel supports, for the self-test's report. */
function newestExcelApi(): string {
  let newest = "none";
  for (let minor = 1; minor <= 30; minor++) if (Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`)) newest = `1.${minor}`;
  return newest;
}

/** Runs "Check this Excel" (see office/selfTest.ts) and writes its report. */
export function checkThisExcel(onStep: (step: string) => void): Promise<{ checks: SelfTestCheck[]; report: string }> {
  return Excel.run(async (context) => {
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const checks = await runSelfTest(context, Office.context.requirements, { wait, onStep });
    const d = Office.context.diagnostics;
    const about = [`Run ${new Date().toISOString()}`, `Excel: ${d.host} on ${d.platform}, version ${d.version}; ExcelApi up to ${newestExcelApi()}`];
    return { checks, report: reportText(checks, about) };
  });
}

/** What the Actuals tab shows before it writes (files listed, links made, models, Price Book), read only; see office/billingState.ts. */
export function billingState(): Promise<BillingState> {
  return Excel.run((context) => readBillingState(context));
}

/**
 * Writes (or rewrites in place) the AI Billing sheet from the ledger, in a fixed number of syncs,
 * linking each key in `workflowSheets` that the sheet does not map yet; see office/billing.ts.
 */
export function writeBilling(ledger: BillingLedger, importedAt: string, currencyFormat: string, workflowSheets: ReadonlyMap<string, string>): Promise<BillingWriteResult> {
  return Excel.run((context) => writeBillingSheet(context, ledger, { requirements: Office.context.requirements, importedAt, currencyFormat, workflowSheets }));
}

/** Adds the ledger's observed prices to the Price Book as dated rows, never twice; see office/priceBookAppend.ts. */
export function addObservedPrices(ledger: BillingLedger): Promise<PriceBookAppend> {
  return Excel.run((context) => appendObservedPrices(context, ledger));
}
