/*
 * The numeric argument kinds. Each loop reads the range in place (copying 100,000 rows
 * cell by cell would cost more than the arithmetic done on them) and takes the common
 * case, a plain number in bounds, without a call; every other cell goes to toNumber.
 */
import { CalcError, isCalcError } from "../../core/calcError";
import type { StepColumn } from "../../core/workflowCost";
import { isBlank, required, single, where, type Arg, type Cell } from "./cell";
import { bounds, inBounds, toNumber, type Bounds, type Domain } from "./domain";
import type { ArgSpec } from "./spec";

/** One value. Without a default it is required: a blank is an error, never 0. */
export function scalar(domain: Domain, text: string, options: { default?: number } = {}): ArgSpec<number> {
  const b = bounds(domain);
  const fallback = options.default;
  return {
    kind: "scalar",
    text,
    domain,
    optional: fallback !== undefined,
    absent: fallback === undefined ? undefined : String(fallback),
    parse: (raw, name) => {
      const cell = single(raw, name);
      if (typeof cell === "number" && inBounds(cell, b)) return cell;
      if (isCalcError(cell)) return cell;
      if (isBlank(cell)) return fallback ?? required(name);
      return toNumber(cell, b, name);
    },
  };
}

/** One value whose absence means something of its own, said in `absent`. */
export function optionalScalar(domain: Domain, text: string, absent: string): ArgSpec<number | undefined> {
  const b = bounds(domain);
  return {
    kind: "scalar",
    text,
    domain,
    optional: true,
    absent,
    parse: (raw, name) => {
      const cell = single(raw, name);
      if (isCalcError(cell)) return cell;
      return isBlank(cell) ? undefined : toNumber(cell, b, name);
    },
  };
}

/**
 * A range as one column in reading order. A column, the common case, is read in place;
 * a row or a block is laid out once, so every loop below reads `column[i][0]` (a loop
 * specialised that way runs at about the speed of the arithmetic it feeds).
 */
export function asColumn(raw: Cell[][]): Cell[][] {
  if ((raw[0]?.length ?? 0) === 1) return raw;
  const out: Cell[][] = [];
  for (const row of raw) for (const cell of row) out.push([cell]);
  return out;
}

/** Σ of the non-blank cells, each a number in bounds; the first bad cell is the error. */
function sumOf(raw: Arg, b: Bounds, name: string): number | CalcError {
  if (!Array.isArray(raw)) return isBlank(raw) ? 0 : toNumber(raw, b, name);
  const column = asColumn(raw);
  let total = 0;
  for (let i = 0; i < column.length; i++) {
    const cell = column[i][0];
    if (typeof cell === "number" && inBounds(cell, b)) {
      total += cell;
    } else if (!isBlank(cell)) {
      const n = toNumber(cell, b, name);
      if (isCalcError(n)) return n;
      total += n;
    }
  }
  return total;
}

/** The non-blank cells, each a number in bounds, in reading order. */
function numbersOf(raw: Arg, b: Bounds, name: string): number[] | CalcError {
  if (!Array.isArray(raw)) {
    if (isBlank(raw)) return [];
    const n = toNumber(raw, b, name);
    return isCalcError(n) ? n : [n];
  }
  const column = asColumn(raw);
  const out = new Array<number>(column.length);
  let count = 0;
  for (let i = 0; i < column.length; i++) {
    const cell = column[i][0];
    if (typeof cell === "number" && inBounds(cell, b)) {
      out[count++] = cell;
    } else if (!isBlank(cell)) {
      const n = toNumber(cell, b, name);
      if (isCalcError(n)) return n;
      out[count++] = n;
    }
  }
  out.length = count;
  return out;
}

/** Σ: a number or a range, summed; blank cells count 0 and every number must be in the domain. */
export function summed(domain: Domain, text: string, options: { default?: 0 } = {}): ArgSpec<number> {
  const b = bounds(domain);
  return {
    kind: "summed",
    text,
    domain,
    optional: options.default !== undefined,
    absent: options.default === undefined ? undefined : "0",
    parse: (raw, name) => sumOf(raw, b, name),
  };
}

/** A number or a range whose blank cells are ignored, as AVERAGE ignores them. */
export function averaged(domain: Domain, text: string): ArgSpec<number[]> {
  const b = bounds(domain);
  return { kind: "averaged", text, domain, optional: false, parse: (raw, name) => numbersOf(raw, b, name) };
}

/**
 * A number, or a one-row or one-column range read into one number an element. A blank
 * element is an error (a missing price or month is never taken as 0); a blank or
 * left-out argument is undefined.
 */
