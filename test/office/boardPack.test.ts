/*
 * Board packs on the recording fake: the scan finds what breaks without the add-in within
 * a fixed sync budget and Excel on the web's request limit, the freeze copies without
 * touching the originals and logs what it replaced, and the summary follows the contracts.
 */
import { BoardPackError } from "../../src/boardpack/error";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { freezeSheets } from "../../src/office/freeze";
import { scanWorkbook } from "../../src/office/scan";
import { refreshBoardSummary } from "../../src/office/summary";
import { insertTemplate } from "../../src/office/insert";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { exampleInFake } from "../helpers/exampleInFake";

const ALL = requirementsUpTo("1.12");
const NOW = new Date(2026, 10, 22, 9, 30);
/** The worked example is built in HyperFormula first: seconds on a busy machine. */
const EXAMPLE_TIMEOUT = 60_000;

const freeze = (model: WorkbookModel) =>
  JSON.stringify(model.sheets.map((s) => ({ name: s.name, cells: [...s.cells], names: s.names, merges: s.merges })));

describe("scanWorkbook", () => {
  test("finds the worked example's cells that need the add-in, directly and through names and other sheets, in four syncs", async () => {
    const ctx = await exampleInFake();
    const scan = await scanWorkbook(ctx, ALL);
    expect(ctx.syncs).toBe(4);
    const sheets = Object.fromEntries(scan.perSheet.map((p) => [p.sheet, p.count]));
    // The AI Billing sheet's reconciliation links to the Workflow Cost sheet's CostPerTask (AIVALUE.WORKFLOWCOST).
    expect(Object.keys(sheets)).toEqual(["Value Contract", "Evidence Ladder", "Workflow Cost", "Measurement Tracker", "Value Contract (2)", "Value Contract (3)", "Portfolio", "AI Billing"]);
    const refs = new Set(scan.dependents.map((d) => `${d.sheet}!${d.formula}`));
    // Direct uses, and cells that read them through names and other sheets.
    expect([...refs].some((r) => r.includes("AIVALUE.VERDICT"))).toBe(true);
    expect(refs.has("Value Contract!='Evidence Ladder'!RungReached")).toBe(true);
    const contract = ctx.model.sheet("Value Contract");
    const master = contract.names.find((n) => n.name === "MasterCheck")!.ref.replace(/\$/g, "");
    expect(scan.dependents.some((d) => d.sheet === "Value Contract" && d.ref === master)).toBe(true);
    expect(scan.dependents.every((d) => d.direct === /AIVALUE\./.test(d.formula))).toBe(true);
  }, EXAMPLE_TIMEOUT);

  test("costs the same four syncs for 500 small sheets as for one", async () => {
    const model = new WorkbookModel();
    for (let i = 0; i < 500; i++) {
      const s = new SheetModel(`S${i}`);
      for (let r = 1; r <= 10; r++) s.cell(`A${r}`).formula = r === 1 && i === 7 ? "=AIVALUE.ROI(2,1)" : `=A${r + 1}+1`;
      model.sheets.push(s);
    }
    const ctx = new FakeContext(model);
    const scan = await scanWorkbook(ctx, ALL);
    expect(ctx.syncs).toBe(4);
    expect(scan.perSheet).toEqual([{ sheet: "S7", count: 1 }]);
  });

});

