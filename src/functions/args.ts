/*
 * Argument handling for every AIVALUE function, written once. Excel hands a custom
 * function numbers, text, booleans, null (an omitted argument, or a blank cell on the
 * web), 0 (a blank cell on desktop) or 2-D arrays for ranges. Each parser below turns
 * one argument into what the math needs, or into a CalcError that names the argument.
 */
import { CalcError, isCalcError } from "../core/calcError";
import { RUNG_NAMES, EVIDENCED_WORDS, UNEVIDENCED_WORDS } from "../core/rungs";

export type Cell = number | string | boolean | null | undefined;
/** What Excel passes for a parameter declared `any[][]`, or for an omitted one. */
export type Arg = Cell | Cell[][];

/** Parses one argument; `name` is the argument's name in the function reference. */
export type Parser<T> = (raw: Arg, name: string) => T | CalcError;

/** The numbers an argument may take, declared once per argument. */
export interface Domain {
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  gt?: number;
  /** Inclusive upper bound. */
  max?: number;
  integer?: boolean;
  /** Said after the bound when it is broken, where the bare rule would not help. */
  hint?: string;
}

export const NON_NEGATIVE: Domain = { min: 0 };
export const POSITIVE: Domain = { gt: 0 };
export const SHARE: Domain = { min: 0, max: 1 };

function isBlank(cell: Cell): cell is null | undefined | "" {
  return cell === null || cell === undefined || cell === "";
}

/**
 * The cells of an argument in reading order, read in place: copying a 100,000-row range
 * cell by cell costs more than all the arithmetic done on it.
 */
class Cells {
  readonly length: number;
  private readonly cols: number;

  constructor(private readonly raw: Arg) {
    this.cols = Array.isArray(raw) ? (raw[0]?.length ?? 0) : 1;
    this.length = Array.isArray(raw) ? raw.length * this.cols : 1;
  }

  at(i: number): Cell {
    const raw = this.raw;
    if (!Array.isArray(raw)) return raw;
    return this.cols === 1 ? raw[i][0] : raw[(i / this.cols) | 0][i % this.cols];
  }
}

const NUMERIC_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?%?$/;

function describe(cell: Cell): string {
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return typeof cell === "string" ? `text "${cell}"` : String(cell);
}

/** "name", or "name (item 3)" for an element of a range; built only when an error needs it. */
function where(name: string, item: number | undefined): string {
  return item === undefined ? name : `${name} (item ${item})`;
}

/** A Domain with every bound present, so the per-cell check sees one object shape. */
interface Bounds {
  lo: number;
  loOpen: boolean;
  hi: number;
  integer: boolean;
  rule: string;
  hint: string;
}

/** Computed once, when a function's argument spec is declared. */
function bounds(d: Domain): Bounds {
  const parts: string[] = [];
  if (d.integer) parts.push("a whole number");
  if (d.gt !== undefined) parts.push(`greater than ${d.gt}`);
  if (d.min !== undefined) parts.push(`at least ${d.min}`);
  if (d.max !== undefined) parts.push(`at most ${d.max}`);
  return {
    lo: d.gt ?? d.min ?? -Infinity,
    loOpen: d.gt !== undefined,
    hi: d.max ?? Infinity,
    integer: d.integer ?? false,
    rule: parts.join(", "),
    hint: d.hint ? `: ${d.hint}` : "",
  };
}

function inBounds(n: number, b: Bounds): boolean {
  return (n > b.lo || (n === b.lo && !b.loOpen)) && n <= b.hi && (!b.integer || Number.isInteger(n));
}

/**
 * A non-blank cell as a number within bounds, accepting numbers stored as text as
 * Excel's arithmetic does. `item` is the 1-based position in a range, for the message.
 * Kept small so the common case (a plain number in range) is inlined into the loops.
 */