function numberList(raw: Arg, b: Bounds, name: string): number[] | undefined | CalcError {
  if (!Array.isArray(raw)) {
    if (isBlank(raw)) return undefined;
    const n = typeof raw === "number" && inBounds(raw, b) ? raw : toNumber(raw, b, name);
    return isCalcError(n) ? n : [n];
  }
  const rows = raw.length;
  const cols = raw[0]?.length ?? 0;
  if (rows > 1 && cols > 1) return new CalcError("#VALUE!", `${name} must be one row or one column, not ${rows}×${cols} cells`);
  const length = rows * cols;
  if (length === 1 && isBlank(raw[0][0])) return undefined;
  const column = asColumn(raw);
  const out = new Array<number>(length);
  for (let i = 0; i < length; i++) {
    const cell = column[i][0];
    if (typeof cell === "number" && inBounds(cell, b)) {
      out[i] = cell;
      continue;
    }
    const item = length > 1 ? i + 1 : undefined;
    if (isBlank(cell)) return new CalcError("#VALUE!", `${where(name, item)} is blank; enter a number`);
    const n = toNumber(cell, b, name, item);
    if (isCalcError(n)) return n;
    out[i] = n;
  }
  return out;
}

/**
 * Steps: one value for every step, or a row or column with a value per workflow step.
 * Blank cells stay blank (null): a step blank in every range is a spare row, which the
 * math skips, while a step blank in some ranges only is an error it names.
 */
function stepColumn(raw: Arg, b: Bounds, name: string): StepColumn | undefined | CalcError {
  if (!Array.isArray(raw) || raw.length * (raw[0]?.length ?? 0) === 1) {
    // One value (Excel cannot tell A1 from the number in it) stands for every step.
    const cell = Array.isArray(raw) ? raw[0][0] : raw;
    if (isBlank(cell)) return undefined;
    return typeof cell === "number" && inBounds(cell, b) ? cell : toNumber(cell, b, name);
  }
  const rows = raw.length;
  const cols = raw[0]?.length ?? 0;
  if (rows > 1 && cols > 1) return new CalcError("#VALUE!", `${name} must be one row or one column, not ${rows}×${cols} cells`);
  const column = asColumn(raw);
  const out = new Array<number | null>(column.length);
  for (let i = 0; i < column.length; i++) {
    const c = column[i][0];
    if (typeof c === "number" && inBounds(c, b)) {
      out[i] = c;
    } else if (isBlank(c)) {
      out[i] = null;
    } else {
      const n = toNumber(c, b, name, i + 1);
      if (isCalcError(n)) return n;
      out[i] = n;
    }
  }
  return out;
}

export function steps(domain: Domain, text: string): ArgSpec<StepColumn> {
  const b = bounds(domain);
  return { kind: "steps", text, domain, optional: false, parse: (raw, name) => stepColumn(raw, b, name) ?? required(name) };
}

/** Steps that may be left out or blank (undefined). */
export function optionalSteps(domain: Domain, text: string): ArgSpec<StepColumn | undefined> {
  const b = bounds(domain);
  return { kind: "steps", text, domain, optional: true, parse: (raw, name) => stepColumn(raw, b, name) };
}

/** Series: a number (constant every month) or a row or column, month 1 first. */
export function series(domain: Domain, text: string): ArgSpec<number[]> {
  const b = bounds(domain);
  return { kind: "series", text, domain, optional: false, parse: (raw, name) => numberList(raw, b, name) ?? required(name) };
}

/** A row or column of cells whose count the body checks; left out is undefined. */
export function optionalList(domain: Domain, text: string, absent: string): ArgSpec<number[] | undefined> {
  const b = bounds(domain);
  return { kind: "list", text, domain, optional: true, absent, parse: (raw, name) => numberList(raw, b, name) };
}

/** A range whose cells pair up with other ranges of the same shape; NaN marks a blank cell. */
export interface Paired {
  rows: number;
  cols: number;
  cells: number[];
  blanks: number;
}

/** Element-wise (SUMPRODUCT style): a number or a range; blanks are kept so alignPaired can judge them. */
export function paired(domain: Domain, text: string): ArgSpec<Paired> {
  const b = bounds(domain);
  return {
    kind: "paired",
    text,
    domain,
    optional: false,
    parse: (raw, name) => {
      const grid: Cell[][] = Array.isArray(raw) ? raw : [[raw]];
      const rows = grid.length;
      const cols = grid[0]?.length ?? 0;
      const length = rows * cols;
      if (length === 1 && isBlank(grid[0][0])) return required(name);
      const column = asColumn(grid);
      const cells = new Array<number>(length);
      let blanks = 0;
      for (let i = 0; i < length; i++) {
        const cell = column[i][0];
        if (typeof cell === "number" && inBounds(cell, b)) {
          cells[i] = cell;
        } else if (isBlank(cell)) {
          cells[i] = NaN;
          blanks++;
        } else {
          const n = toNumber(cell, b, name, length > 1 ? i + 1 : undefined);
          if (isCalcError(n)) return n;
          cells[i] = n;
        }
      }
      return { rows, cols, cells, blanks };
    },
  };
}
