/*
 * The scan at scale (issue 11, finding 9): linear in the workbook's size, every sync under
 * Excel on the web's 5 MB limit both ways. Prints CPU time (the machine is shared: wall
 * time says little) and the largest request and response; asserts sizes and counts only.
 */
import { ACTION_BYTES } from "../../src/office/batches";
import { scanWorkbook } from "../../src/office/scan";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { meterLoads } from "../helpers/payloadMeter";

const LIMIT = 5 * 1024 * 1024;
const ALL = requirementsUpTo("1.12");
const MB = (n: number) => (n / 1048576).toFixed(2);

async function measuredScan(model: WorkbookModel) {
  const ctx = new FakeContext(model);
  const meter = meterLoads(ctx);
  const start = process.cpuUsage();
  const scan = await scanWorkbook(ctx, ALL);
  const cpu = process.cpuUsage(start);
  // Each load travels with the getItem/getRange… it hangs from: three actions, generously sized.
  const request = Math.max(...meter.loads) * 3 * ACTION_BYTES;
  return { ctx, scan, seconds: (cpu.user + cpu.system) / 1e6, request, response: Math.max(...ctx.responseBytes) };
}

test("20,000 rows of =A2/SUM($A:$A): linear, each sync under 5 MB", async () => {
  const s = new SheetModel("Shares");
  s.cells.set("A1", { value: "Cost", format: {} });
  for (let r = 2; r <= 20001; r++) {
    s.cells.set(`A${r}`, { formula: `=AIVALUE.ROI(${r},1)`, value: r, format: {} });
    s.cells.set(`B${r}`, { formula: `=A${r}/SUM($A:$A)`, value: 0, format: {} });
  }
  const model = new WorkbookModel();
  model.sheets.push(s);
  const { ctx, scan, seconds, request, response } = await measuredScan(model);
  expect(scan.dependents).toHaveLength(40000);
  expect(response).toBeLessThanOrEqual(LIMIT);
  expect(request).toBeLessThanOrEqual(LIMIT);
  console.log(`20,000 rows × whole-column share: ${seconds.toFixed(2)} s CPU, ${ctx.syncs} syncs, largest request ≈ ${(request / 1024).toFixed(0)} KB, largest response ${MB(response)} MB`);
}, 300_000);

test("a 300,000-cell workbook (250,000 formulas): each sync under 5 MB, syncs in proportion to the bytes", async () => {
  const model = new WorkbookModel();
  const names = ["Sheet 1", "Sheet 2", "Sheet 3", "計画", "Sheet 5", "Sheet 6"];
  names.forEach((name, i) => {
    const s = new SheetModel(name);
    const previous = i === 0 ? "" : `'${names[i - 1]}'!`;
    for (let r = 1; r <= 10000; r++) {
      s.cells.set(`A${r}`, { value: r, format: {} });
      // Sheet 1's B1 is the only AIVALUE call; every other sheet's B column reads the sheet before.
      const b = i === 0 ? (r === 1 ? "=AIVALUE.PAYBACKCURVE(100,10,12)" : `=A${r}*2`) : `=${previous}E${r}*2`;
      s.cells.set(`B${r}`, { formula: b, value: r, format: {} });
      s.cells.set(`C${r}`, { formula: r === 1 ? "=B1" : `=B${r}+C${r - 1}`, value: r, format: {} });
      s.cells.set(`D${r}`, { formula: `=IF(C${r}>SUM($A$1:A${r}),"up","down")`, value: "up", format: {} });
      s.cells.set(`E${r}`, { formula: `=C${r}/2`, value: 1, format: {} });
    }
    model.sheets.push(s);
  });
  const { ctx, scan, seconds, request, response } = await measuredScan(model);
  const total = ctx.responseBytes.reduce((a, b) => a + b, 0);
  expect(response).toBeLessThanOrEqual(LIMIT);
  expect(request).toBeLessThanOrEqual(LIMIT);
  // Sheet 1's B1 feeds its running total C, then D and E, and every later sheet through B.
  expect(scan.perSheet).toEqual(names.map((sheet, i) => ({ sheet, count: i === 0 ? 30001 : 40000 })));
  // Linear: syncs grow with the bytes read, plus a few to ramp up and find the areas.
  expect(ctx.syncs).toBeLessThanOrEqual(Math.ceil(total / (LIMIT / 4)) + 10);
  console.log(
    `300,000 cells (250,000 formulas) on 6 sheets: ${seconds.toFixed(2)} s CPU, ${ctx.syncs} syncs, ${MB(total)} MB read, largest request ≈ ${(request / 1024).toFixed(0)} KB, largest response ${MB(response)} MB`,
  );
}, 300_000);
