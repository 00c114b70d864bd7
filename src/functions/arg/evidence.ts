/*
 * The evidence ladder's argument kinds: a flag, a rung's status and an evidence level.
 */
import { CalcError, isCalcError } from "../../core/calcError";
import { EVIDENCED_WORDS, RUNG_NAMES, UNEVIDENCED_WORDS } from "../../core/rungs";
import { describe, isBlank, NUMERIC_TEXT, required, single, type Cell } from "./cell";
import { bounds, toNumber, type Domain } from "./domain";
import { asColumn } from "./numbers";
import type { ArgSpec } from "./spec";

/** TRUE/FALSE or 1/0; blank means the default. */
export function flag(defaultValue: boolean, text: string): ArgSpec<boolean> {
  return {
    kind: "flag",
    text,
    optional: true,
    absent: defaultValue ? "TRUE" : "FALSE",
    parse: (raw, name) => {
      const cell = single(raw, name);
      if (isCalcError(cell)) return cell;
      if (isBlank(cell)) return defaultValue;
      if (typeof cell === "boolean") return cell;
      if (cell === 1 || cell === 0) return cell === 1;
      return new CalcError("#VALUE!", `${name} must be TRUE or FALSE, not ${describe(cell)}`);
    },
  };
}

/** The status words a rung accepts, as the messages and the reference list them. */
export const ACCEPTED_STATUS = [...EVIDENCED_WORDS, ...UNEVIDENCED_WORDS.filter((w) => w !== "")].map(
  (w) => w[0].toUpperCase() + w.slice(1),
);

// Status words keyed by lower case; the words as the templates write them are found without case folding.
const STATUS = new Map<string, boolean>();
for (const w of EVIDENCED_WORDS) STATUS.set(w, true);
for (const w of UNEVIDENCED_WORDS) STATUS.set(w, false);
for (const w of ACCEPTED_STATUS) STATUS.set(w, STATUS.get(w.toLowerCase()) as boolean);

/** Whether one cell evidences its rung; undefined for a cell that is not a status. */
function rungStatus(cell: Cell): boolean | undefined {
  if (cell === true || cell === 1) return true;
  if (cell === null || cell === undefined || cell === false || cell === 0) return false;
  if (typeof cell !== "string") return undefined;
  return STATUS.get(cell) ?? STATUS.get(cell.trim().toLowerCase());
}

/** One rung of the ladder: evidenced or not. A range counts when one of its cells counts. */
export function rung(text: string): ArgSpec<boolean> {
  const refuse = (name: string, cell: Cell) =>
    new CalcError("#VALUE!", `${name} must be TRUE/FALSE, 1/0, blank or one of ${ACCEPTED_STATUS.join(", ")}; got ${describe(cell)}`);
  return {
    kind: "rung",
    text,
    optional: false,
    parse: (raw, name) => {
      if (!Array.isArray(raw)) return rungStatus(raw) ?? refuse(name, raw);
      const column = asColumn(raw);
      let evidenced = false;
      for (let i = 0; i < column.length; i++) {
        const counts = rungStatus(column[i][0]);
        if (counts === undefined) return refuse(name, column[i][0]);
        evidenced ||= counts;
      }
      return evidenced;
    },
  };
}

export const LEVEL: Domain = { min: 0, max: 5, integer: true };
const LEVEL_BOUNDS = bounds(LEVEL);

function parseLevel(raw: Parameters<ArgSpec<number>["parse"]>[0], name: string): number | undefined | CalcError {
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
  return toNumber(cell, LEVEL_BOUNDS, name);
}

/** An evidence level, required unless it has a default: a whole number 0…5 or a rung name. */
export function level(text: string, options: { default?: number } = {}): ArgSpec<number> {
  const fallback = options.default;
  return {
    kind: "level",
    text,
    domain: LEVEL,
    optional: fallback !== undefined,
    absent: fallback === undefined ? undefined : `${fallback} (${RUNG_NAMES[fallback]})`,
    parse: (raw, name) => parseLevel(raw, name) ?? fallback ?? required(name),
  };
}

/** An evidence level whose absence means something of its own, said in `absent`. */
export function optionalLevel(text: string, absent: string): ArgSpec<number | undefined> {
  return { kind: "level", text, domain: LEVEL, optional: true, absent, parse: parseLevel };
}
