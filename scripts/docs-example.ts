/* npm run docs:example: renders the worked example into docs/ as PNG pages, and the tracker's weekly page (needs LibreOffice and pdftoppm). */
import { mkdirSync, readdirSync, rmSync } from "fs";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPages } from "../harness/render";
import { renderTrackerPage } from "./docs-tracker";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const docs = path.resolve(__dirname, "../docs");
  mkdirSync(docs, { recursive: true });
  for (const f of readdirSync(docs).filter((f) => /^worked-example-\d+\.png$/.test(f))) rmSync(path.join(docs, f));
  const pages = await renderPages(await workedExample().book.toBuffer(), docs, "worked-example", 80);
  pages.push(await renderTrackerPage(docs));
  console.log(pages.map((p) => path.relative(process.cwd(), p)).join("\n"));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
