/*
 * The board summary: one printable page listing every value contract in the workbook,
 * rebuilt from the contracts' names whenever it is refreshed.
 */
import { BoardPackError } from "../boardpack/error";
import { SUMMARY_MARK, FROZEN_MARK, stampTime } from "../boardpack/marks";
import { plan } from "../sheet/plan";
import { boardSummary, isValueContract } from "../templates/boardSummary";
import { writeSheet } from "./insert";
import type { ExcelPort } from "./port";
import { excelApi, type Requirements } from "./requirements";

export interface SummaryResult {
  sheet: string;
  contracts: string[];
  warnings: string[];
}

/**
 * Builds the board summary anew (replacing the one the add-in made before, if any) from
 * every value contract in the workbook, and puts it first. Three syncs: sheet names,
 * their scoped names, then the write.
 */
export async function refreshBoardSummary(
  context: ExcelPort,
  requirements: Requirements,
  now: Date,
  currencyFormat?: string,
): Promise<SummaryResult> {
  const has = excelApi(requirements);
  if (!has("1.4")) throw new BoardPackError("The board summary needs Excel 2016 or later, or Excel on the web.");
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.names.load("items/name"));
  await context.sync();

  const scoped = worksheets.items.map((ws, i) => ({ name: ws.name, names: new Set(names[i].items.map((n) => n.name.toLowerCase())) }));
  const contracts = scoped
    .filter((s) => isValueContract(s.names) && !s.names.has(FROZEN_MARK.toLowerCase()))
    .map((s) => s.name);
  const old = scoped.filter((s) => s.names.has(SUMMARY_MARK.toLowerCase()));
  old.forEach((s) => context.workbook.worksheets.getItem(s.name).delete());

  const spec = boardSummary(contracts, stampTime(now));
  const remaining = scoped.filter((s) => !old.includes(s)).map((s) => s.name);
  const p = plan(spec, { sheetNames: remaining, tableNames: tables.items.map((t) => t.name) }, { currencyFormat });
  const warnings = new Set<string>();
  const ws = writeSheet(context, p.sheets[0], has, warnings);
  ws.names.add(SUMMARY_MARK, ws.getRange("A1"));
  ws.position = 0;
  ws.activate();
  await context.sync();
  return { sheet: p.sheets[0].name, contracts, warnings: [...warnings] };
}
