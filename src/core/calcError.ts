/** The Excel error codes this library produces. */
export type ErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

/**
 * An Excel error as a value: core functions return it instead of throwing, so a bad
 * input can never escape as NaN, Infinity or an exception.
 *
 * @example
 * const e = new CalcError("#NUM!", "cost must not be negative");
 * e.code; //=> "#NUM!"
 */
export class CalcError {
  constructor(
    readonly code: ErrorCode,
    readonly message: string,
  ) {}
}

/** True when `x` is a {@link CalcError}. */
export function isCalcError(x: unknown): x is CalcError {
  return x instanceof CalcError;
}
