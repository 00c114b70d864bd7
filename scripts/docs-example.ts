/* npm run docs:example: renders the worked example into docs/ as PNG pages, and the portfolio's first page as docs/portfolio.png (needs LibreOffice and poppler). */
import { mkdirSync, readdirSync, rmSync } from "fs";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPageWith, renderPages } from "../harness/render";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const docs = path.resolve(__dirname, "../docs");
  mkdirSync(docs, { recursive: true });
  for (const f of readdirSync(docs).filter((f) => /^worked-example-\d+\.png$/.test(f))) rmSync(path.join(docs, f));
  const buffer = await workedExample().book.toBuffer();
  const pages = await renderPages(buffer, docs, "worked-example", 80);
  // The portfolio's first page, found by its title, at a resolution its wide tables stay legible at.
  const portfolio = path.join(docs, "portfolio.png");
  await renderPageWith(buffer, "AI portfolio — where value is", portfolio, 130);
  console.log([...pages, portfolio].map((p) => path.relative(process.cwd(), p)).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
