/*
 * What a frozen cell is written as, through range.formulas: Excel parses text written there
 * ("67%", "TRUE", "3/4", "=x"), so every frozen value goes through frozenContent.
 */
import { BoardPackError } from "./error";

/** Errors Excel accepts as literals in a formula, so a frozen error stays that error (ISNA and the like still work). */
const ERROR_LITERALS = ["#N/A", "#DIV/0!", "#NUM!", "#VALUE!", "#REF!", "#NULL!", "#NAME?"];
/** Errors that mean "not finished yet": freezing them would keep a value nobody saw. */
const PENDING = ["#BUSY!", "#GETTING_DATA"];

export type Frozen = string | number | boolean;

/** A block of frozen contents at a 0-based position of the copy. */
export interface FrozenWrite {
  rowIndex: number;
  columnIndex: number;
  contents: Frozen[][];
  /** For a chart's block, new cells: the source cells' number formats, so axes and labels linked to the source read as before. */
  numberFormat?: string[][];
}

/** Text that stays text when written through range.formulas, whatever it looks like ("67%", "TRUE", "3/4", "=x"). */
export const asText = (text: string): string => `'${text}`;

/**
 * What a frozen cell is written as: its value as a constant; text always quote-prefixed;
 * "" as ="" so it stays text; an error as the literal that gives it; a newer error Excel
 * has no literal for (#SPILL!, #CALC!, …) as its text, with a warning.
 */
export function frozenContent(value: unknown, type: string, where: string, warnings: Set<string>): Frozen {
  if (type === "Error") {
    const error = String(value);
    if (PENDING.includes(error)) throw new BoardPackError(`${where} shows ${error}: wait until Excel has finished calculating, then freeze again.`);
    if (ERROR_LITERALS.includes(error)) return `=${error}`;
    warnings.add(`Cells that showed ${error} hold the text "${error}" in the frozen copy: Excel cannot write that error as a value.`);
    return asText(error);
  }
  if (value === "") return '=""';
  if (typeof value === "string") return asText(value);
  return value as number | boolean;
}
