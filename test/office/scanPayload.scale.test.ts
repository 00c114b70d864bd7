/*
 * The scan at scale (a scale test: npm test runs it, npm run test:unit does not): a large
 * workbook is read in a few syncs, each under Excel on the web's 5 MB limit.
 */
import { PAYLOAD_BUDGET, scanWorkbook } from "../../src/office/scan";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const LIMIT = 5 * 1024 * 1024;

test("scans 50 sheets × 10,000 formulas under the 5 MB limit in a handful of syncs", async () => {
  const model = new WorkbookModel();
  for (let i = 0; i < 50; i++) {
    const s = new SheetModel(`Sheet ${i + 1}`);
    for (let r = 1; r <= 5000; r++) {
      s.cells.set(`A${r}`, { formula: `=ROW()*${i + 1}+${r}`, format: {} });
      s.cells.set(`B${r}`, { formula: i === 49 && r === 5000 ? "=AIVALUE.COSTOFDELAY(365000,A5000)" : `=A${r}/2`, format: {} });
    }
    model.sheets.push(s);
  }
  model.sheets[0].cell("C1").formula = "='Sheet 50'!B5000*2";
  const ctx = new FakeContext(model);
  const scan = await scanWorkbook(ctx, requirementsUpTo("1.12"));
  const total = ctx.responseBytes.reduce((a, b) => a + b, 0);
  expect(Math.max(...ctx.responseBytes)).toBeLessThanOrEqual(LIMIT);
  expect(Math.max(...ctx.requestBytes)).toBeLessThanOrEqual(LIMIT);
  // Sized by the longest formula (38 bytes a cell), not the average: sheets and names (2), areas (1),
  // the allowance doubling up to the budget (3), and the formulas, with room for uneven halves.
  expect(ctx.syncs).toBeLessThanOrEqual(6 + 2 * Math.ceil((500001 * 38) / PAYLOAD_BUDGET));
  expect(scan.dependents.map((d) => `${d.sheet}!${d.ref}`)).toEqual(["Sheet 1!C1", "Sheet 50!B5000"]);
  console.log(`50 × 10,000 formulas: ${ctx.syncs} syncs, ${(total / 1048576).toFixed(1)} MB read, largest response ${(Math.max(...ctx.responseBytes) / 1048576).toFixed(2)} MB`);
}, 120_000);
