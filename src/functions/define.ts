import { CalcError, isCalcError, type ErrorCode } from "../core/calcError";
import type { Arg, Parser } from "./args";

type Spec = Record<string, Parser<unknown>>;
type Parsed<S extends Spec> = { [K in keyof S]: Exclude<ReturnType<S[K]>, CalcError> };

/** What an AIVALUE function hands back to Excel. */
export type Result = number | string | number[][];

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
 * Builds an Excel function from its argument spec (declared once, in argument order)
 * and a body that holds only the math. Arguments are parsed in order and the first bad
 * one is reported; a CalcError from parsing or from the body is thrown as the
 * CustomFunctions.Error Excel shows, its message prefixed with the function's name.
 */
export function define<S extends Spec, R extends Result>(
  id: string,
  spec: S,
  body: (args: Parsed<S>) => R | CalcError,
): (...args: Arg[]) => R {
  const names = Object.keys(spec);
  const fail = (e: CalcError): CustomFunctions.Error => new CustomFunctions.Error(toExcelCode(e.code), `${id}: ${e.message}`);
  return (...args) => {
    const parsed: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) {
      const value = spec[names[i]](args[i], names[i]);
      if (isCalcError(value)) throw fail(value);
      parsed[names[i]] = value;
    }
    const result = body(parsed as Parsed<S>);
    if (isCalcError(result)) throw fail(result);
    if (!isFiniteResult(result)) throw fail(new CalcError("#NUM!", "the result is too large to represent"));
    return result;
  };
}
