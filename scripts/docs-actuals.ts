/*
 * npm run docs:actuals: renders the worked example's actuals beside the plan — the page that
 * prints the contract's actuals table — to docs/contract-actuals.png (LibreOffice and poppler).
 */
import { execFileSync } from "child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import "../harness/customFunctionsRuntime";
import { soffice } from "../harness/libreoffice";
import { withCachedResults } from "../harness/render";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), "aivalue-actuals-"));
  const xlsx = path.join(work, "example.xlsx");
  writeFileSync(xlsx, await withCachedResults(await workedExample().book.toBuffer()));
  soffice(["--convert-to", "pdf", "--outdir", work, xlsx], work, false);
  const pdf = path.join(work, "example.pdf");
  // The page whose text has the actuals table's header, found rather than counted.
  const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f");
  const page = pages.findIndex((text) => text.includes("Re-forecast") && text.includes("Month starts")) + 1;
  if (page === 0) throw new Error("no page shows the actuals table");
  execFileSync("pdftoppm", ["-f", String(page), "-l", String(page), "-r", "80", "-png", "-singlefile", pdf, path.join(work, "page")]);
  const out = path.resolve(__dirname, "../docs/contract-actuals.png");
  copyFileSync(path.join(work, "page.png"), out);
  console.log(path.relative(process.cwd(), out));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