function checkedNumber(cell: Cell, b: Bounds, name: string, item?: number): number | CalcError {
  if (typeof cell === "number" && Number.isFinite(cell) && inBounds(cell, b)) return cell;
  return convertNumber(cell, b, name, item);
}

function convertNumber(cell: Cell, b: Bounds, name: string, item: number | undefined): number | CalcError {
  let n: number;
  if (typeof cell === "number") {
    n = cell;
  } else if (typeof cell === "string" && NUMERIC_TEXT.test(cell.trim())) {
    const text = cell.trim();
    n = text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text);
  } else {
    return new CalcError("#VALUE!", `${where(name, item)} must be a number, not ${describe(cell)}`);
  }
  if (!Number.isFinite(n)) return new CalcError("#NUM!", `${where(name, item)} is not a finite number`);
  if (inBounds(n, b)) return n;
  return new CalcError("#NUM!", `${where(name, item)} must be ${b.rule} (got ${n})${b.hint}`);
}

function single(raw: Arg, name: string): Cell | CalcError {
  if (!Array.isArray(raw)) return raw;
  if (raw.length === 1 && raw[0].length === 1) return raw[0][0];
  return new CalcError("#VALUE!", `${name} expects a single value, not a range of ${raw.length}×${raw[0]?.length ?? 0} cells`);
}

function required(name: string): CalcError {
  return new CalcError("#VALUE!", `${name} is required`);
}

/** A scalar number. Without a default it is required: a blank is an error, never 0. */
export function num(domain: Domain = {}, options: { default?: number } = {}): Parser<number> {
  const b = bounds(domain);
  return (raw, name) => {
    const cell = single(raw, name);
    if (isCalcError(cell)) return cell;
    if (isBlank(cell)) return options.default ?? required(name);
    return checkedNumber(cell, b, name);
  };
}

/** A scalar number whose absence means something of its own (not a default). */
export function optionalNum(domain: Domain = {}): Parser<number | undefined> {
  const b = bounds(domain);
  return (raw, name) => {
    const cell = single(raw, name);
    if (isCalcError(cell)) return cell;
    return isBlank(cell) ? undefined : checkedNumber(cell, b, name);
  };
}

/** Visits every non-blank cell of an argument as a number in bounds; stops at the first bad one. */
function eachNumber(raw: Arg, b: Bounds, name: string, visit: (n: number) => void): CalcError | undefined {
  const cells = new Cells(raw);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells.at(i);
    if (isBlank(cell)) continue;
    const n = checkedNumber(cell, b, name);
    if (isCalcError(n)) return n;
    visit(n);
  }
  return undefined;
}

/** Σ: a number or a range, summed; blank cells count 0 and every number must be in the domain. */
export function sum(domain: Domain = {}): Parser<number> {
  const b = bounds(domain);
  return (raw, name) => {
    let total = 0;
    return eachNumber(raw, b, name, (n) => (total += n)) ?? total;
  };
}

/** Mean: a number or a range whose blank cells are ignored, as AVERAGE ignores them. */
export function values(domain: Domain = {}): Parser<number[]> {
  const b = bounds(domain);
  return (raw, name) => {
    const out: number[] = [];
    return eachNumber(raw, b, name, (n) => out.push(n)) ?? out;
  };
}

/**
 * Steps or series: a number, or a one-row or one-column range, one element per step or
 * month. A blank element is an error — a missing price or month is never taken as 0.
 */
export function vector(domain: Domain = {}): Parser<number[]> {
  const parse = optionalVector(domain);
  return (raw, name) => parse(raw, name) ?? required(name);
}