describe("freezeSheets", () => {
  test("copies the chosen sheets with AIVALUE cells frozen, leaves the originals untouched, and logs each cell", async () => {
    const ctx = await exampleInFake();
    const before = freeze(ctx.model);
    const originals = ctx.model.sheets.length;
    const result = await freezeSheets(ctx, ["Value Contract", "Evidence Ladder"], ALL, NOW);
    // Scan (4 here: sheets, names and used ranges in two, then the formula areas, then the formulas), values and sheet ids (1), temporary copies (1), their values (1), the last step (1).
    expect(ctx.syncs).toBe(8);
    expect(result.warnings).toEqual([]);
    expect(freeze({ sheets: ctx.model.sheets.slice(0, originals) } as WorkbookModel)).toEqual(before);
    expect(result.copies.map((c) => c.copy)).toEqual(["Value Contract (board)", "Evidence Ladder (board)"]);
    expect(result.asOf).toBe("2026-11-22 09:30");

    const scan = await scanWorkbook(new FakeContext(ctx.model), ALL);
    for (const { source, copy } of result.copies) {
      const original = ctx.model.sheet(source);
      const frozen = ctx.model.sheet(copy);
      const dependents = new Set(scan.dependents.filter((d) => d.sheet === source).map((d) => d.ref));
      expect(dependents.size).toBe(result.copies.find((c) => c.copy === copy)!.frozen);
      for (const [ref, cell] of original.cells) {
        if (cell.formula === undefined) continue;
        const now = frozen.cells.get(ref)!;
        if (dependents.has(ref)) {
          // A frozen error is a native formula giving the same error; anything else is the value itself.
          if (cell.valueType === "Error") expect(now.formula).toBe(`=${cell.value}`);
          else expect({ ref, formula: now.formula, value: now.value }).toEqual({ ref, formula: undefined, value: cell.value });
        } else {
          expect({ ref, formula: now.formula }).toEqual({ ref, formula: cell.formula });
        }
      }
      expect(scan.perSheet.find((p) => p.sheet === copy)).toBeUndefined();
      expect(frozen.names.find((n) => n.name === FROZEN_MARK)?.ref).toBe(`="${source}"`);
      expect([...frozen.cells.values()].some((c) => String(c.value).startsWith("Values as of 2026-11-22 09:30"))).toBe(true);
    }
    const log = ctx.model.sheet(result.log);
    const rows = log.usedRange()!.bottom;
    expect(rows).toBe(1 + result.copies.reduce((n, c) => n + c.frozen, 0));
    expect(log.cells.get("E2")?.value).toMatch(/^=AIVALUE\.|^=/);
    expect(log.cells.get("E2")?.formula).toBeUndefined();
  }, EXAMPLE_TIMEOUT);

  test("keeps a frozen array formula's whole spill, and warns where Excel cannot report spills", async () => {
    const model = new WorkbookModel();
    const sheet = new SheetModel("Curve");
    Object.assign(sheet.cell("B2"), { formula: "=AIVALUE.PAYBACKCURVE(300,10,60,0,0,3)", value: -300, spill: "B2:B5" });
    [-250, -200, -150].forEach((v, i) => (sheet.cell(`B${3 + i}`).value = v));
    model.sheets.push(sheet);
    const ctx = new FakeContext(model);
    const result = await freezeSheets(ctx, ["Curve"], ALL, NOW);
    const copy = ctx.model.sheet("Curve (board)");
    expect(["B2", "B3", "B4", "B5"].map((r) => copy.cells.get(r)?.value)).toEqual([-300, -250, -200, -150]);
    expect(copy.cells.get("B2")?.formula).toBeUndefined();
    expect(result.copies[0].frozen).toBe(4);
    expect(result.warnings).toEqual([]);

    const older = await freezeSheets(new FakeContext(model), ["Curve"], requirementsUpTo("1.11"), NOW);
    expect(older.warnings.join(" ")).toMatch(/spilled arrays/);
  });

  // Was: the second freeze deleted the first copy and made a new one, so every link to it
  // became #REF! (issue 11, finding 3). Now the copy is refreshed in place.
  test("freezing again refreshes the copy in place, so a link to it follows, and appends to the log as text", async () => {
    const ctx = await exampleInFake();
    const first = await freezeSheets(ctx, ["Value Contract"], ALL, NOW);
    const copy = ctx.model.sheet("Value Contract (board)");
    const deck = new SheetModel("Deck");
    deck.cell("A1").formula = "='Value Contract (board)'!B5";
    ctx.model.sheets.push(deck);
    const second = await freezeSheets(ctx, ["Value Contract"], ALL, new Date(2026, 10, 23, 8, 0));
    expect(second.copies[0]).toMatchObject({ copy: "Value Contract (board)", updated: true });
    expect(ctx.model.sheet("Value Contract (board)")).toBe(copy);
    expect(deck.cells.get("A1")?.formula).toBe("='Value Contract (board)'!B5");
    expect(ctx.model.sheets.map((s) => s.name).filter((n) => n.startsWith("Value Contract") || n.startsWith("~"))).toEqual(["Value Contract", "Value Contract (2)", "Value Contract (3)", "Value Contract (board)"]);
    expect([...copy.cells.values()].some((c) => String(c.value).startsWith("Values as of 2026-11-23 08:00"))).toBe(true);
    const log = ctx.model.sheet(second.log);
    expect(log.usedRange()!.bottom).toBe(1 + first.copies[0].frozen * 2);
    // Text, not a date serial: Excel would parse "2026-11-23 08:00" written bare (finding 8).
    expect(log.cells.get(`A${2 + first.copies[0].frozen}`)?.value).toBe("2026-11-23 08:00");
    expect(log.cells.get(`G${2 + first.copies[0].frozen}`)?.value).toBe(copy.id);
  }, EXAMPLE_TIMEOUT);

  test("refuses to freeze while a cell still calculates, and on Excel without sheet copies", async () => {
    const ctx = await exampleInFake();
    const contract = ctx.model.sheet("Value Contract");
    const verdict = contract.names.find((n) => n.name === "Verdict")!.ref.replace(/\$/g, "");
    Object.assign(contract.cell(verdict), { value: "#BUSY!", valueType: "Error" });
    await expect(freezeSheets(ctx, ["Value Contract"], ALL, NOW)).rejects.toThrow(/shows #BUSY!/);
    await expect(freezeSheets(ctx, ["Value Contract"], requirementsUpTo("1.9"), NOW)).rejects.toBeInstanceOf(BoardPackError);
  }, EXAMPLE_TIMEOUT);
});

describe("refreshBoardSummary", () => {
  test("lists every contract through its names on a sheet put first, in four syncs, and follows new contracts in place", async () => {
    const ctx = await exampleInFake();
    await freezeSheets(ctx, ["Value Contract"], ALL, NOW);
    const sync0 = ctx.syncs;
    const first = await refreshBoardSummary(ctx, ALL, NOW);
    // Sheets, their names and used ranges, the write, then the mark holding the new sheet's id.
    expect(ctx.syncs - sync0).toBe(4);
    expect(first.contracts).toEqual(["Value Contract", "Value Contract (2)", "Value Contract (3)"]);
    expect(ctx.model.sheets[0].name).toBe("Board Summary");
    expect(ctx.model.sheet("Board Summary").cells.get("A5")?.formula).toBe("='Value Contract'!ContractName");
    expect(ctx.model.sheet("Board Summary").charts).toHaveLength(1);

    await insertTemplate(ctx, valueContract({ contractName: "Invoice matching" }), {}, ALL);
    const summary = ctx.model.sheet("Board Summary");
    const second = await refreshBoardSummary(ctx, ALL, NOW);
    // Was: deleted and made again (every link to it became #REF!); now the same sheet.
    expect(ctx.model.sheet("Board Summary")).toBe(summary);
    expect(second.created).toBe(false);
    expect(second.contracts).toEqual(["Value Contract", "Value Contract (2)", "Value Contract (3)", "Value Contract (4)"]);
    expect(ctx.model.sheets.filter((s) => s.name.startsWith("Board Summary"))).toHaveLength(1);
    expect(ctx.model.sheet("Board Summary").cells.get("A6")?.formula).toBe("='Value Contract (2)'!ContractName");
  }, EXAMPLE_TIMEOUT);
});
