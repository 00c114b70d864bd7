/*
 * The Office.js writer against the recording fake: a fixed, small number of round trips
 * whatever the template's size; graceful degradation on older Excel; a failed insert
 * leaves the workbook as it was; text a user typed stays text.
 */
import { InsertError, insertTemplate } from "../../src/office/insert";
import { officeText } from "../../src/sheet/officeText";
import { TEMPLATES } from "../../src/templates";
import type { TemplateSpec } from "../../src/sheet/spec";
import { FakeContext, SheetModel, WorkbookModel, interpret, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.9");

describe("the recording fake", () => {
  test("throws when a property is read before load and sync, as Excel does", async () => {
    const ctx = new FakeContext();
    const sheets = ctx.workbook.worksheets.load("items/name");
    expect(() => sheets.items).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(sheets.items).toEqual([]);
  });

  test("applies queued commands only at sync", async () => {
    const ctx = new FakeContext();
    ctx.workbook.worksheets.add("A");
    expect(ctx.model.sheets).toHaveLength(0);
    await ctx.sync();
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(["A"]);
  });
});

describe("insertTemplate", () => {
  test.each(Object.keys(TEMPLATES))("inserts %s in three syncs: read, add the sheet, write", async (id) => {
    const ctx = new FakeContext();
    const spec = TEMPLATES[id as keyof typeof TEMPLATES]({ example: true });
    const result = await insertTemplate(ctx, spec, {}, ALL);
    expect(ctx.syncs).toBe(2 + spec.sheets.length);
    expect(result.warnings).toEqual([]);
    expect(ctx.model.active).toBe(result.plan.sheets[0].name);
  });

  test("inserts a values measurement tracker in three syncs too", async () => {
    const ctx = new FakeContext();
    const result = await insertTemplate(ctx, TEMPLATES.measurementTracker({ example: true, trackerKind: "values" }), {}, ALL);
    expect(ctx.syncs).toBe(3);
    expect(result.warnings).toEqual([]);
  });

  // Thirty times: the contract with actuals is about 128 KB a copy, and Excel refuses a request over 5 MB.
  test("costs the same three syncs for a template thirty times the size, every request under 5 MB", async () => {
    const base = TEMPLATES.valueContract({ example: true });
    const sheet = base.sheets[0];
    const rows = sheet.blocks[0].cells;
    const huge: TemplateSpec = {
      ...base,
      sheets: [{ ...sheet, blocks: [{ at: "A1", cells: Array.from({ length: 30 }, () => rows).flat() }] }],
    };
    const ctx = new FakeContext();
    await insertTemplate(ctx, huge, {}, ALL);
    expect(ctx.model.sheets[0].cells.size).toBeGreaterThan(24000);
    expect(ctx.syncs).toBe(3);
    expect(Math.max(...ctx.requestBytes)).toBeLessThan(5 * 1024 * 1024);
  });

  test("writes each block as one 2-D array, whatever its size", async () => {
    const ctx = new FakeContext();
    await insertTemplate(ctx, TEMPLATES.valueContract({}), {}, ALL);
    const blocks = TEMPLATES.valueContract({}).sheets[0].blocks.length;
    expect(ctx.log.filter((c) => c === "range.formulas")).toHaveLength(blocks);
  });

  test("degrades on Excel without newer requirement sets, saying what was left out", async () => {
    const ctx = new FakeContext();
    const result = await insertTemplate(ctx, TEMPLATES.valueContract({}), {}, requirementsUpTo("1.4"));
    expect(ctx.syncs).toBe(3);
    expect(result.warnings.join(" ")).toMatch(/Drop-down lists/);
    expect(result.warnings.join(" ")).toMatch(/Print setup/);
    const sheet = ctx.model.sheets[0];
    expect(sheet.validations).toEqual([]);
    expect(sheet.layout).toEqual({});
    expect(sheet.names.length).toBeGreaterThan(30);
  });

  test("refuses Excel too old for worksheet names, before touching the workbook", async () => {
    const ctx = new FakeContext();
    await expect(insertTemplate(ctx, TEMPLATES.priceBook(), {}, requirementsUpTo("1.3"))).rejects.toBeInstanceOf(InsertError);
    expect(ctx.syncs).toBe(0);
  });

  test("removes what it added when the write fails part-way", async () => {
    const model = new WorkbookModel();
    model.sheets.push(new SheetModel("Budget"));
    const ctx = new FakeContext(model);
    ctx.failOn = "tables.add";
    await expect(insertTemplate(ctx, TEMPLATES.valueContract({}), {}, ALL)).rejects.toThrow(/tables.add failed/);
    expect(ctx.model.sheets.map((s) => s.name)).toEqual(["Budget"]);
    expect(ctx.model.tables).toEqual([]);
    expect(ctx.syncs).toBe(4);
  });

  test("stores a contract name that looks like a formula as text", async () => {
    for (const name of ["=SUM(A1:A9)", "+44 20 7946", "-20% costs", "@risk", "'quoted", "0012"]) {
      const ctx = new FakeContext();
      await insertTemplate(ctx, TEMPLATES.valueContract({ contractName: name }), {}, ALL);
      const cell = ctx.model.sheets[0].cells.get("B6");
      expect(cell).toMatchObject({ value: name });
      expect(cell?.formula).toBeUndefined();
    }
  });
});

describe("officeText", () => {
  test.each(["=1+1", "+1", "-1", "@x", "'x", "42", " 7 ", "plain", ""])("round-trips %p through Excel's parsing as text", (text) => {
    const cell = { format: {} };
    interpret(cell, officeText(text));
    expect(cell).toEqual(text === "" ? { format: {} } : { format: {}, value: text });
  });
});
