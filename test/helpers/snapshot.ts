/*
 * One comparable picture of a sheet, whichever writer made it: every non-empty cell as
 * its formula or typed value, the sheet's names, the validation on every cell, tables
 * and merges. The .xlsx side is read back from the saved file, not from the writer.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellRef, parseRange } from "../../src/sheet/a1";
import type { FakeContext } from "./excelFake";

export interface SheetSnapshot {
  cells: Record<string, string>;
  names: string[];
  validations: Record<string, string>;
  tables: string[];
  merges: string[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function valueText(v: unknown): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (v instanceof Date) return `n:${Math.round((v.getTime() - EXCEL_EPOCH) / 86400000)}`;
  if (typeof v === "number") return `n:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `s:${v}`;
}

function expand(ref: string): string[] {
  const r = parseRange(ref.replace(/\$/g, ""));
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellRef(row, col));
  return out;
}

const plain = (ref: string) => ref.replace(/\$/g, "").replace(/^=/, "");

function ruleText(rule: Record<string, Record<string, unknown>>): string {
  const [kind, body] = Object.entries(rule)[0];
  if (kind === "list") return `list:${plain(String(body.source))}`;
  if (kind === "date") return "date";
  return `${kind === "wholeNumber" ? "whole" : kind}:${body.formula1}..${body.formula2}`;
}

export function fakeSnapshot(ctx: FakeContext, sheetName: string): SheetSnapshot {
  const s = ctx.model.sheet(sheetName);
  const cells: Record<string, string> = {};
  for (const [ref, c] of s.cells) {
    const text = c.formula ?? valueText(c.value);
    if (text !== undefined) cells[ref] = text;
  }
  const validations: Record<string, string> = {};
  for (const v of s.validations) for (const ref of expand(v.ref)) validations[ref] = ruleText(v.rule as never);
  return {
    cells,
    names: s.names.map((n) => `${n.name}=${plain(n.ref)}`).sort(),
    validations,
    tables: ctx.model.tables.filter((t) => t.sheet === sheetName).map((t) => `${t.name}=${t.ref}`).sort(),
    merges: [...s.merges].sort(),
  };
}

export async function xlsxSnapshot(buffer: Buffer, sheetName: string): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const cells: Record<string, string> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // ExcelJS reports a merge's value in every cell it covers; the file holds it once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value as unknown;
      const text = v !== null && typeof v === "object" && "formula" in (v as object) ? `=${(v as { formula: string }).formula}` : valueText(v);
      if (text !== undefined) cells[cell.address] = text;
    }),
  );
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const sheetIndex = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]).indexOf(sheetName);
  const names = [...workbookXml.matchAll(/<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)]
    .filter((m) => Number(m[2]) === sheetIndex && !m[1].startsWith("_xlnm"))
    .map((m) => `${m[1]}=${plain(m[3].split("!").pop()!)}`)
    .sort();
  const validations: Record<string, string> = {};
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const [ref, v] of Object.entries(model)) {
    const text =
      v.type === "list"
        ? `list:${plain(String(v.formulae[0]))}`
        : v.type === "date"
          ? "date"
          : `${v.type}:${v.formulae[0]}..${v.formulae[1]}`;
    for (const cell of expand(ref.replace(/^range:/, ""))) validations[cell] = text;
  }
  const tables: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p))) {
    const xml = await zip.file(path)!.async("string");
    const m = /<table [^>]*name="([^"]+)"[^>]*ref="([^"]+)"/.exec(xml) ?? /<table [^>]*ref="([^"]+)"[^>]*name="([^"]+)"/.exec(xml);
    if (!m) continue;
    const [name, ref] = m[0].indexOf("name=") < m[0].indexOf("ref=") ? [m[1], m[2]] : [m[2], m[1]];
    const rels = await zip.file(`xl/worksheets/_rels/sheet${sheetIndex + 1}.xml.rels`)?.async("string");
    if (rels?.includes(path.replace("xl/", "../"))) tables.push(`${name}=${ref}`);
  }
  const merges = ((ws as unknown as { model: { merges: string[] } }).model.merges ?? []).slice().sort();
  return { cells, names, validations, tables: tables.sort(), merges };
}
