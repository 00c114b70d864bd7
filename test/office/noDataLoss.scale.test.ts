/*
 * Inserting a template never changes what the workbook already held. Over 1,000 random
 * workbooks — sheets already named like the template's, names, tables, values and
 * formulas — every pre-existing sheet, cell, name and table is left exactly as it was,
 * and inserting the same template twice gives two independent copies.
 */
import fc from "fast-check";
import { insertTemplate } from "../../src/office/insert";
import type { TemplateOptions } from "../../src/sheet/spec";
import { TEMPLATES, type InsertableId } from "../../src/templates";

import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const SHEET_NAMES = ["Value Contract", "value contract", "Value Contract (2)", "Evidence Ladder", "Workflow Cost", "Price Book", "Sheet1", "Budget", "P&L 2026"];
const TABLE_NAMES = ["ReviewLog", "reviewlog", "ReviewLog2", "PriceBook", "EvidenceMetrics", "WorkflowSteps", "Table1", "Costs"];
const NAME_NAMES = ["ContractName", "Owner", "MasterCheck", "Realised", "Horizon", "Rate", "Tolerance"];

const cellContent = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ value: n })),
  fc.constantFrom("=A1+1", "=SUM(B1:B9)", "=ContractName", "=Realised*2").map((f) => ({ formula: f })),
  fc.constantFrom("=looks like a formula", "+44", "-x", "@me", "plain text", "Evidenced").map((v) => ({ value: v })),
  fc.boolean().map((b) => ({ value: b })),
);

const sheet = fc.record({
  name: fc.oneof(fc.constantFrom(...SHEET_NAMES), fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\\/?*[\]:']/.test(s) && s.trim() === s && s.length > 0)),
  cells: fc.array(fc.tuple(fc.constantFrom("A1", "B6", "B2", "E102", "H2", "C45", "Z99"), cellContent), { maxLength: 8 }),
  names: fc.array(fc.constantFrom(...NAME_NAMES), { maxLength: 4 }),
});

const workbook = fc.record({
  sheets: fc.uniqueArray(sheet, { maxLength: 5, selector: (s) => s.name.toLowerCase() }),
  tables: fc.uniqueArray(fc.constantFrom(...TABLE_NAMES), { maxLength: 4, selector: (t) => t.toLowerCase() }),
  names: fc.uniqueArray(fc.constantFrom(...NAME_NAMES), { maxLength: 3 }),
});

type RandomWorkbook = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

function build(w: RandomWorkbook): WorkbookModel {
  const model = new WorkbookModel();
  for (const s of w.sheets) {
    const m = new SheetModel(s.name);
    for (const [ref, content] of s.cells) Object.assign(m.cell(ref), content, { numberFormat: "General" });
    m.names = [...new Set(s.names)].map((name) => ({ name, ref: "A1" }));
    model.sheets.push(m);
  }
  if (model.sheets.length > 0) {
    model.tables = w.tables.map((name, i) => ({ name, sheet: model.sheets[i % model.sheets.length].name, ref: "A1:B3" }));
  }
  model.names = w.names.map((name) => ({ name, ref: "Sheet1!A1" }));
  return model;
}

const freeze = (model: WorkbookModel) =>
  JSON.stringify({
    sheets: model.sheets.map((s) => ({ ...s, cells: [...s.cells], rowHeights: [...s.rowHeights], columnWidths: [...s.columnWidths] })),
    tables: model.tables,
    names: model.names,
  });

describe("inserting into an existing workbook", () => {
  test("never changes a pre-existing sheet, cell, name or table, and twice gives two copies", async () => {
    // Every template with no options, and the values kind of measurement tracker.
    const kinds: [InsertableId, TemplateOptions][] = [...(Object.keys(TEMPLATES) as InsertableId[]).map((id): [InsertableId, TemplateOptions] => [id, {}]), ["measurementTracker", { trackerKind: "values" }]];
    await fc.assert(
      fc.asyncProperty(workbook, fc.constantFrom(...kinds), fc.boolean(), async (w, [id, options], twice) => {
        const model = build(w);
        const before = JSON.parse(freeze(model));
        const ctx = new FakeContext(model);
        const first = await insertTemplate(ctx, TEMPLATES[id](options), options, requirementsUpTo("1.9"));
        const second = twice ? await insertTemplate(ctx, TEMPLATES[id](options), options, requirementsUpTo("1.9")) : undefined;

        const after = JSON.parse(freeze(ctx.model));
        // Everything that was there is there, unchanged and in the same order.
        expect(after.sheets.slice(0, before.sheets.length)).toEqual(before.sheets);
        expect(after.tables.slice(0, before.tables.length)).toEqual(before.tables);
        expect(after.names).toEqual(before.names);

        const added = [first, second].filter((r) => r !== undefined).flatMap((r) => r!.plan.sheets.map((s) => s.name));
        expect(after.sheets.map((s: SheetModel) => s.name)).toEqual([...before.sheets.map((s: SheetModel) => s.name), ...added]);
        const lower = after.sheets.map((s: SheetModel) => s.name.toLowerCase());
        expect(new Set(lower).size).toBe(lower.length);
        const tables = ctx.model.tables.map((t) => t.name.toLowerCase());
        expect(new Set(tables).size).toBe(tables.length);

        if (second) {
          // Two copies, each with its own worksheet-scoped names and the same content.
          const [a, b] = [first.plan.sheets[0].name, second.plan.sheets[0].name].map((n) => ctx.model.sheet(n));
          expect(a.name).not.toBe(b.name);
          expect(b.names).toEqual(a.names);
          expect([...b.cells]).toEqual([...a.cells]);
        }
      }),
      { numRuns: 1000, seed: 2026 },
    );
  }, 120_000);
});
