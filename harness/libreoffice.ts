/*
 * Recalculates a workbook in LibreOffice headless, the independent engine behind the
 * parity tests: ExcelJS writes formulas without results, LibreOffice computes and saves
 * them, ExcelJS reads the results back.
 */
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
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

async function load(file: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  return book;
}

/** Whether any formula in `book` carries a result; ExcelJS reads a cached 0, FALSE or "" as none. */
function hasResults(book: ExcelJS.Workbook): boolean {
  let found = false;
  book.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => (found ||= typeof c.value === "object" && c.value !== null && "result" in c.value))));
  return found;
}

/**
 * Has LibreOffice recalculate a workbook (a saved .xlsx, or one built with ExcelJS) and
 * loads what it saved. The input must carry no cached results (ExcelJS writes none), so a
 * result anywhere in the output proves LibreOffice computed; otherwise this throws.
 */
export async function recalculate(input: Buffer | ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = Buffer.isBuffer(input) ? input : Buffer.from((await input.xlsx.writeBuffer()) as ArrayBuffer);
  if (hasResults(Buffer.isBuffer(input) ? await load(input) : input)) {
    throw new Error("the workbook carries cached results, so its recalculation cannot be proven");
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), "aivalue-lo-"));
  const sent = path.join(dir, "in", "book.xlsx");
  mkdirSync(path.dirname(sent));
  writeFileSync(sent, file);
  soffice(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", path.join(dir, "out"), sent], dir);
  const result = await load(readFileSync(path.join(dir, "out", "book.xlsx")));
  if (!hasResults(result)) throw new Error("LibreOffice did not recalculate the workbook (is OOXMLRecalcMode set?)");
  return result;
}

/**
 * What a recalculated cell shows: a formula's result, or the value typed in it ("" when
 * empty); an error reads as { error: "#NAME?" }. ExcelJS drops a cached result of exactly 0, FALSE or "" when reading, so a formula
 * without a result reads as 0: {@link recalculate} has proven the file was recalculated, and
 * callers compare 0 with an expected FALSE or "" accordingly.
 */
export function resultAt(sheet: ExcelJS.Worksheet, address: string): ExcelJS.CellValue {
  const v = sheet.getCell(address).value;
  if (v !== null && typeof v === "object" && ("formula" in v || "sharedFormula" in v)) return v.result ?? 0;
  return v ?? "";
}

/** A recalculated cell's number (see {@link resultAt}); throws on errors and text. */
export function numberAt(sheet: ExcelJS.Worksheet, address: string): number {
  const result = resultAt(sheet, address);
  if (typeof result !== "number") throw new Error(`${sheet.name}!${address} holds ${JSON.stringify(result)}, not a number`);
  return result;
}
