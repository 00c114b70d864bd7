/*
 * The worked example, pinned: what each writer makes of it is compared with a committed
 * fixture, so a refactor that changes a cell, a name, a number format, a style, a width
 * or the print setup fails here. The Office.js side is the recording fake's whole model
 * after the four inserts; the ExcelJS side is every part of the saved package, byte for
 * byte (only docProps/core.xml's timestamps are blanked). After a deliberate change,
 * rewrite the fixture with UPDATE_SNAPSHOT=1 npx jest test/templates/workedExample.
 */
import { createHash } from "crypto";
import { existsSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import JSZip from "jszip";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { sheetPicture } from "../helpers/sheetPicture";
import { insertWorkedExample } from "../helpers/exampleInFake";

const FIXTURE = path.join(__dirname, "../fixtures/worked-example.snapshot.json");

async function officePicture() {
  const ctx = await insertWorkedExample();
  return {
    syncs: ctx.syncs,
    active: ctx.model.active,
    tables: ctx.model.tables.map((t) => JSON.stringify(t)),
    sheets: ctx.model.sheets.map(sheetPicture),
  };
}

/** SHA-256 of every part of the saved package. */
async function xlsxPicture(): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(await workedExample().book.toBuffer());
  const parts: Record<string, string> = {};
  for (const name of Object.keys(zip.files).sort()) {
    const file = zip.file(name);
    if (!file) continue;
    let text = await file.async("string");
    if (name === "docProps/core.xml") text = text.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, "$1");
    parts[name] = createHash("sha256").update(text).digest("hex");
  }
  return parts;
}

describe("the worked example", () => {
  test("is what both writers wrote when the fixture was made", async () => {
    const now = { office: await officePicture(), xlsx: await xlsxPicture() };
    if (process.env.UPDATE_SNAPSHOT === "1") writeFileSync(FIXTURE, `${JSON.stringify(now, null, 1)}\n`);
    expect(existsSync(FIXTURE)).toBe(true);
    const fixed = JSON.parse(readFileSync(FIXTURE, "utf8"));
    expect(now.office).toEqual(fixed.office);
    expect(now.xlsx).toEqual(fixed.xlsx);
  }, 60_000);
});
