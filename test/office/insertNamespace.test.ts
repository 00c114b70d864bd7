/*
 * Tables and defined names share one namespace in Excel (the fake enforces it: model.ts,
 * checkFreeName). An insert reads the workbook's tables and names in the syncs it already
 * makes and never collides: a template table or one of a template's own names takes the
 * next free suffix and the formulas that use it follow, with the same results; a name other
 * sheets read by its spelling, held by a user's table, refuses before anything is written.
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import { BoardPackError } from "../../src/boardpack/error";
import { InsertError, insertTemplate } from "../../src/office/insert";
import { refreshPortfolio } from "../../src/office/portfolio";
import { renameInFormula } from "../../src/sheet/namespace";
import { TEMPLATES } from "../../src/templates";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { hyperFormulaCalc } from "../helpers/fakeCalc";

const ALL = requirementsUpTo("1.12");

/** A user's workbook: one sheet, with whatever tables and names the test gives it. */
function workbook(set: { tables?: string[]; names?: string[]; scoped?: string[] }): WorkbookModel {
  const model = new WorkbookModel();
  const budget = new SheetModel("Budget");
  budget.cell("A1").value = 12;
  budget.names = (set.scoped ?? []).map((name) => ({ name, ref: "A1" }));
  model.sheets.push(budget);
  model.tables = (set.tables ?? []).map((name, i) => ({ name, sheet: "Budget", ref: `C${i * 5 + 1}:D${i * 5 + 4}` }));
  model.names = (set.names ?? []).map((name) => ({ name, ref: "=Budget!$A$1" }));
  return model;
}

/** Unqualified names a sheet's formulas use that neither the sheet nor the workbook defines. */
function unbound(model: WorkbookModel, sheet: SheetModel): string[] {
  const defined = new Set([...sheet.names, ...model.names].map((n) => n.name.toLowerCase()));
  const used = [...sheet.cells.values()].flatMap((c) => (c.formula ? tokenize(c.formula, { withLocation: false }) : []));
  return used.filter((t) => t.type === tokenTypes.REF_NAMED && !t.value.includes("!") && !defined.has(t.value.toLowerCase())).map((t) => t.value);
}

