/*
 * One cell as Excel hands it to a custom function: a number, text, a boolean, null (an
 * omitted argument, or a blank cell on the web) or 0 (a blank cell on desktop). A range
 * arrives as rows of cells.
 */
import { CalcError } from "../../core/calcError";

export type Cell = number | string | boolean | null | undefined;
/** One argument: a cell, or a range as rows of cells. */
export type Arg = Cell | Cell[][];

export function isBlank(cell: Cell): cell is null | undefined | "" {
  return cell === null || cell === undefined || cell === "";
}

/** A number stored as text, as Excel's arithmetic accepts it ("12", " 3.5 ", "25%"). */
export const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

export function describe(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return typeof cell === "string" ? `text "${cell}"` : String(cell);
}

/** "name", or "name (item 3)" for an element of a range; built only when an error needs it. */
export function where(name: string, item: number | undefined): string {
  return item === undefined ? name : `${name} (item ${item})`;
}

export function required(name: string): CalcError {
  return new CalcError("#VALUE!", `${name} is required`);
}

/** The one cell of a scalar argument: a 1×1 range is its cell, a larger range an error. */
export function single(raw: Arg, name: string): Cell | CalcError {
  if (!Array.isArray(raw)) return raw;
  if (raw.length === 1 && raw[0].length === 1) return raw[0][0];
  return new CalcError("#VALUE!", `${name} expects a single value, not a range of ${raw.length}×${raw[0]?.length ?? 0} cells`);
}
