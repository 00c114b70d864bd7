/*
 * The scan and the repair on the recording fake: only real formulas are read, never the
 * empty space between them, every sync stays under the payload limit (halving when Excel
 * refuses one), spills read from other sheets are followed, and the repair re-enters only
 * stuck AIVALUE formulas in a fixed number of syncs.
 */
import { LOG_MARK } from "../../src/boardpack/marks";
import { repairStuckFormulas } from "../../src/office/repair";
import { scanWorkbook } from "../../src/office/scan";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { limitResponses } from "../helpers/payloadLimit";

const ALL = requirementsUpTo("1.12");

function workbook(sheets: Record<string, Record<string, string | number>>): WorkbookModel {
  const model = new WorkbookModel();
  for (const [name, cells] of Object.entries(sheets)) {
    const s = new SheetModel(name);
    for (const [ref, v] of Object.entries(cells)) {
      if (typeof v === "string" && v.startsWith("=")) s.cells.set(ref, { formula: v, value: 1, format: {} });
      else s.cells.set(ref, { value: v, format: {} });
    }
    model.sheets.push(s);
  }
  return model;
}

const found = (scan: { dependents: { sheet: string; ref: string }[] }) => scan.dependents.map((d) => `${d.sheet}!${d.ref}`);

describe("scanWorkbook", () => {
  test("finding 5: text that starts with = (the Board Pack Log's, read back without its apostrophe) is not a formula", async () => {
    const model = workbook({ VC: { A1: "=AIVALUE.ROI(1,2)" }, "Board Pack Log": { A1: "Formula", A2: "x" } });
    // As Excel holds a quote-prefixed text cell: a value, no formula; range.formulas gives the text back.
    model.sheet("Board Pack Log").cells.set("E2", { value: "=AIVALUE.ROI(1,2)", format: {} });
    model.sheet("Board Pack Log").names.push({ name: LOG_MARK, ref: "A1" });
    const scan = await scanWorkbook(new FakeContext(model), ALL);
    expect(found(scan)).toEqual(["VC!A1"]);
    // The log's own rows come back as its contents, for the freeze to read what it froze before.
    expect(scan.sheets[1].contents).toEqual([
      ["Formula", "", "", "", ""],
      ["x", "", "", "", "=AIVALUE.ROI(1,2)"],
    ]);
    expect(scan.sheets[0].contents).toBeUndefined();
  });

  test("finding 9: two formulas far apart are read without the empty rectangle between them", async () => {
    const ctx = new FakeContext(workbook({ S: { A1: "=AIVALUE.ROI(1,2)", XFD1048576: "=A1*2" } }));
    const scan = await scanWorkbook(ctx, ALL);
    expect(found(scan)).toEqual(["S!A1", "S!XFD1048576"]);
    expect(Math.max(...ctx.responseBytes)).toBeLessThan(2000);
  });

  test("finding 9: a refused payload is halved and retried until each sync fits", async () => {
    const cells: Record<string, string> = {};
    for (let r = 1; r <= 4000; r++) cells[`A${r}`] = r === 1 ? "=AIVALUE.ROI(1,2)" : `=A${r - 1}+LEN("${"x".repeat(40)}")`;
    const free = await scanWorkbook(new FakeContext(workbook({ S: cells })), ALL);
    const ctx = new FakeContext(workbook({ S: cells }));
    const limit = 64 * 1024;
    const refusals = limitResponses(ctx, limit);
    const scan = await scanWorkbook(ctx, ALL);
    expect(refusals.refused).toBeGreaterThan(0);
    expect(found(scan)).toEqual(found(free));
    expect(scan.dependents).toHaveLength(4000);
  });

  test("finding 6: a cell of a PAYBACKCURVE spill read from another sheet", async () => {
    const model = workbook({ Curve: { A1: "=AIVALUE.PAYBACKCURVE(100,10,12)", A2: -80, A3: -70, C1: "=1+1" }, Deck: { B2: "=Curve!A3", B3: "=Curve!C1" } });
    model.sheet("Curve").cell("A1").spill = "A1:A3";
    const scan = await scanWorkbook(new FakeContext(model), ALL);
    expect(found(scan)).toEqual(["Curve!A1", "Deck!B2"]);
    const old = await scanWorkbook(new FakeContext(model), requirementsUpTo("1.11"));
    expect(found(old)).toEqual(["Curve!A1"]);
    expect(old.warnings[0]).toMatch(/cannot report spilled arrays/);
  });
});

describe("repairStuckFormulas", () => {
  test("re-enters only stuck AIVALUE formulas, in canonical form, in two syncs, and names the protected sheet", async () => {
    const model = workbook({
      VC: { A1: "=AIVALUE.ROI(1,2)", A2: "=_xldudf_AIVALUE_ROI(3,4)", A3: "=AIVALUE.BREAKEVEN(1,2,3)", A4: "=A1*2", B1: "=AIVALUE.ROI(5,6)" },
      Locked: { A1: "=AIVALUE.ROI(1,2)", A2: "=AIVALUE.ROI(1,3)" },
    });
    const stuck = (sheet: string, ref: string) => Object.assign(model.sheet(sheet).cell(ref), { value: "#NAME?", valueType: "Error" });
    stuck("VC", "A1");
    stuck("VC", "A2");
    stuck("VC", "A4");
    Object.assign(model.sheet("VC").cell("A3"), { value: "#NUM!", valueType: "Error" });
    stuck("Locked", "A1");
    model.sheet("Locked").protected = true;
    const ctx = new FakeContext(model);
    const scan = await scanWorkbook(ctx, ALL);
    const before = ctx.syncs;
    const locked = JSON.stringify([...model.sheet("Locked").cells]);

    const result = await repairStuckFormulas(ctx, scan);
    expect(ctx.syncs - before).toBe(2);
    expect(result).toEqual({ repaired: [{ sheet: "VC", count: 2 }], protectedSheets: [{ sheet: "Locked", count: 1 }] });
    expect(model.sheet("VC").cell("A2").formula).toBe("=AIVALUE.ROI(3,4)");
    expect(model.sheet("VC").cell("A1").formula).toBe("=AIVALUE.ROI(1,2)");
    // One write: the run A1:A2 on VC; nothing on the protected sheet, nothing for #NUM! or the native A4.
    expect(ctx.log.filter((c) => c === "range.formulas")).toHaveLength(1);
    expect(JSON.stringify([...model.sheet("Locked").cells])).toBe(locked);
  });
});
