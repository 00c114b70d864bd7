/*
 * A stand-in for the globals Excel's custom-functions runtime provides, so the function
 * code runs unchanged under jest, HyperFormula and the bench. Like the real one,
 * ErrorCode's values are the Excel error strings, and an Error keeps its message only for
 * #VALUE! and #N/A: the real runtime drops the others' (CustomFunctionError._getMessage in
 * custom-functions-runtime.debug.js; the d.ts says "A custom error message can't be used").
 * Importing this module installs it; the browser fake (test/browser/fakeOffice.ts) reuses
 * `customFunctions`.
 */
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

const CODES_WITH_MESSAGES: readonly string[] = [ErrorCode.invalidValue, ErrorCode.notAvailable];

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(CODES_WITH_MESSAGES.includes(code) ? message : undefined);
  }
}

/** CustomFunctions.Error and CustomFunctions.ErrorCode; `associate` is the host's own. */
export const customFunctions = { Error: CustomFunctionsError, ErrorCode };

Object.assign(globalThis, { CustomFunctions: customFunctions });
