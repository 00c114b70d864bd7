/*
 * The scan on the recording fake reads the workbook's tables in its existing syncs and
 * finds readers of AIVALUE results through table references (issue 11, finding 6).
 */
import { scanWorkbook } from "../../src/office/scan";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");

function workbook(): WorkbookModel {
  const model = new WorkbookModel();
  const put = (s: SheetModel, cells: Record<string, string | number>) => {
    for (const [ref, v] of Object.entries(cells)) s.cells.set(ref, typeof v === "string" && v.startsWith("=") ? { formula: v, value: 1, format: {} } : { value: v, format: {} });
  };
  const pipeline = new SheetModel("Pipeline");
  put(pipeline, { A1: "Name", B1: "ROI", C1: "Cost", A2: "a", B2: "=AIVALUE.ROI([@Cost],1)", C2: 5, A3: "b", B3: "=AIVALUE.ROI([@Cost],1)", C3: 6, A4: "Total", B4: "=SUBTOTAL(109,[ROI])", C4: "=SUBTOTAL(109,[Cost])" });
  const summary = new SheetModel("Summary");
  put(summary, { A1: "=SUM(Deals[ROI])", B1: "=SUM(Deals[Cost])", C1: "=Deals[[#Totals],[ROI]]", D1: "=Deals[[#Totals],[Cost]]", E1: "=COUNTA(Deals[#All])" });
  model.sheets.push(pipeline, summary);
  model.tables.push({ name: "Deals", sheet: "Pipeline", ref: "A1:C4", showTotals: true });
  return model;
}

describe("scanWorkbook: table references", () => {
  test("a formula reading an AIVALUE column through a table is found; one reading only other columns is not", async () => {
    const ctx = new FakeContext(workbook());
    const scan = await scanWorkbook(ctx, ALL);
    expect(scan.dependents.map((d) => `${d.sheet}!${d.ref}${d.uncertain ? "?" : ""}`)).toEqual(["Pipeline!B2", "Pipeline!B3", "Pipeline!B4", "Summary!A1", "Summary!C1", "Summary!E1"]);
    expect(scan.perSheet).toEqual([
      { sheet: "Pipeline", count: 3 },
      { sheet: "Summary", count: 3 },
    ]);
    // Budget: the tables ride in the first two syncs, so the scan takes as many syncs as without them.
    const plain = workbook();
    plain.tables = [];
    const without = new FakeContext(plain);
    await scanWorkbook(without, ALL);
    expect(ctx.syncs).toBe(without.syncs);
    expect(ctx.syncs).toBe(4);
    expect(Math.max(...ctx.requestBytes, ...ctx.responseBytes)).toBeLessThan(4096);
  });
});
