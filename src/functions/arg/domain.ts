/*
 * The numbers an argument may take, declared once: the same Domain checks every cell and
 * writes the bound the function reference shows ("≥ 0", "0 < x ≤ 1").
 */
import { CalcError } from "../../core/calcError";
import { describe, NUMERIC_TEXT, where, type Cell } from "./cell";

export interface Domain {
  /** Inclusive lower bound. */
  min?: number;
  /** Exclusive lower bound. */
  gt?: number;
  /** Inclusive upper bound. */
  max?: number;
  /** Exclusive upper bound. */
  lt?: number;
  integer?: boolean;
  /** Said after the bound when it is broken, where the bare rule would not help. */
  hint?: string;
}

export const UNBOUNDED: Domain = {};
export const NON_NEGATIVE: Domain = { min: 0 };
export const POSITIVE: Domain = { gt: 0 };
export const SHARE: Domain = { min: 0, max: 1 };

/** A Domain with every bound present, so the per-cell check sees one object shape. */
export interface Bounds {
  readonly lo: number;
  readonly loOpen: boolean;
  readonly hi: number;
  readonly hiOpen: boolean;
  readonly integer: boolean;
  readonly rule: string;
  readonly hint: string;
}

/** Computed once, when an argument is declared. */
export function bounds(d: Domain): Bounds {
  const parts: string[] = [];
  if (d.integer) parts.push("a whole number");
  if (d.gt !== undefined) parts.push(`greater than ${d.gt}`);
  if (d.min !== undefined) parts.push(`at least ${d.min}`);
  if (d.max !== undefined) parts.push(`at most ${d.max}`);
  if (d.lt !== undefined) parts.push(`less than ${d.lt}`);
  return {
    lo: d.gt ?? d.min ?? -Infinity,
    loOpen: d.gt !== undefined,
    hi: d.lt ?? d.max ?? Infinity,
    hiOpen: d.lt !== undefined,
    integer: d.integer ?? false,
    rule: parts.join(", "),
    hint: d.hint ? `: ${d.hint}` : "",
  };
}

/** True for a finite number within the bounds. Small, so the loops over ranges inline it. */
export function inBounds(n: number, b: Bounds): boolean {
  return (
    (n > b.lo || (n === b.lo && !b.loOpen)) &&
    (n < b.hi || (n === b.hi && !b.hiOpen)) &&
    (!b.integer || Number.isInteger(n)) &&
    n - n === 0
  );
}

/**
 * A non-blank cell as a number within bounds, accepting numbers stored as text as
 * Excel's arithmetic does. `item` is the 1-based position in a range, for the message.
 * The loops test `typeof cell === "number" && inBounds(cell, b)` themselves first.
 */
export function toNumber(cell: Cell, b: Bounds, name: string, item?: number): number | CalcError {
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

const shown = (n: number) => (n < 0 ? `−${-n}` : String(n));

/** The bound as the reference writes it: "≥ 0", "0 < x ≤ 1", "0…1", "whole number, 1…1200"; "" when unbounded. */
export function domainText(d: Domain): string {
  const lo = d.gt ?? d.min;
  const hi = d.lt ?? d.max;
  const [loSign, hiSign] = [d.gt !== undefined ? "<" : "≤", d.lt !== undefined ? "<" : "≤"];
  let range = "";
  if (lo !== undefined && hi !== undefined) {
    range = loSign === "≤" && hiSign === "≤" ? `${shown(lo)}…${shown(hi)}` : `${shown(lo)} ${loSign} x ${hiSign} ${shown(hi)}`;
  } else if (lo !== undefined) {
    range = `${d.gt !== undefined ? ">" : "≥"} ${shown(lo)}`;
  } else if (hi !== undefined) {
    range = `${d.lt !== undefined ? "<" : "≤"} ${shown(hi)}`;
  }
  if (!d.integer) return range;
  return range ? `whole number, ${range}` : "whole number";
}
