/*
 * npm run docs:example: renders the worked example into docs/ as PNG pages, its AI Billing
 * sheet (the last sheet, one page) larger as docs/ai-billing.png, the trackers' weekly pages (share and values),
 * and the portfolio's first page as docs/portfolio.png (needs LibreOffice and poppler).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPageWith, renderPages } from "../harness/render";
import { renderTrackerPage } from "./docs-tracker";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const docs = path.resolve(__dirname, "../docs");
  mkdirSync(docs, { recursive: true });
  for (const f of readdirSync(docs).filter((f) => /^worked-example-\d+\.png$/.test(f))) rmSync(path.join(docs, f));
  const buffer = await workedExample().book.toBuffer();
  const pages = await renderPages(buffer, docs, "worked-example", 80);
  const large = await renderPages(buffer, mkdtempSync(path.join(os.tmpdir(), "aivalue-billing-")), "page", 120);
  copyFileSync(large[large.length - 1], path.join(docs, "ai-billing.png"));
  // The portfolio's first page, found by its title, at a resolution its wide tables stay legible at.
  const portfolio = path.join(docs, "portfolio.png");
  await renderPageWith(buffer, "AI portfolio — where value is", portfolio, 130);
  pages.push(path.join(docs, "ai-billing.png"), await renderTrackerPage(docs), await renderTrackerPage(docs, "values"), portfolio);
  console.log(pages.map((p) => path.relative(process.cwd(), p)).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
