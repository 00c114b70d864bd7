/*
 * The portfolio sheet: every value contract in the workbook by value chain, mandate and
 * evidence rung, rebuilt from the contracts' names whenever it is refreshed — in place, like
 * the board summary (see ownSheet.ts), so links to it survive and its frozen copies are kept.
 */
import { BoardPackError } from "../boardpack/error";
import { stampTime } from "../boardpack/marks";
import type { TemplateSpec } from "../sheet/spec";
import { TEMPLATE_MARKS } from "../templates/marks";
import { findContracts, portfolio, type PortfolioContract } from "../templates/portfolio";
import { refreshOwnSheet, type OwnSheetKind } from "./ownSheet";
import type { ExcelPort } from "./port";
import { excelApi, type Requirements } from "./requirements";

export interface PortfolioResult {
  sheet: string;
  contracts: string[];
  created: boolean;
  warnings: string[];
}

/** The spec without the A1 mark the .xlsx writer gives it: in the workbook the executor marks the sheet with its own id. */
function withoutMark(spec: TemplateSpec): TemplateSpec {
  const mark = TEMPLATE_MARKS.portfolio.toLowerCase();
  return { ...spec, sheets: spec.sheets.map((s) => ({ ...s, names: s.names.filter((n) => n.name.toLowerCase() !== mark) })) };
}

/** Builds the portfolio, or refreshes the one the add-in made in place, from every live value contract in the workbook. */
export async function refreshPortfolio(context: ExcelPort, requirements: Requirements, now: Date, currencyFormat?: string): Promise<PortfolioResult> {
  if (!excelApi(requirements)("1.9")) throw new BoardPackError("The portfolio needs a newer Excel: Microsoft 365, Excel 2021 or Excel on the web.");
  let contracts: PortfolioContract[] = [];
  const kind: OwnSheetKind = {
    mark: TEMPLATE_MARKS.portfolio,
    build: (others) => withoutMark(portfolio((contracts = findContracts(others)), stampTime(now))),
  };
  const result = await refreshOwnSheet(context, kind, requirements, { currencyFormat });
  return { ...result, contracts: contracts.map((c) => c.sheet) };
}
