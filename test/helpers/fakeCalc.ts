/*
 * A calculation engine for the recording fake: after each batch, the fake's workbook is
 * saved as .xlsx and computed by HyperFormula with the AIVALUE plugin, and every formula's
 * result (and every spilled cell) is put back where Excel would show it. Errors come back
 * as Excel reports them through range.values: the code as text, valueType "Error".
 */
import { DetailedCellError } from "hyperformula";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { cellRef } from "../../src/sheet/a1";
import type { SheetModel, WorkbookModel } from "./excelFake";
import { fakeToXlsx } from "./fakeToXlsx";

export interface CalcOptions {
  /** Calculations that leave every AIVALUE cell at #BUSY!, as Excel does while custom functions run. */
  busyFor?: number;
  /** Changes a computed value before it is shown: to prove a wrong result is caught. */
  tamper?: (sheet: string, ref: string, formula: string, value: unknown) => unknown;
}

/** A FakeContext.calculate that computes the workbook in HyperFormula after each batch. */
export function hyperFormulaCalc(options: CalcOptions = {}): (model: WorkbookModel) => Promise<void> {
  // Cells a spill filled in: cleared before each export, or they would block the next spill.
  const spilled = new Map<SheetModel, Set<string>>();
  let calculations = 0;
  return async (model) => {
    for (const [sheet, refs] of spilled) for (const ref of refs) sheet.cells.delete(ref);
    spilled.clear();
    const busy = calculations++ < (options.busyFor ?? 0);
    const book = await loadIntoHyperFormula(await fakeToXlsx(model));
    try {
      for (const sheet of model.sheets) {
        const id = book.hf.getSheetId(sheet.name);
        if (id === undefined) continue;
        const grid = book.hf.getSheetValues(id);
        const filled = new Set<string>();
        grid.forEach((row, r) =>
          row.forEach((computed, c) => {
            const ref = cellRef(r + 1, c + 1);
            const cell = sheet.cells.get(ref);
            if (cell?.formula === undefined && cell?.value !== undefined && cell.value !== "") return;
            if (computed === null && cell?.formula === undefined) return;
            const target = cell ?? sheet.cell(ref);
            if (cell?.formula === undefined) filled.add(ref);
            const formula = target.formula ?? "";
            let value: unknown = computed instanceof DetailedCellError ? computed.value : computed ?? "";
            if (busy && /AIVALUE\./i.test(formula)) value = "#BUSY!";
            if (options.tamper) value = options.tamper(sheet.name, ref, formula, value);
            const isError = typeof value === "string" && value.startsWith("#") && (computed instanceof DetailedCellError || value === "#BUSY!");
            target.value = value as string | number | boolean;
            if (isError) target.valueType = "Error";
            else delete target.valueType;
          }),
        );
        spilled.set(sheet, filled);
      }
    } finally {
      book.hf.destroy();
    }
  };
}
