/*
 * Office.js failures in plain words: what happened and what to do. Codes are Office's
 * (OfficeExtension.Error.code); anything else keeps its own message.
 */
import { BoardPackError } from "../boardpack/error";
import { BillingWriteError } from "../office/billing";
import { InsertError } from "../office/insert";

const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: "Excel is busy editing a cell. Press Enter or Esc to leave the cell, then try again.",
  AccessDenied: "The workbook or sheet is protected, or open read-only. Unprotect it (Review › Unprotect) or save a copy you can edit, then try again.",
  EditModeCannotAutosave: "The workbook is open read-only. Save a copy you can edit, then try again.",
  ApiNotFound: "This version of Excel does not support that action. Update Excel, or use Excel on the web.",
  InsertDeleteConflict: "Something in the workbook blocks new sheets (a protected workbook structure?). Unprotect the workbook structure, then try again.",
  ItemAlreadyExists: "A sheet or name with that name appeared while inserting. Try again.",
  RequestPayloadSizeLimitExceeded: "The request was too large for Excel on the web. Try again with a smaller selection.",
  ResponsePayloadSizeLimitExceeded: "Excel on the web could not send back that much at once. Try again with a smaller selection, or in Excel for Windows or Mac.",
};

export function explain(error: unknown): string {
  if (error instanceof InsertError || error instanceof BoardPackError || error instanceof BillingWriteError) return error.message;
  const code = (error as { code?: string } | null)?.code;
  if (code && ADVICE[code]) return ADVICE[code];
  const message = error instanceof Error ? error.message : String(error);
  return `Excel could not finish: ${message}${code ? ` (${code})` : ""}. Nothing was changed.`;
}
