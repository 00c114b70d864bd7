/*
 * One declaration per Excel function. It holds everything a reader needs to know about the
 * function, and everything else is derived from it: functions.json, the registration,
 * help.html, docs/functions.md, the task pane's gallery, the HyperFormula test plugin,
 * the property tests and the bench.
 */
import { CalcError, isCalcError, type ErrorCode } from "../core/calcError";
import type { Arg, ArgSpec, Parsed } from "./arg";

/** What an AIVALUE function hands back to Excel. */
export type Result = number | string | number[][];

/** A value as it is typed into a formula: a number, text, a boolean or an array constant (rows of values). */
export type Literal = number | string | boolean | readonly (readonly (number | string | boolean)[])[];

export interface Example {
  /** The arguments, in order; the formula is written from them. */
  args: readonly Literal[];
  /** What the formula returns; a spilled column is one row per element. */
  result: number | string | number[][];
  /** The story behind the figures, in a sentence or two. */
  story: string;
}

/**
 * An error the body can give, beyond the arguments' own (wrong type, out of bounds): the
 * reference lists it, and a test calls the function with `example` and expects `code`.
 */
export interface DeclaredError {
  code: ErrorCode;
  /** When it happens, in words. */
  when: string;
  example: readonly Literal[];
}

/**
 * A spilled column's length, as a formula engine must know it before it calculates: the
 * `from` argument when it is given, else the longest of the `seriesOf` arguments, else
 * `otherwise`; plus `extra` rows.
 */
export interface SpillRule<K extends string> {
  from: K;
  seriesOf: readonly K[];
  otherwise: number;
  extra: number;
}

type Args = Record<string, ArgSpec<unknown>>;

export interface Declaration<A extends Args, R extends Result> {
  /** Upper-case, as typed after AIVALUE. */
  id: string;
  /** What Excel's formula autocomplete shows. */
  description: string;
  /** In argument order; the key is the argument's name. */
  args: A;
  /** The result, in words; `type` is what Excel is told to expect. */
  returns: { text: string; type: "number" | "string" | "number or string" };
  /** Present when the result spills down a column. */
  spill?: SpillRule<keyof A & string>;
  example: Example;
  errors?: readonly DeclaredError[];
  /** Only the math: every argument arrives parsed and checked. */
  body: (args: { [K in keyof A]: Parsed<A[K]> }) => R | CalcError;
}

/** An argument with its name. */
export type NamedArg = ArgSpec<unknown> & { readonly name: string };

/** A declared function: its description for every reader, and `call`, which Excel calls. */
export interface ExcelFunction<R extends Result = Result> {
  readonly id: string;
  readonly description: string;
  readonly args: readonly NamedArg[];
  readonly returns: Declaration<Args, R>["returns"];
  readonly spill?: SpillRule<string>;
  readonly example: Example;
  readonly errors: readonly DeclaredError[];
  /** The result, or the CalcError naming the first bad argument or the rule broken. */
  readonly evaluate: (...args: readonly unknown[]) => R | CalcError;
  /** What Excel calls: an error is thrown as the CustomFunctions.Error Excel shows. */
  readonly call: (...args: readonly unknown[]) => R;
}

// CustomFunctions.ErrorCode's values are the Excel codes themselves ("#VALUE!", …),
// so a CalcError's code passes straight through and nothing touches the runtime at load.
const toExcelCode = (code: ErrorCode): CustomFunctions.ErrorCode => code as CustomFunctions.ErrorCode;

function isFiniteResult(result: Result): boolean {
  if (typeof result === "number") return Number.isFinite(result);
  if (typeof result === "string") return true;
  for (const row of result) for (const x of row) if (!Number.isFinite(x)) return false;
  return true;
}

/**
 * Builds an Excel function from its declaration. Arguments are parsed in order and the
 * first bad one is reported; a CalcError's message is prefixed with the function's name.
 * `call` throws it as a CustomFunctions.Error, whose message Excel shows for #VALUE! and
 * #N/A only (the runtime drops the others').
 */
export function excelFunction<A extends Args, R extends Result>(declaration: Declaration<A, R>): ExcelFunction<R> {
  const { id, args, body } = declaration;
  const named: NamedArg[] = Object.entries(args).map(([name, spec]) => ({ ...spec, name }));
  const names = named.map((a) => a.name);
  const parsers = named.map((a) => a.parse);
  const withName = (e: CalcError) => new CalcError(e.code, `${id}: ${e.message}`);
  const evaluate = (...values: readonly unknown[]): R | CalcError => {
    const parsed: Record<string, unknown> = {};
    for (let i = 0; i < parsers.length; i++) {
      const value = parsers[i](values[i] as Arg, names[i]);
      if (isCalcError(value)) return withName(value);
      parsed[names[i]] = value;
    }
    const result = body(parsed as { [K in keyof A]: Parsed<A[K]> });
    if (isCalcError(result)) return withName(result);
    if (!isFiniteResult(result)) return withName(new CalcError("#NUM!", "the result is too large to represent"));
    return result;
  };
  const call = (...values: readonly unknown[]): R => {
    const result = evaluate(...values);
    if (isCalcError(result)) throw new CustomFunctions.Error(toExcelCode(result.code), result.message);
    return result;
  };
  return {
    id,
    description: declaration.description,
    args: named,
    returns: declaration.returns,
    spill: declaration.spill,
    example: declaration.example,
    errors: declaration.errors ?? [],
    evaluate,
    call,
  };
}
