/*
 * The upgrade of contracts made before actuals existed, on the recording fake: the same block a
 * new contract has, found by names; four syncs whatever the horizon or the number of contracts;
 * nothing that was there changes; an upgraded contract is left alone; occupied cells refuse; a
 * failed write leaves the workbook as it was.
 */
import { insertTemplate } from "../../src/office/insert";
import { renameInFormula } from "../../src/sheet/namespace";
import { upgradeContracts } from "../../src/office/upgrade";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { parseCell } from "../../src/sheet/a1";
import { HORIZONS, valueContract } from "../../src/templates/valueContract";
import { AC } from "../../src/templates/valueContract/actuals";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo, type FakeCell } from "../helpers/excelFake";
import { contractBeforeActuals, contractWithoutActuals, sheetFromPicture } from "../helpers/legacyContract";
import { sheetPicture } from "../helpers/sheetPicture";
import { STANDARD_WIDTH } from "../helpers/fake/format";

const ALL = requirementsUpTo("1.12");

/** A workbook holding earlier contracts at these horizons (plus the fixture when asked). */
async function workbookWith(horizons: number[], fixture = false): Promise<FakeContext> {
  const ctx = new FakeContext();
  if (fixture) ctx.model.sheets.push(sheetFromPicture(contractBeforeActuals()));
  for (const h of horizons) await insertTemplate(ctx, contractWithoutActuals({ horizonMonths: h }), {}, ALL);
  ctx.syncs = 0;
  return ctx;
}

/** An empty cell in the default format is no different in Excel from a cell never written (or cleared). */
const isDefault = (c: FakeCell) => c.formula === undefined && c.value === undefined && (c.numberFormat ?? "General") === "General" && Object.keys(c.format).length === 0;

/** Everything a sheet holds, as comparable text; widths never set read as Excel's standard width. */
function state(model: WorkbookModel): string {
  return JSON.stringify(
    model.sheets.map((s) => ({
      ...sheetPicture(Object.assign(s.clone(s.name), { cells: new Map([...s.cells].filter(([, c]) => !isDefault(c))) })),
      columnWidths: Object.fromEntries([...s.columnWidths].filter(([, w]) => w !== STANDARD_WIDTH)),
      hidden: [...s.hiddenColumns].sort(),
    })),
  );
}

const cellText = (c: FakeCell | undefined) => c && JSON.stringify([c.formula ?? c.value ?? null, c.numberFormat, c.format]);

test("the stand-in at any horizon is the previous version's contract: it equals the fixture at the fixture's options", async () => {
  const ctx = new FakeContext();
  await insertTemplate(ctx, contractWithoutActuals({ example: true, ladderSheet: "Evidence Ladder" }), { example: true }, ALL);
  // Today's writer also sets the page height to automatic (verticalFitToPages 0, issue 11 finding 12),
  // which the previous version did not: that is the writer's, not the contract's layout.
  const picture = sheetPicture(ctx.model.sheets[0]);
  const layout = JSON.parse(picture.layout) as { zoom: Record<string, number> };
  expect(layout.zoom.verticalFitToPages).toBe(0);
  delete layout.zoom.verticalFitToPages;
  expect({ ...picture, layout: JSON.stringify(layout) }).toEqual(contractBeforeActuals());
});