describe("one namespace for tables and defined names", () => {
  test.each([
    ["a workbook-scoped name", { names: ["PriceBook"] }],
    ["another sheet's scoped name", { scoped: ["pricebook"] }],
    ["a table", { tables: ["PriceBook"] }],
  ])("the price book's table takes a free name beside %s called PriceBook", async (_what, set) => {
    const model = workbook(set);
    const before = { tables: [...model.tables], names: [...model.names], scoped: [...model.sheets[0].names] };
    const ctx = new FakeContext(model);
    const result = await insertTemplate(ctx, TEMPLATES.priceBook({ example: true }), {}, ALL);
    expect(result.plan.sheets[0].tables.map((t) => t.name)).toEqual(["PriceBook2"]);
    expect(model.tables.map((t) => t.name)).toEqual([...before.tables.map((t) => t.name), "PriceBook2"]);
    expect(model.names).toEqual(before.names);
    expect(model.sheets[0].names).toEqual(before.scoped);
    expect(ctx.syncs).toBe(3);
  });

  test("a template's own name held by a user's table takes a suffix, and every formula that used it follows with the same result", async () => {
    const plain = new FakeContext(workbook({}));
    await insertTemplate(plain, TEMPLATES.valueContract({ example: true }), {}, ALL);
    // Calculated once at the end, as Excel would show each workbook (after every sync would triple the time).
    await hyperFormulaCalc()(plain.model);

    const model = workbook({ tables: ["Tolerance", "Horizon"] });
    await insertTemplate(new FakeContext(model), TEMPLATES.valueContract({ example: true }), {}, ALL);
    await hyperFormulaCalc()(model);
    const contract = model.sheets[1];
    const names = contract.names.map((n) => n.name);
    expect(names).toEqual(expect.arrayContaining(["Tolerance_2", "Horizon_2"]));
    expect(names).not.toEqual(expect.arrayContaining(["Tolerance"]));
    expect(unbound(model, contract)).toEqual([]);
    const used = [...contract.cells.values()].filter((c) => c.formula && /\b(Tolerance|Horizon)_2\b/.test(c.formula));
    expect(used.length).toBeGreaterThan(0);
    // Same figures cell by cell as the contract inserted where nothing was taken.
    const values = (s: SheetModel) => [...s.cells].filter(([, c]) => c.formula).map(([ref, c]) => [ref, c.value]);
    expect(values(contract)).toEqual(values(plain.model.sheets[1]));
    expect(values(contract).filter(([, v]) => typeof v === "number").length).toBeGreaterThan(100);
  }, 60_000);

  test.each([
    ["Owner", "valueContract"],
    ["TrackerRule", "measurementTracker"],
    ["MasterCheck", "workflowCost"],
  ] as const)("a user's table named %s, a name other sheets read, refuses %s before writing anything, saying what to rename", async (name, id) => {
    const model = workbook({ tables: [name, "Costs"] });
    const before = model.state();
    const ctx = new FakeContext(model);
    const error = await insertTemplate(ctx, TEMPLATES[id]({ example: true }), {}, ALL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsertError);
    expect((error as Error).message).toBe(
      `This workbook has a table named “${name}”, and the template needs that name for cells other sheets read. ` +
        "Rename the table (select a cell in it, then Table Design › Table Name), then insert again. Nothing was changed.",
    );
    expect(model.state()).toBe(before);
    expect(ctx.syncs).toBe(1);
    expect(ctx.log).toEqual([]);
  });

  test("names every clashing table at once", async () => {
    const ctx = new FakeContext(workbook({ tables: ["Owner", "Verdict"] }));
    const error = await insertTemplate(ctx, TEMPLATES.valueContract({}), {}, ALL).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^This workbook has tables named “Owner”, “Verdict”, and the template needs those names .* Rename the tables \(select a cell in each,/);
  });

  test("reads every sheet's names in the syncs it already makes: three, however many sheets and names", async () => {
    const model = workbook({ names: Array.from({ length: 200 }, (_, i) => `Name${i}`) });
    for (let i = 0; i < 60; i++) {
      const s = new SheetModel(`Data ${i}`);
      s.names = Array.from({ length: 20 }, (_, j) => ({ name: j === 0 ? "ReviewLog" : `Local${j}`, ref: "A1" }));
      model.sheets.push(s);
    }
    const ctx = new FakeContext(model);
    const result = await insertTemplate(ctx, TEMPLATES.valueContract({}), {}, ALL);
    expect(result.plan.sheets[0].tables[0].name).toBe("ReviewLog2");
    expect(ctx.syncs).toBe(3);
  });
});

describe("the portfolio, rebuilt in place, shares the namespace too", () => {
  test("a user's table holding a name readers use refuses the build before anything is written", async () => {
    const model = workbook({ tables: ["PortfolioROI"] });
    await insertTemplate(new FakeContext(model), TEMPLATES.valueContract({ example: true }), {}, ALL);
    const before = model.state();
    const error = await refreshPortfolio(new FakeContext(model), ALL, new Date(2026, 10, 20)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BoardPackError);
    expect((error as Error).message).toMatch(/^This workbook has a table named “PortfolioROI”, .* then refresh again\. Nothing was changed\.$/);
    expect(model.state()).toBe(before);
  });

  test("its own names held by a user's table take a suffix", async () => {
    const model = workbook({ tables: ["AllPlanned"] });
    await insertTemplate(new FakeContext(model), TEMPLATES.valueContract({ example: true }), {}, ALL);
    const result = await refreshPortfolio(new FakeContext(model), ALL, new Date(2026, 10, 20));
    const sheet = model.sheet(result.sheet);
    expect(sheet.names.map((n) => n.name)).toContain("AllPlanned_2");
    expect(unbound(model, sheet)).toEqual([]);
  });
});

describe("renameInFormula", () => {
  const names = new Map([["tolerance", "Tolerance_2"]]);
  const tables = new Map([["reviewlog", "ReviewLog2"]]);
  test.each([
    ["=ABS(x-y)<=Tolerance", "=ABS(x-y)<=Tolerance_2"],
    ["=tolerance*2", "=Tolerance_2*2"],
    ['=IF(A1="Tolerance",TOLERANCE,0)', '=IF(A1="Tolerance",Tolerance_2,0)'],
    ["='Other Sheet'!Tolerance+ToleranceBand", "='Other Sheet'!Tolerance+ToleranceBand"],
    ["=COUNTA(ReviewLog[Date])+COUNTA(ReviewLogs[Date])", "=COUNTA(ReviewLog2[Date])+COUNTA(ReviewLogs[Date])"],
  ])("%s → %s", (formula, expected) => expect(renameInFormula(formula, names, tables)).toBe(expected));
});
