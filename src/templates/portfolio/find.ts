/*
 * Which sheets of a workbook the portfolio reads — every value contract, found by its scoped
 * names (never its title), less the frozen copies the board pack made of them — and which
 * portfolio sheet a refresh replaces.
 */
import { FROZEN_MARK } from "../../boardpack/marks";
import { isValueContract } from "../boardSummary";
import { TEMPLATE_MARKS } from "../marks";
import { CONTRACT_ACTUAL_NAMES } from "../valueContract/names";

export type ActualName = (typeof CONTRACT_ACTUAL_NAMES)[keyof typeof CONTRACT_ACTUAL_NAMES];

/** A contract the portfolio reads: its sheet, and which of the actuals' names it defines. */
export interface PortfolioContract {
  sheet: string;
  /** A contract inserted before actuals existed defines none of them: the portfolio leaves those cells blank. */
  has: ReadonlySet<ActualName>;
}

/** A sheet as the workbook holds it: its name and its worksheet-scoped names, lower-cased as Excel compares them. */
export interface SheetNames {
  name: string;
  names: ReadonlySet<string>;
}

/**
 * The value contracts among `sheets`, in workbook order, each with the actuals' names it has.
 *
 * @example
 * findContracts([{ name: "Lead scoring", names: new Set(["aivalue_valuecontract", "actualvaluetodate"]) }]);
 * //=> [{ sheet: "Lead scoring", has: Set { "ActualValueToDate" } }]
 */
export function findContracts(sheets: readonly SheetNames[]): PortfolioContract[] {
  const frozen = FROZEN_MARK.toLowerCase();
  return sheets
    .filter((s) => isValueContract(s.names) && !s.names.has(frozen))
    .map((s) => ({ sheet: s.name, has: new Set(Object.values(CONTRACT_ACTUAL_NAMES).filter((n) => s.names.has(n.toLowerCase()))) }));
}

/**
 * The portfolio sheets a refresh replaces: those the add-in made (its mark on A1), never a frozen
 * copy of one the board pack made for a recipient.
 *
 * @example
 * livePortfolios([{ name: "Portfolio", names: new Set(["aivalue_portfolio"]) }]); //=> ["Portfolio"]
 */
export function livePortfolios(sheets: readonly SheetNames[]): string[] {
  const [mark, frozen] = [TEMPLATE_MARKS.portfolio.toLowerCase(), FROZEN_MARK.toLowerCase()];
  return sheets.filter((s) => s.names.has(mark) && !s.names.has(frozen)).map((s) => s.name);
}
