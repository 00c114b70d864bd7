/** A range as Excel hands it to a parameter declared any[][]; a scalar arrives as 1×1. */
export type Range = unknown[][];

export const cell = (v: unknown): Range => [[v]];
export const column = (...vs: unknown[]): Range => vs.map((v) => [v]);
export const row = (...vs: unknown[]): Range => [vs];
/** What Excel passes for an argument left out of the formula. */
export const OMITTED = null as unknown as Range;

/** The CustomFunctions.Error a call throws, as Excel would show it. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof CustomFunctions.Error) return { code: e.code, message: e.message ?? "" };
    throw e;
  }
  throw new Error("expected an Excel error, got a result");
}
