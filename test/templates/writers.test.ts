/*
 * The two writers apply one spec the same way: the Office.js writer (run against the
 * recording fake) and the ExcelJS writer (read back from the saved file) produce the
 * same cells, formulas, names, validations, tables and merges.
 */
import { insertTemplate } from "../../src/office/insert";
import { TEMPLATES, type InsertableId } from "../../src/templates";
import type { TemplateOptions } from "../../src/sheet/spec";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { FakeContext, asContext, requirementsUpTo } from "../helpers/excelFake";
import { fakeSnapshot, xlsxSnapshot } from "../helpers/snapshot";

const cases: [InsertableId, TemplateOptions][] = [
  ["valueContract", {}],
  ["valueContract", { example: true, contractName: "=HYPERLINK(\"x\") & co", ladderSheet: "Evidence Ladder" }],
  ["evidenceLadder", {}],
  ["evidenceLadder", { example: true }],
  ["workflowCost", {}],
  ["workflowCost", { example: true, currencyFormat: '#,##0 "€"' }],
  ["priceBook", {}],
];

describe("the Office.js and ExcelJS writers", () => {
  test.each(cases)("write the same %s (%j)", async (id, options) => {
    const spec = TEMPLATES[id](options);
    const ctx = new FakeContext();
    const inserted = await insertTemplate(asContext(ctx), spec, options, requirementsUpTo("1.9"));
    const book = new XlsxBook();
    const written = book.insert(spec, options);
    const name = inserted.plan.sheets[0].name;
    expect(written.sheets[0].name).toBe(name);

    const office = fakeSnapshot(ctx, name);
    const xlsx = await xlsxSnapshot(await book.toBuffer(), name);
    expect(Object.keys(office.cells).length).toBeGreaterThan(40);
    expect(xlsx.cells).toEqual(office.cells);
    expect(xlsx.names).toEqual(office.names);
    expect(xlsx.validations).toEqual(office.validations);
    expect(xlsx.tables).toEqual(office.tables);
    expect(xlsx.merges).toEqual(office.merges);
  });
});
