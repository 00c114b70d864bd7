/*
 * Renders the measurement tracker's worked example into docs/measurement-tracker.png (a share)
 * or docs/measurement-tracker-values.png (a mean per case): its second printed page, the weekly
 * table under the chart of the metric against the baseline, the target and the sequential
 * boundary (needs LibreOffice and pdftoppm). Run by npm run docs:example, or alone with
 * ts-node (argument "values" for the values page only).
 */
import { copyFileSync, mkdtempSync } from "fs";
import os from "os";
import path from "path";
import "../harness/customFunctionsRuntime";
import { renderPages } from "../harness/render";
import { measurementTracker } from "../src/templates/measurementTracker";
import type { MetricKind } from "../src/templates/measurementTracker/data";
import { XlsxBook } from "./xlsx/writer";

/** The printed page that holds the weekly table and its chart. */
const WEEKLY_PAGE = 2;

export async function renderTrackerPage(docs: string, kind: MetricKind = "share"): Promise<string> {
  const book = new XlsxBook();
  const options = { example: true, trackerKind: kind };
  book.insert(measurementTracker(options), options);
  const pages = await renderPages(await book.toBuffer(), mkdtempSync(path.join(os.tmpdir(), "aivalue-tracker-")), "tracker", 100);
  const target = path.join(docs, kind === "share" ? "measurement-tracker.png" : "measurement-tracker-values.png");
  copyFileSync(pages[WEEKLY_PAGE - 1], target);
  return target;
}

if (require.main === module) {
  renderTrackerPage(path.resolve(__dirname, "../docs"), process.argv[2] === "values" ? "values" : "share").then(
    (file) => console.log(path.relative(process.cwd(), file)),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
