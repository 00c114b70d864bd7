/*
 * Loads a saved .xlsx into HyperFormula with the AIVALUE plugin: every sheet's cells as
 * written, and the worksheet-scoped names from workbook.xml, so the template's formulas
 * compute as they would in Excel with the add-in.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { HyperFormula, type CellValue } from "hyperformula";
import { parseCell } from "../src/sheet/a1";
import { registerAivalue } from "./hyperformula";

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export interface LoadedWorkbook {
  hf: HyperFormula;
  /** Every formula cell: sheet name and A1 address. */
  formulas: { sheet: string; ref: string; formula: string }[];
  value(sheet: string, ref: string): CellValue;
  /** The value of a worksheet-scoped name. */
  named(sheet: string, name: string): CellValue;
}

/** A local name as "sheet!name", for rewriting references HyperFormula cannot parse. */
type Names = Map<string, string>;

/**
 * Excel syntax HyperFormula spells differently: TRUE/FALSE are functions there, and a
 * name qualified by its sheet ('Evidence Ladder'!RungReached) becomes the cell it names.
 */
function toHyperFormula(formula: string, names: Names): string {
  return formula
    .replace(/\b(TRUE|FALSE)\b(?!\()/g, "$1()")
    .replace(/('(?:[^']|'')+'|[A-Za-z_][\w.]*)!([A-Za-z_]\w*)\b(?![(\d$])/g, (whole, sheet: string, name: string) => {
      const plain = sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
      return names.get(`${plain}!${name}`) ?? whole;
    });
}

export async function loadIntoHyperFormula(buffer: Buffer): Promise<LoadedWorkbook> {
  await registerAivalue();
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const order = [...xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  const defined = [...xml.matchAll(/<definedName name="([^"_][^"]*)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => ({
    name: m[1],
    sheet: order[Number(m[2])],
    ref: m[3].replace(/&apos;/g, "'").replace(/&amp;/g, "&"),
  }));
  const names: Names = new Map(defined.map((d) => [`${d.sheet}!${d.name}`, d.ref]));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  const formulas: LoadedWorkbook["formulas"] = [];
  for (const ws of wb.worksheets) {
    const rows: (string | number | boolean | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value as unknown;
        let content: string | number | boolean | null;
        if (v !== null && typeof v === "object" && "formula" in (v as object)) {
          const formula = `=${(v as { formula: string }).formula}`;
          formulas.push({ sheet: ws.name, ref: cell.address, formula });
          content = toHyperFormula(formula, names);
        } else if (v instanceof Date) content = Math.round((v.getTime() - EXCEL_EPOCH) / 86400000);
        else if (typeof v === "string") content = v.startsWith("=") ? `'${v}` : v;
        else content = v as number | boolean | null;
        (rows[r - 1] ??= [])[c - 1] = content;
      });
    });
    sheets[ws.name] = Array.from(rows, (row) => Array.from(row ?? [], (x) => x ?? null));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  hf.suspendEvaluation();
  for (const d of defined) hf.addNamedExpression(d.name, `=${d.ref}`, hf.getSheetId(d.sheet));
  hf.resumeEvaluation();
  const address = (sheet: string, ref: string) => {
    const { row, col } = parseCell(ref);
    return { sheet: hf.getSheetId(sheet)!, row: row - 1, col: col - 1 };
  };
  return {
    hf,
    formulas,
    value: (sheet, ref) => hf.getCellValue(address(sheet, ref)),
    named: (sheet, name) => hf.calculateFormula(`=${name}`, hf.getSheetId(sheet)!) as CellValue,
  };
}

