/*
 * A template as a user fills it, computed: set some input cells (by name, or by the
 * label in column A and a column letter), write the sheet to a file and load it into
 * HyperFormula with the AIVALUE plugin — blanks arrive as blanks, as on Excel on the web.
 * Only input cells may be set, so a test can never patch a formula it is meant to check.
 */
import { XlsxBook } from "../../scripts/xlsx/writer";
import { columnNumber, parseCell } from "../../src/sheet/a1";
import type { Cell, SheetSpec, TemplateSpec, Value } from "../../src/sheet/spec";
import { recalculate } from "../../harness/libreoffice";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";

/** A sheet's cell from its top-left block (every template writes its body from A1). */
function cellAt(sheet: SheetSpec, row: number, col: number): { cells: (Cell | undefined)[][]; cell: Cell | undefined } {
  const block = sheet.blocks.find((b) => b.at === "A1")!;
  return { cells: block.cells, cell: block.cells[row - 1]?.[col - 1] };
}

/** The row whose column-A label reads `text`. */
export function rowOf(spec: TemplateSpec, text: string): number {
  const cells = spec.sheets[0].blocks.find((b) => b.at === "A1")!.cells;
  const i = cells.findIndex((row) => row[0]?.v === text);
  if (i < 0) throw new Error(`no row labelled ${text}`);
  return i + 1;
}

/**
 * A copy of a one-sheet template with inputs set: keys are worksheet-scoped names, or
 * "Label@C" for the input in column C of the row labelled Label, or a cell ("I160"). null blanks a cell.
 */
export function withInputs(spec: TemplateSpec, inputs: Record<string, Value>): TemplateSpec {
  const sheet: SheetSpec = structuredClone(spec.sheets[0]);
  for (const [key, v] of Object.entries(inputs)) {
    const [text, column] = key.split("@");
    const named = /^[A-Z]{1,3}\d+$/.test(key) ? key : sheet.names.find((n) => n.name === key)?.ref;
    const { row, col } = named ? parseCell(named) : { row: rowOf(spec, text), col: columnNumber(column) };
    const { cells, cell } = cellAt(sheet, row, col);
    if (cell?.s !== "input" && cell?.s !== "inputText") throw new Error(`${key} is not an input cell`);
    cells[row - 1][col - 1] = { ...cell, v };
  }
  return { ...spec, sheets: [sheet] };
}

async function toBuffer(spec: TemplateSpec): Promise<Buffer> {
  const book = new XlsxBook();
  book.insert(spec);
  return book.toBuffer();
}

export interface Computed {
  book: LoadedWorkbook;
  named(name: string): unknown;
  /** The check block's row with this label: 0 OK, 1 to fix (checks sit in column B). */
  check(label: string): unknown;
}

/** The sheet computed by HyperFormula with the add-in's functions. */
export async function compute(spec: TemplateSpec): Promise<Computed> {
  const book = await loadIntoHyperFormula(await toBuffer(spec));
  const sheet = spec.sheets[0].name;
  return { book, named: (name) => book.named(sheet, name), check: (label) => book.value(sheet, `B${rowOf(spec, label)}`) };
}

/** The sheet recalculated by LibreOffice, without the add-in: a named cell's value (native formulas only). */
export async function computeNative(spec: TemplateSpec): Promise<(name: string) => unknown> {
  const file = await recalculate(await toBuffer(spec));
  const ws = file.getWorksheet(spec.sheets[0].name)!;
  return (name) => {
    const ref = spec.sheets[0].names.find((n) => n.name === name)!.ref.replace(/\$/g, "");
    const v = ws.getCell(ref).value as unknown;
    return v !== null && typeof v === "object" && "formula" in (v as object) ? ((v as { result?: unknown }).result ?? 0) : v;
  };
}