/** Like {@link vector}, but a left-out argument gives `undefined`. */
export function optionalVector(domain: Domain = {}): Parser<number[] | undefined> {
  const b = bounds(domain);
  return (raw, name) => {
    if (Array.isArray(raw) && raw.length > 1 && raw[0].length > 1) {
      return new CalcError("#VALUE!", `${name} must be one row or one column, not ${raw.length}×${raw[0].length} cells`);
    }
    const cells = new Cells(raw);
    if (cells.length === 1 && isBlank(cells.at(0))) return undefined;
    const out = new Array<number>(cells.length);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells.at(i);
      const item = cells.length > 1 ? i + 1 : undefined;
      if (isBlank(cell)) return new CalcError("#VALUE!", `${where(name, item)} is blank; enter a number`);
      const n = checkedNumber(cell, b, name, item);
      if (isCalcError(n)) return n;
      out[i] = n;
    }
    return out;
  };
}

/** A range whose cells pair up with other ranges of the same shape (SUMPRODUCT style). */
export interface Grid {
  rows: number;
  cols: number;
  cells: (number | null)[];
}

/** Element-wise: a number or a range; blanks are kept so {@link alignGrids} can judge them. */
export function grid(domain: Domain = {}): Parser<Grid> {
  const b = bounds(domain);
  return (raw, name) => {
    const rows = Array.isArray(raw) ? raw.length : 1;
    const cols = Array.isArray(raw) ? (raw[0]?.length ?? 0) : 1;
    const all = new Cells(raw);
    if (all.length === 1 && isBlank(all.at(0))) return required(name);
    const cells = new Array<number | null>(all.length);
    for (let i = 0; i < all.length; i++) {
      const cell = all.at(i);
      if (isBlank(cell)) {
        cells[i] = null;
        continue;
      }
      const n = checkedNumber(cell, b, name, all.length > 1 ? i + 1 : undefined);
      if (isCalcError(n)) return n;
      cells[i] = n;
    }
    return { rows, cols, cells };
  };
}

/** TRUE/FALSE or 1/0; blank means the default. */
export function flag(defaultValue: boolean): Parser<boolean> {
  return (raw, name) => {
    const cell = single(raw, name);
    if (isCalcError(cell)) return cell;
    if (isBlank(cell)) return defaultValue;
    if (typeof cell === "boolean") return cell;
    if (cell === 1 || cell === 0) return cell === 1;
    return new CalcError("#VALUE!", `${name} must be TRUE or FALSE, not ${describe(cell)}`);
  };
}

const ACCEPTED_STATUS = [...EVIDENCED_WORDS, ...UNEVIDENCED_WORDS.filter((w) => w !== "")].map(
  (w) => w[0].toUpperCase() + w.slice(1),
);

/** One rung of the ladder: evidenced or not. A range counts when any of its cells counts. */
export function rung(): Parser<boolean> {
  return (raw, name) => {
    let evidenced = false;
    const cells = new Cells(raw);
    for (let i = 0; i < cells.length; i++) {
      const cell = cells.at(i);
      const counts = rungStatus(cell);
      if (counts === undefined) {
        return new CalcError(
          "#VALUE!",
          `${name} must be TRUE/FALSE, 1/0, blank or one of ${ACCEPTED_STATUS.join(", ")}; got ${describe(cell)}`,
        );
      }
      evidenced ||= counts;
    }
    return evidenced;
  };
}

// Status words keyed by lower case; the words as the templates write them are found without case folding.
const STATUS = new Map<string, boolean>();
for (const w of EVIDENCED_WORDS) STATUS.set(w, true);
for (const w of UNEVIDENCED_WORDS) STATUS.set(w, false);
for (const w of ACCEPTED_STATUS) STATUS.set(w, STATUS.get(w.toLowerCase()) as boolean);

/** Whether one cell evidences its rung; undefined for anything that is not a status. */
function rungStatus(cell: Cell): boolean | undefined {
  if (cell === true || cell === 1) return true;
  if (cell === null || cell === undefined || cell === false || cell === 0) return false;
  if (typeof cell !== "string") return undefined;
  return STATUS.get(cell) ?? STATUS.get(cell.trim().toLowerCase());
}

const LEVEL = bounds({ min: 0, max: 5, integer: true });

