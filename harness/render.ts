/*
 * Renders a workbook the way a board pack prints it: cached results written into the
 * file (computed by HyperFormula with the AIVALUE plugin, as Excel with the add-in would
 * show them), LibreOffice prints it to PDF without recalculating, pdftoppm makes PNGs.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { DetailedCellError } from "hyperformula";
import { soffice } from "./libreoffice";
import { loadIntoHyperFormula } from "./workbookEngine";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The file with every formula's result cached, so a reader that does not recalculate shows values. */
export async function withCachedResults(buffer: Buffer): Promise<Buffer> {
  const engine = await loadIntoHyperFormula(buffer);
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const order = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  for (const [i, sheet] of order.entries()) {
    const file = `xl/worksheets/sheet${i + 1}.xml`;
    let xml = await zip.file(file)!.async("string");
    xml = xml.replace(/<c r="([A-Z]+\d+)"([^>]*?)(?: t="[^"]*")?>(<f>[^<]*<\/f>)(?:<v>[^<]*<\/v>)?<\/c>/g, (_m, ref: string, attrs: string, f: string) => {
      const v = engine.value(sheet, ref);
      if (v instanceof DetailedCellError) return `<c r="${ref}"${attrs} t="e">${f}<v>${esc(v.value)}</v></c>`;
      if (typeof v === "string") return `<c r="${ref}"${attrs} t="str">${f}<v>${esc(v)}</v></c>`;
      if (typeof v === "boolean") return `<c r="${ref}"${attrs} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
      return `<c r="${ref}"${attrs}>${f}<v>${v ?? 0}</v></c>`;
    });
    zip.file(file, xml);
  }
  engine.hf.destroy();
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Prints `buffer` and writes the first page whose text contains `text` to `png` (a path ending in .png); throws if none does. */
export async function renderPageWith(buffer: Buffer, text: string, png: string, dpi = 80): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), "aivalue-render-"));
  const xlsx = path.join(work, "book.xlsx");
  writeFileSync(xlsx, await withCachedResults(buffer));
  soffice(["--convert-to", "pdf", "--outdir", work, xlsx], work, false);
  const pdf = path.join(work, "book.pdf");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
  for (let page = 1; page <= pages; page++) {
    const words = execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" });
    if (!words.includes(text)) continue;
    execFileSync("pdftoppm", ["-r", String(dpi), "-png", "-singlefile", "-f", String(page), "-l", String(page), pdf, png.replace(/\.png$/, "")]);
    return;
  }
  throw new Error(`no printed page contains "${text}"`);
}

/** Prints `buffer` to PNG pages in `outDir` named `<prefix>-<n>.png`; returns their paths. */
export async function renderPages(buffer: Buffer, outDir: string, prefix: string, dpi = 80): Promise<string[]> {
  const work = mkdtempSync(path.join(os.tmpdir(), "aivalue-render-"));
  const xlsx = path.join(work, `${prefix}.xlsx`);
  writeFileSync(xlsx, await withCachedResults(buffer));
  soffice(["--convert-to", "pdf", "--outdir", work, xlsx], work, false);
  execFileSync("pdftoppm", ["-r", String(dpi), "-png", path.join(work, `${prefix}.pdf`), path.join(outDir, prefix)]);
  return readdirSync(outDir)
    .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
    .sort()
    .map((f) => path.join(outDir, f));
}
