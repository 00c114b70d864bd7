/*
 * A stand-in for the globals Excel's custom-functions runtime provides, so the wrapper
 * code runs unchanged under jest, HyperFormula and the bench. Like the real one,
 * ErrorCode's values are the Excel error strings. Importing this module installs it;
 * the browser fake (test/browser/fakeOffice.ts) reuses `customFunctions`.
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

class CustomFunctionsError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

/** CustomFunctions.Error and CustomFunctions.ErrorCode; `associate` is the host's own. */
export const customFunctions = { Error: CustomFunctionsError, ErrorCode };

Object.assign(globalThis, { CustomFunctions: customFunctions });