describe("upgradeContracts", () => {
  test("gives the previous version's worked example the block a new contract has, leaving every cell that was there alone", async () => {
    const ctx = await workbookWith([], true);
    const before = sheetFromPicture(contractBeforeActuals());
    const result = await upgradeContracts(ctx, {}, ALL);
    expect(result).toEqual({ upgraded: ["Value Contract"], current: [], refused: [] });
    expect(ctx.syncs).toBe(4);
    const after = ctx.model.sheets[0];
    // Every cell that held something holds it still; the only empty cell written is StopRule's, beside the verdict.
    const held = [...before.cells].filter(([, c]) => c.formula !== undefined || c.value !== undefined);
    for (const [ref, cell] of held) expect([ref, cellText(after.cells.get(ref))]).toEqual([ref, cellText(cell)]);
    const rewritten = [...before.cells].filter(([ref, c]) => cellText(after.cells.get(ref)) !== cellText(c)).map(([ref]) => ref);
    expect(rewritten).toEqual([after.names.find((n) => n.name === "StopRule")!.ref]);
    expect(after.names.slice(0, before.names.length)).toEqual(before.names);
    expect(after.charts[0]).toEqual(before.charts[0]);

    // The same cells, names and hidden columns as a contract inserted today (inputs blank: no example).
    const fresh = new FakeContext();
    await insertTemplate(fresh, valueContract({ ladderSheet: "Evidence Ladder" }), {}, ALL);
    const today = fresh.model.sheets[0];
    const added = [...after.cells].filter(([ref]) => !before.cells.has(ref));
    expect(added.length).toBeGreaterThan(60 * 9);
    for (const [ref, cell] of added) {
      expect([ref, cellText(cell)]).toEqual([ref, cellText(today.cells.get(ref))]);
    }
    const newNames = after.names.slice(before.names.length).map((n) => `${n.name}=${n.ref}`).sort();
    const todayNames = new Set(today.names.map((n) => `${n.name}=${n.ref}`));
    expect(newNames.filter((n) => !todayNames.has(n))).toEqual([]);
    expect(after.hiddenColumns.sort()).toEqual(today.hiddenColumns.sort());
    expect(after.charts[1]).toMatchObject({ type: "Line", seriesNames: ["Plan", "Actual"], plotVisibleOnly: false, source: "R137:S197", categories: "A137:A197" });
  });

  test.each(HORIZONS.map((h) => [h]))("costs four syncs at a %d-month horizon, for three contracts as for one", async (h) => {
    const one = await workbookWith([h]);
    await upgradeContracts(one, {}, ALL);
    const three = await workbookWith([h, 24, 120]);
    const result = await upgradeContracts(three, {}, ALL);
    expect([one.syncs, three.syncs, result.upgraded.length]).toEqual([4, 4, 3]);
  });

  test("leaves an upgraded contract alone, and a new one too, in two syncs", async () => {
    const ctx = await workbookWith([36]);
    await insertTemplate(ctx, valueContract({}), {}, ALL);
    await upgradeContracts(ctx, {}, ALL);
    const upgraded = state(ctx.model);
    ctx.syncs = 0;
    const again = await upgradeContracts(ctx, {}, ALL);
    expect(again).toEqual({ upgraded: [], current: ["Value Contract", "Value Contract (2)"], refused: [] });
    expect(ctx.syncs).toBe(2);
    expect(state(ctx.model)).toBe(upgraded);
  });

  test("refuses a contract whose cells beside the schedule hold something, naming them, and changes nothing", async () => {
    const ctx = await workbookWith([48, 60]);
    ctx.model.sheets[0].cell("K150").value = "my note";
    const before = JSON.stringify(sheetPicture(ctx.model.sheets[0]));
    const result = await upgradeContracts(ctx, {}, ALL);
    expect(result.upgraded).toEqual(["Value Contract (2)"]);
    expect(result.refused).toEqual([{ sheet: "Value Contract", reason: expect.stringMatching(/K150.*move them/) }]);
    expect(JSON.stringify(sheetPicture(ctx.model.sheets[0]))).toBe(before);
  });

  test("refuses a contract too old for the actuals' names, and skips frozen copies", async () => {
    const ctx = await workbookWith([60, 24]);
    ctx.model.sheets[0].names = ctx.model.sheets[0].names.filter((n) => n.name !== "ScheduleMonthlyCost");
    ctx.model.sheets[1].names.push({ name: FROZEN_MARK, ref: "A1" });
    const result = await upgradeContracts(ctx, {}, ALL);
    expect(result).toEqual({ upgraded: [], current: [], refused: [{ sheet: "Value Contract", reason: expect.stringMatching(/too old.*ScheduleMonthlyCost/) }] });
    expect(ctx.syncs).toBe(2);
  });

  test.each(["names.add", "chart.setPosition", "range.columnHidden"])("leaves the workbook as it was when %s fails part-way", async (failing) => {
    const ctx = await workbookWith([60, 120]);
    ctx.model.sheets.push(new SheetModel("Budget"));
    ctx.model.sheets[0].columnWidths.set("J:J", 70);
    const before = state(ctx.model);
    ctx.failOn = failing;
    await expect(upgradeContracts(ctx, {}, ALL)).rejects.toThrow(new RegExp(`${failing} failed`));
    expect(state(ctx.model)).toBe(before);
    expect(ctx.syncs).toBe(6);
  });

  test("links the actuals to a tracker and a billing sheet when asked", async () => {
    const ctx = await workbookWith([24]);
    await upgradeContracts(ctx, { trackerSheet: "Measurement Tracker", billingSheet: "AI Billing" }, ALL);
    const s = ctx.model.sheets[0];
    const names = new Map(s.names.map((n) => [n.name, n.ref]));
    const value = parseCell(names.get("ActualValue")!.split(":")[0]);
    expect(s.cells.get(AC.value.at(value.row))?.formula).toMatch(/'Measurement Tracker'!TrackerMonthlyValue/);
    expect(s.cells.get(AC.cost.at(value.row))?.formula).toMatch(/'AI Billing'!BillingEffectiveCost/);
    expect(s.cells.get(names.get("StopRule")!)?.formula).toBe("='Measurement Tracker'!TrackerRule");
    expect(names.has("OtherActualCost")).toBe(true);
  });

  describe("in a workbook whose tables hold template names (one namespace with defined names)", () => {
    /** A contract inserted beside the user's tables, so its names took suffixes, then upgraded. */
    async function besideTables(tables: string[]): Promise<FakeContext> {
      const ctx = new FakeContext();
      ctx.model.sheets.push(new SheetModel("Data"));
      tables.forEach((name, i) => ctx.model.tables.push({ name, sheet: "Data", ref: `${String.fromCharCode(65 + 2 * i)}1:${String.fromCharCode(66 + 2 * i)}3` }));
      await insertTemplate(ctx, contractWithoutActuals({ horizonMonths: 24 }), {}, ALL);
      ctx.syncs = 0;
      return ctx;
    }
    /** Every formula of a sheet with its cell, respelt by `respell`. */
    const formulas = (s: SheetModel, respell = (f: string) => f) =>
      [...s.cells].flatMap(([ref, c]) => (c.formula === undefined ? [] : [`${ref}${respell(c.formula)}`])).sort();

    test("reads names in the contract's own spelling (Tolerance_2) and adds its names where no table is", async () => {
      const ctx = await besideTables(["Tolerance", "DiscountRate", "ActualNet"]);
      const contract = ctx.model.sheet("Value Contract");
      expect(contract.names.map((n) => n.name)).toEqual(expect.arrayContaining(["Tolerance_2", "DiscountRate_2"]));
      const result = await upgradeContracts(ctx, {}, ALL);
      expect(result).toEqual({ upgraded: ["Value Contract"], current: [], refused: [] });
      expect(ctx.syncs).toBe(4);
      // The same contract upgraded where no table is, its names respelt, is this one exactly.
      const plain = await workbookWith([24]);
      await upgradeContracts(plain, {}, ALL);
      const spelt = new Map([["tolerance", "Tolerance_2"], ["discountrate", "DiscountRate_2"], ["actualnet", "ActualNet_2"]]);
      const reference = plain.model.sheet("Value Contract");
      expect(formulas(contract)).toEqual(formulas(reference, (f) => renameInFormula(f, spelt, new Map())));
      expect(contract.names.map((n) => `${n.name}=${n.ref}`).sort()).toEqual(reference.names.map((n) => `${spelt.get(n.name.toLowerCase()) ?? n.name}=${n.ref}`).sort());
    });

    test("refuses a contract when a table holds a name other sheets read (ActualCost), saying which to rename, and changes nothing", async () => {
      const ctx = await besideTables(["ActualCost"]);
      const before = state(ctx.model);
      const result = await upgradeContracts(ctx, {}, ALL);
      expect(result.upgraded).toEqual([]);
      expect(result.refused).toEqual([{ sheet: "Value Contract", reason: expect.stringMatching(/^a table is named “ActualCost”, which the actuals need as a name other sheets read: rename the table \(Table Design › Table Name\) and upgrade again$/) }]);
      expect(state(ctx.model)).toBe(before);
    });
  });
});