/** An evidence level, required unless it has a default: a whole number 0…5 or a rung name. */
export function level(options: { default?: number } = {}): Parser<number> {
  const parse = optionalLevel();
  return (raw, name) => parse(raw, name) ?? options.default ?? required(name);
}

/** An evidence level whose absence means something of its own: 0…5, a rung name, or blank. */
export function optionalLevel(): Parser<number | undefined> {
  return (raw, name) => {
    const cell = single(raw, name);
    if (isCalcError(cell)) return cell;
    if (isBlank(cell)) return undefined;
    if (typeof cell === "string") {
      const i = RUNG_NAMES.findIndex((r) => r.toLowerCase() === cell.trim().toLowerCase());
      if (i >= 0) return i;
      if (!NUMERIC_TEXT.test(cell.trim())) {
        return new CalcError("#VALUE!", `${name} must be 0…5 or one of ${RUNG_NAMES.join(", ")}; got ${describe(cell)}`);
      }
    }
    return checkedNumber(cell, LEVEL, name);
  };
}

/**
 * Broadcasts step vectors to one length: a single value applies to every step, and
 * ranges must agree in length. Left-out vectors stay undefined.
 */
export function alignSteps<V extends Record<string, number[] | undefined>>(vectors: V): V | CalcError {
  type K = keyof V & string;
  const names = Object.keys(vectors) as K[];
  let steps = 1;
  let longest: K | undefined;
  for (const k of names) {
    const v = vectors[k];
    if (!v || v.length === 1) continue;
    if (longest !== undefined && v.length !== steps) {
      return new CalcError("#VALUE!", `${k} has ${v.length} steps but ${longest} has ${steps}; step ranges must have the same length`);
    }
    steps = v.length;
    longest = k;
  }
  const out: Record<string, number[] | undefined> = {};
  for (const k of names) {
    const v = vectors[k];
    out[k] = v && v.length < steps ? new Array<number>(steps).fill(v[0]) : v;
  }
  return out as V;
}

/**
 * Pairs same-shaped ranges element by element; a single value broadcasts. A position
 * blank in every range is skipped; blank in some but not others is an error, since a
 * missing cost or rate must not silently become 0.
 */
export function alignGrids<K extends string>(grids: Record<K, Grid>): Record<K, number[]> | CalcError {
  const names = Object.keys(grids) as K[];
  let shape: Grid | undefined;
  let shapeName: K | undefined;
  for (const k of names) {
    const g = grids[k];
    if (g.cells.length === 1) continue;
    if (shape && (g.rows !== shape.rows || g.cols !== shape.cols)) {
      return new CalcError(
        "#VALUE!",
        `${k} is ${g.rows}×${g.cols} but ${shapeName} is ${shape.rows}×${shape.cols}; the ranges must have the same shape`,
      );
    }
    shape = g;
    shapeName = k;
  }
  const length = shape?.cells.length ?? 1;
  // A single value stands for every position: read index 0 for it.
  const columns = names.map((k) => grids[k].cells);
  const step = columns.map((c) => (c.length === 1 ? 0 : 1));
  const kept = columns.map(() => new Array<number>(length));
  let count = 0;
  for (let i = 0; i < length; i++) {
    let blank = -1;
    let filled = false;
    for (let j = 0; j < columns.length; j++) {
      if (columns[j][i * step[j]] === null) {
        if (blank < 0) blank = j;
      } else filled = true;
    }
    if (!filled) continue;
    if (blank >= 0) {
      const item = length > 1 ? i + 1 : undefined;
      return new CalcError("#VALUE!", `${where(names[blank], item)} is blank while the other arguments have values there`);
    }
    for (let j = 0; j < columns.length; j++) kept[j][count] = columns[j][i * step[j]] as number;
    count++;
  }
  const out = {} as Record<K, number[]>;
  names.forEach((k, j) => {
    kept[j].length = count;
    out[k] = kept[j];
  });
  return out;
}
