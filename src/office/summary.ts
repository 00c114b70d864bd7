/*
 * The board summary: one printable page listing every value contract in the workbook,
 * rewritten in place from the contracts' names whenever it is refreshed (see ownSheet.ts).
 */
import { BoardPackError } from "../boardpack/error";
import { FROZEN_MARK, SUMMARY_MARK, stampTime } from "../boardpack/marks";
import { boardSummary, isValueContract } from "../templates/boardSummary";
import type { ExcelPort } from "./port";
import { refreshOwnSheet, type ListedSheet, type OwnSheetKind } from "./ownSheet";
import { excelApi, type Requirements } from "./requirements";

export interface SummaryResult {
  sheet: string;
  contracts: string[];
  created: boolean;
  warnings: string[];
}

/** Live value contracts: never a frozen copy, nor a copy of one. */
const contractsIn = (sheets: ListedSheet[]) => sheets.filter((s) => isValueContract(s.names) && !s.names.has(FROZEN_MARK.toLowerCase())).map((s) => s.name);

/** Builds the board summary, or refreshes the one the add-in made in place, from every value contract in the workbook. */
export async function refreshBoardSummary(context: ExcelPort, requirements: Requirements, now: Date, currencyFormat?: string): Promise<SummaryResult> {
  if (!excelApi(requirements)("1.9")) throw new BoardPackError("The board summary needs a newer Excel: Microsoft 365, Excel 2021 or Excel on the web.");
  let contracts: string[] = [];
  const kind: OwnSheetKind = {
    mark: SUMMARY_MARK,
    build: (others) => boardSummary((contracts = contractsIn(others)), stampTime(now)),
  };
  const result = await refreshOwnSheet(context, kind, requirements, { currencyFormat });
  return { ...result, contracts };
}
