/*
 * Saves sheets of the recording fake as an .xlsx: what the workbook would hold after the
 * add-in's Office.js writes — cells as formulas or values, and worksheet-scoped names.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { WorkbookModel } from "./excelFake";

export async function fakeToXlsx(model: WorkbookModel): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of model.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const [ref, cell] of sheet.cells) {
      if (cell.formula !== undefined) ws.getCell(ref).value = { formula: cell.formula.slice(1) } as ExcelJS.CellFormulaValue;
      else if (cell.value !== undefined && cell.value !== "") ws.getCell(ref).value = cell.value;
    }
  }
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const names = model.sheets
    .flatMap((s, i) => s.names.map((n) => `<definedName name="${n.name}" localSheetId="${i}">${esc(s.nameFormula(n.ref).slice(1))}</definedName>`))
    .join("");
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/<calcPr|<\/workbook>/, (at) => `<definedNames>${names}</definedNames>${at}`);
  zip.file("xl/workbook.xml", xml);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
