/*
 * Recalculates a workbook in LibreOffice headless, the independent engine behind the
 * parity tests: ExcelJS writes formulas without results, LibreOffice computes and saves
 * them, ExcelJS reads the results back.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";

// OOXMLRecalcMode 0 recalculates on load (without it LibreOffice trusts the absent cached
// results); 1 never does, for showing the cached results a file carries.
const profile = (mode: 0 | 1) => `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>${mode}</value></prop></item>
</oor:items>`;

function profileDir(mode: 0 | 1): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aivalue-lo-profile-"));
  mkdirSync(path.join(dir, "user"), { recursive: true });
  writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), profile(mode));
  return dir;
}

/** Runs soffice headless with a private profile; `recalculate` decides whether formulas are recomputed on load. */
export function soffice(args: string[], cwd: string, recalculate = true): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profileDir(recalculate ? 0 : 1)}`, "--headless", "--norestore", ...args], {
    cwd,
    stdio: "pipe",
    timeout: 180_000,
  });
}

/** Has LibreOffice recalculate a saved .xlsx and loads the result; fails if nothing was recalculated. */
export async function recalculateFile(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aivalue-lo-"));
  const input = path.join(dir, "in", "book.xlsx");
  mkdirSync(path.dirname(input));
  writeFileSync(input, buffer);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), input], dir);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(path.join(dir, "out", "book.xlsx"));
  // The input carries no cached results, so a result anywhere means LibreOffice computed.
  let computed = false;
  result.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (computed ||= typeof c.value === "object" && c.value !== null && "result" in c.value))));
  if (!computed) throw new Error("LibreOffice did not recalculate the workbook (is OOXMLRecalcMode set?)");
  return result;
}

/** Saves `workbook`, has LibreOffice recalculate and re-save it, and loads the result. */
export async function recalculate(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "aivalue-lo-"));
  const input = path.join(dir, "in", "book.xlsx");
  mkdirSync(path.dirname(input));
  const sentinel = workbook.addWorksheet("Recalculated");
  sentinel.getCell("A1").value = { formula: "6*7" };
  await workbook.xlsx.writeFile(input);
  workbook.removeWorksheet(sentinel.id);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), input], dir);
  const result = new ExcelJS.Workbook();
  await result.xlsx.readFile(path.join(dir, "out", "book.xlsx"));
  const check = result.getWorksheet("Recalculated");
  const answer = check?.getCell("A1").value as { result?: unknown } | undefined;
  if (answer?.result !== 42) throw new Error("LibreOffice did not recalculate the workbook (is OOXMLRecalcMode set?)");
  result.removeWorksheet(check!.id);
  return result;
}

/**
 * A recalculated cell's number; throws on errors and text. ExcelJS drops a formula result
 * of exactly 0 when reading, so a formula without a result reads as 0: {@link recalculate}
 * proves the file was recalculated before anything is read.
 */
export function numberAt(sheet: ExcelJS.Worksheet, address: string): number {
  const v = sheet.getCell(address).value;
  const result = v !== null && typeof v === "object" && "formula" in v ? (v.result ?? 0) : v;
  if (typeof result !== "number") throw new Error(`${sheet.name}!${address} holds ${JSON.stringify(result)}, not a number`);
  return result;
}
