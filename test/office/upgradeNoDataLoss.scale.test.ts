/*
 * The upgrade never changes what the user made. Over 1,000 random workbooks — contracts made
 * before actuals at every horizon, with the user's own cells typed anywhere on them (beside the
 * schedule too) and names of their own, among other sheets — every cell that held something holds
 * it still, every name and table is kept, a contract the upgrade refuses or already upgraded is
 * left exactly as it was, and upgrading again changes nothing.
 */
import fc from "fast-check";
import { insertTemplate } from "../../src/office/insert";
import { upgradeContracts } from "../../src/office/upgrade";
import { HORIZONS } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo, type FakeCell } from "../helpers/excelFake";
import { contractWithoutActuals } from "../helpers/legacyContract";

const ALL = requirementsUpTo("1.12");
let legacy: Map<number, SheetModel>;

beforeAll(async () => {
  legacy = new Map();
  for (const h of HORIZONS) {
    const ctx = new FakeContext();
    await insertTemplate(ctx, contractWithoutActuals({ horizonMonths: h }), {}, ALL);
    legacy.set(h, ctx.model.sheets[0]);
  }
});

const content = fc.oneof(
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => ({ value: n })),
  fc.constantFrom("=A1+1", "=SUM(B1:B9)", "=ActualValue", "=Verdict").map((f) => ({ formula: f })),
  fc.constantFrom("=looks like a formula", "note", "STOP", "").map((v) => ({ value: v })),
);
/** Where a user types: header inputs, the schedule, beside it (rows 90–320, columns C and I–S), anywhere. */
const ref = fc.oneof(
  fc.constantFrom("B6", "B12", "C79", "C80", "A1", "Z99"),
  fc.tuple(fc.constantFrom("C", "I", "J", "K", "M", "Q", "R", "S", "T"), fc.integer({ min: 90, max: 320 })).map(([c, r]) => `${c}${r}`),
);
const contract = fc.record({
  horizon: fc.constantFrom(...HORIZONS),
  typed: fc.array(fc.tuple(ref, content), { maxLength: 3 }),
  names: fc.array(fc.constantFrom("ActualNet", "Budget", "AllocationKey", "Mine"), { maxLength: 1 }),
});
const workbook = fc.record({
  contracts: fc.array(contract, { minLength: 1, maxLength: 2 }),
  others: fc.array(fc.tuple(fc.constantFrom("Budget", "Sheet1", "Measurement Tracker"), fc.array(fc.tuple(ref, content), { maxLength: 4 })), { maxLength: 2 }),
});
type RandomWorkbook = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

function build(w: RandomWorkbook): WorkbookModel {
  const model = new WorkbookModel();
  w.contracts.forEach((c, i) => {
    const s = legacy.get(c.horizon)!.clone(i === 0 ? "Value Contract" : `Value Contract (${i + 1})`);
    for (const [at, typed] of c.typed) Object.assign(s.cell(at), { formula: undefined, value: undefined }, typed);
    for (const name of c.names) if (!s.names.some((n) => n.name === name)) s.names.push({ name, ref: "Z1" });
    model.sheets.push(s);
  });
  w.others.forEach(([name, cells], i) => {
    const s = new SheetModel(`${name} ${i}`);
    for (const [at, typed] of cells) Object.assign(s.cell(at), typed);
    model.sheets.push(s);
  });
  model.tables = [{ name: "ReviewLog", sheet: "Value Contract", ref: "A1:B2" }];
  return model;
}

const held = (c: FakeCell) => c.formula !== undefined || (c.value !== undefined && c.value !== "");
/** A sheet's shape: its cell count, names, merges, validations, charts, hidden columns and widths (cells that hold something are compared one by one). */
const picture = (s: SheetModel) => JSON.stringify([s.cells.size, s.names, s.merges, s.validations, s.charts, s.hiddenColumns, [...s.columnWidths]]);

test("the upgrade never changes a cell the user filled, a name, a table, or a contract it does not upgrade; again changes nothing", async () => {
  await fc.assert(
    fc.asyncProperty(workbook, async (w) => {
      const model = build(w);
      const before = model.sheets.map((s) => ({
        name: s.name,
        names: s.names.map((n) => ({ ...n })),
        filled: [...s.cells].filter(([, c]) => held(c)).map(([at, c]) => [at, JSON.stringify(c)] as const),
        picture: picture(s),
      }));
      const tables = JSON.stringify(model.tables);
      const ctx = new FakeContext(model);
      const result = await upgradeContracts(ctx, {}, ALL);
      expect(ctx.syncs).toBeLessThanOrEqual(4);
      expect(ctx.model.sheets.map((s) => s.name)).toEqual(before.map((s) => s.name));
      expect(JSON.stringify(ctx.model.tables)).toBe(tables);
      before.forEach((old, i) => {
        const now = ctx.model.sheets[i];
        for (const [at, cell] of old.filled) expect([now.name, at, JSON.stringify(now.cells.get(at))]).toEqual([old.name, at, cell]);
        expect(now.names.slice(0, old.names.length)).toEqual(old.names);
        if (!result.upgraded.includes(now.name)) expect(picture(now)).toBe(old.picture);
        else expect(now.names.some((n) => n.name === "ActualValue")).toBe(true);
      });
      // Every contract is accounted for: upgraded or refused with a reason.
      expect(result.upgraded.length + result.refused.length).toBe(w.contracts.length);
      // Again: only reads, no command that changes anything.
      const written = ctx.log.length;
      const again = await upgradeContracts(ctx, {}, ALL);
      expect(again.upgraded).toEqual([]);
      expect(again.current).toEqual(result.upgraded);
      expect(ctx.log.length).toBe(written);
    }),
    { numRuns: Number(process.env.UPGRADE_RUNS ?? 1000), seed: 2026 },
  );
}, 900_000);
