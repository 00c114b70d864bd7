/*
 * The words every reader of the function reference sees — Excel's tooltips
 * (functions.json), help.html, docs/functions.md and the task pane's gallery — written
 * from the declarations: an argument's bound and default come from its parser's own
 * settings, and the formulas from the worked examples' arguments.
 */
import { isCalcError } from "../core/calcError";
import { domainText } from "./arg";
import type { ExcelFunction, Literal, NamedArg } from "./excelFunction";

/** The contract's kinds in a few words, for the reference's argument tables. */
export const KIND_TEXT: Record<NamedArg["kind"], string> = {
  scalar: "one value",
  summed: "a number or a range, summed; blank cells count 0",
  averaged: "a number or a range, averaged; blank cells are ignored",
  steps: "a number (every step alike), or a row or column with one value per workflow step; a step blank in every step range is skipped",
  series: "a number (every month), or a row or column with one value per month",
  paired: "a number or a range, taken cell by cell with the other ranges (same shape)",
  list: "a row or column of cells",
  flag: "TRUE or FALSE",
  rung: "TRUE/FALSE, 1/0, blank or a status word; a range counts when one of its cells counts",
  level: "0…5 or a rung name",
};

/** The argument's prose with its bound and default: "Cost paid at month 0 (≥ 0).", "… Default 0." */
export function argumentText(arg: NamedArg): string {
  const bound = arg.kind === "level" ? "" : arg.domain ? domainText(arg.domain) : "";
  const prose = arg.text.replace(/\.$/, "");
  const withBound = bound ? `${prose} (${bound}).` : `${prose}.`;
  return arg.absent === undefined ? withBound : `${withBound} Default ${arg.absent}.`;
}

/** "=AIVALUE.ROI(value, cost)", optional arguments in brackets. */
export function syntax(f: ExcelFunction): string {
  return `=AIVALUE.${f.id}(${f.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(", ")})`;
}

/** A value as a formula spells it; an array constant as {1;2;3} (a column) or {1,2,3} (a row). */
function literal(v: Literal): string {
  if (Array.isArray(v)) return `{${v.map((row) => row.map(literal).join(",")).join(";")}}`;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return typeof v === "string" ? `"${v.replace(/"/g, '""')}"` : String(v);
}

/** A call as a formula: "=AIVALUE.BREAKEVEN(300, 10, 60)". */
export function formula(f: ExcelFunction, args: readonly Literal[]): string {
  return `=AIVALUE.${f.id}(${args.map(literal).join(", ")})`;
}

/** The worked example as a formula. */
export function exampleFormula(f: ExcelFunction): string {
  return formula(f, f.example.args);
}

/** Excel shows an error's message for these codes only; for #NUM! and #DIV/0! it shows the bare code. */
export const CODES_WITH_MESSAGES: readonly string[] = ["#VALUE!", "#N/A"];

// Twelve significant digits: what a wide Excel column shows, without binary noise.
const shown = (x: number | string) => (typeof x === "string" ? `"${x}"` : String(Number(x.toPrecision(12))));

/** The worked example's result as the reference states it. */
export function exampleResult(f: ExcelFunction): string {
  const r = f.example.result;
  if (Array.isArray(r)) return `${r.map((row) => shown(row[0])).join(", ")}, spilled down a column`;
  return shown(r);
}

/** One declared error as the reference shows it: when it happens, a formula that gives it, and what Excel shows. */
export interface ErrorRow {
  code: string;
  when: string;
  formula: string;
  shows: string;
}

/**
 * The function's declared errors, each computed from its example formula, so the
 * reference quotes the message a user sees (for #VALUE! and #N/A) or says there is none.
 * Throws when an example does not give its declared code: the build then fails.
 */
export function errorRows(f: ExcelFunction): ErrorRow[] {
  return f.errors.map((e) => {
    const written = formula(f, e.example);
    const result = f.evaluate(...e.example);
    if (!isCalcError(result) || result.code !== e.code) {
      throw new Error(`${written} should give ${e.code}, not ${isCalcError(result) ? result.code : String(result)}`);
    }
    const shows = CODES_WITH_MESSAGES.includes(e.code) ? `${e.code} with the message “${result.message}”` : `${e.code} alone (Excel shows no message)`;
    return { code: e.code, when: e.when, formula: written, shows };
  });
}
