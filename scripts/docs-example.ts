/*
 * npm run docs:example: renders the worked example into docs/ as PNG pages, and its AI
 * Billing sheet (the last sheet, one page) larger as docs/ai-billing.png (needs LibreOffice and pdftoppm).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPages } from "../harness/render";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const docs = path.resolve(__dirname, "../docs");
  mkdirSync(docs, { recursive: true });
  for (const f of readdirSync(docs).filter((f) => /^worked-example-\d+\.png$/.test(f))) rmSync(path.join(docs, f));
  const pages = await renderPages(await workedExample().book.toBuffer(), docs, "worked-example", 80);
  const large = await renderPages(await workedExample().book.toBuffer(), mkdtempSync(path.join(os.tmpdir(), "aivalue-billing-")), "page", 120);
  copyFileSync(large[large.length - 1], path.join(docs, "ai-billing.png"));
  console.log([...pages, path.join(docs, "ai-billing.png")].map((p) => path.relative(process.cwd(), p)).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
