/*
 * Writes templates into a new .xlsx file with ExcelJS: the worked example, and the files
 * the tests recalculate in other engines. ExcelJS cannot write worksheet-scoped names or
 * charts, so those are added to the saved package afterwards.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseRange, quoteSheet } from "../../src/sheet/a1";
import { chartParts } from "./charts";
import { plan, type Content, type Plan, type PlannedSheet } from "../../src/sheet/plan";
import type { Look } from "../../src/sheet/styles";
import type { TemplateOptions, TemplateSpec, ValidationSpec } from "../../src/sheet/spec";

const argb = (hex: string) => ({ argb: `FF${hex.replace("#", "").toUpperCase()}` });

function cellValue(c: Content): ExcelJS.CellValue {
  if (c.kind === "formula") return { formula: c.formula.slice(1) } as ExcelJS.CellFormulaValue;
  if (c.kind === "value") return c.value;
  return null;
}

function applyLook(cell: ExcelJS.Cell, look: Look): void {
  cell.font = { name: "Calibri", size: look.size ?? 11, bold: look.bold, italic: look.italic, color: look.color ? argb(look.color) : undefined };
  if (look.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: argb(look.fill) };
  cell.alignment = { wrapText: look.wrap, horizontal: look.align, vertical: "top" };
  if (look.border) {
    const side = { style: "thin" as const, color: argb(look.border) };
    cell.border = { top: side, left: side, bottom: side, right: side };
  }
}

function eachCell(ws: ExcelJS.Worksheet, ref: string, fn: (cell: ExcelJS.Cell) => void): void {
  const r = parseRange(ref);
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) fn(ws.getCell(row, col));
}

function validation(v: ValidationSpec): ExcelJS.DataValidation {
  const common = { allowBlank: true, showInputMessage: true, prompt: v.prompt, showErrorMessage: true };
  if (v.listRef) return { ...common, type: "list", formulae: [v.listRef] };
  if (v.decimal) return { ...common, type: "decimal", operator: "between", formulae: [v.decimal.min, v.decimal.max] };
  if (v.whole) return { ...common, type: "whole", operator: "between", formulae: [v.whole.min, v.whole.max] };
  return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(1900, 0, 1))] };
}

/** A new workbook file that templates are written into, then saved. */
export class XlsxBook {
  readonly workbook = new ExcelJS.Workbook();
  private readonly sheets: PlannedSheet[] = [];

  constructor() {
    this.workbook.creator = "AIVALUE";
    // Excel recalculates everything when the file opens: the file carries no cached results.
    this.workbook.calcProperties = { fullCalcOnLoad: true };
  }

  /** Writes a template as new sheets; returns the plan (final sheet and table names). */
  insert(spec: TemplateSpec, options: TemplateOptions = {}): Plan {
    const tables = this.workbook.worksheets.flatMap((ws) => Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}));
    const p = plan(spec, { sheetNames: this.workbook.worksheets.map((ws) => ws.name), tableNames: tables }, options);
    for (const sheet of p.sheets) this.writeSheet(sheet);
    return p;
  }

  private writeSheet(s: PlannedSheet): void {
    const ws = this.workbook.addWorksheet(s.name, {
      properties: { tabColor: argb(s.tabColor) },
      views: [{ state: "frozen", ySplit: s.freezeRows, xSplit: 0, showGridLines: false }],
    });
    s.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const col of s.hiddenColumns) ws.getColumn(col).hidden = true;
    for (const block of s.blocks) {
      const { top, left } = parseRange(block.address);
      block.contents.forEach((row, i) =>
        row.forEach((c, j) => {
          if (c.kind === "empty" && block.formats[i][j] === "General") return;
          const cell = ws.getCell(top + i, left + j);
          cell.value = cellValue(c);
          if (block.formats[i][j] !== "General") cell.numFmt = block.formats[i][j];
        }),
      );
    }
    for (const t of s.tables) this.addTable(ws, s, t.name, t.ref);
    for (const { look, ranges } of s.looks) for (const ref of ranges) eachCell(ws, ref, (cell) => applyLook(cell, look));
    for (const ref of s.merges) ws.mergeCells(ref);
    for (const h of s.rowHeights) ws.getRow(h.row).height = h.points;
    // ExcelJS breaks after the row it is given.
    for (const row of s.pageBreaks) ws.getRow(row - 1).addPageBreak();
    // Typed in ExcelJS's runtime but missing from its typings.
    const validations = (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
    for (const v of s.validations) validations.add(v.ref, validation(v));
    const titles = s.page.titleRows.replace(/\$/g, "");
    ws.pageSetup = {
      orientation: s.page.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: s.page.onePage ? 1 : 0,
      printTitlesRow: titles,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { oddHeader: `&L${s.page.header}&R&D`, oddFooter: `&C${s.page.footer}` };
    this.sheets.push(s);
  }

  /** ExcelJS writes a table's cells itself, so it is given the planned contents of its range. */
  private addTable(ws: ExcelJS.Worksheet, s: PlannedSheet, name: string, ref: string): void {
    const r = parseRange(ref);
    const block = s.blocks[0];
    const { top, left } = parseRange(block.address);
    const at = (row: number, col: number) => block.contents[row - top][col - left];
    const columns = [];
    for (let col = r.left; col <= r.right; col++) {
      const h = at(r.top, col);
      columns.push({ name: h.kind === "value" ? String(h.value) : `Column${col}`, filterButton: true });
    }
    const rows = [];
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const values = [];
      for (let col = r.left; col <= r.right; col++) values.push(cellValue(at(row, col)));
      rows.push(values);
    }
    ws.addTable({ name, ref: ref.split(":")[0], headerRow: true, style: { theme: "TableStyleLight1", showRowStripes: false }, columns, rows });
  }

  /** The finished file: ExcelJS's output plus worksheet-scoped names and charts. */
  async toBuffer(): Promise<Buffer> {
    const written = await this.workbook.xlsx.writeBuffer();
    const zip = await JSZip.loadAsync(written);
    await this.addNames(zip);
    await this.addCharts(zip);
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  private async addNames(zip: JSZip): Promise<void> {
    const path = "xl/workbook.xml";
    let xml = await zip.file(path)!.async("string");
    const index = new Map(this.workbook.worksheets.map((ws, i) => [ws.name, i]));
    const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    // The print area is written here too: ExcelJS writes it with relative rows.
    const defined = this.sheets
      .flatMap((s) =>
        [...s.names, { name: "_xlnm.Print_Area", ref: s.page.printArea }].map(
          // A print area may have several areas, each qualified by the sheet.
          (n) => `<definedName name="${n.name}" localSheetId="${index.get(s.name)}">${escape(n.ref.split(",").map((r) => `${quoteSheet(s.name)}!${r}`).join(","))}</definedName>`,
        ),
      )
      .join("");
    if (!defined) return;
    // Replacer functions: a name such as $A$1 must not be read as a "$1" substitution.
    xml = xml.includes("<definedNames>")
      ? xml.replace("<definedNames>", () => `<definedNames>${defined}`)
      : xml.replace(/<calcPr|<\/workbook>/, (at) => `<definedNames>${defined}</definedNames>${at}`);
    zip.file(path, xml);
  }

  private async addCharts(zip: JSZip): Promise<void> {
    for (const [i, s] of this.sheets.entries()) {
      if (s.charts.length === 0) continue;
      const sheetIndex = this.workbook.worksheets.findIndex((ws) => ws.name === s.name) + 1;
      await chartParts(zip, sheetIndex, i + 1, s.name, s.charts);
    }
  }
}
