/*
 * Renders the measurement tracker's worked example into docs/measurement-tracker.png: its
 * second printed page, the weekly table under the chart of the rate against the baseline,
 * the target and the sequential boundary (needs LibreOffice and pdftoppm). Run by
 * npm run docs:example, or alone with ts-node.
 */
import { copyFileSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPages } from "../harness/render";
import { measurementTracker } from "../src/templates/measurementTracker";
import { XlsxBook } from "./xlsx/writer";

/** The printed page that holds the weekly table and its chart. */
const WEEKLY_PAGE = 2;

export async function renderTrackerPage(docs: string): Promise<string> {
  const book = new XlsxBook();
  book.insert(measurementTracker({ example: true }), { example: true });
  const pages = await renderPages(await book.toBuffer(), mkdtempSync(path.join(os.tmpdir(), "aivalue-tracker-")), "tracker", 100);
  const target = path.join(docs, "measurement-tracker.png");
  copyFileSync(pages[WEEKLY_PAGE - 1], target);
  return target;
}

if (require.main === module) {
  renderTrackerPage(path.resolve(__dirname, "../docs")).then(
    (file) => console.log(path.relative(process.cwd(), file)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
