/*
 * The worked example prints as a board pack would: LibreOffice turns it into PDF pages
 * (values cached as Excel with the add-in computes them) and pdftoppm into pictures.
 * docs/ keeps the pictures (npm run docs:example); this proves the pipeline still works.
 */
import { mkdtempSync } from "fs";
import os from "os";
import path from "path";
import { pngSize } from "../helpers/png";
import { renderPages } from "../../harness/render";
import { workedExample } from "../../scripts/xlsx/workedExample";

test("the worked example renders to legible pages, every sheet fit to one page wide", async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "aivalue-pages-"));
  const pages = await renderPages(await workedExample().book.toBuffer(), out, "example", 50);
  // Three contracts (3 pages portrait each and their actuals beside the schedule), ladder, cost model,
  // price book, tracker and portfolio (2 pages each, landscape) and the AI Billing sheet.
  expect(pages.length).toBeGreaterThanOrEqual(13);
  expect(pages.length).toBeLessThanOrEqual(32);
  for (const page of pages) expect(pngSize(page).width).toBeGreaterThan(300);
}, 240_000);
