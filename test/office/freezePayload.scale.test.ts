/*
 * A 300,000-cell freeze against Excel on the web's 5 MB limit each way (the fake refuses
 * anything larger with Excel's error codes, so finishing proves every sync fit). Prints the
 * largest request and response and the syncs it took.
 */
import { freezeSheets } from "../../src/office/freeze";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { PAYLOAD_LIMIT } from "../helpers/fake/context";

const ROWS = 100_000;
const COLUMNS = ["A", "B", "C"];

test(`freezes ${ROWS * COLUMNS.length} AIVALUE cells with every sync under 5 MB both ways`, async () => {
  const model = new WorkbookModel();
  const big = new SheetModel("Big");
  for (let r = 1; r <= ROWS; r++) {
    for (const [i, col] of COLUMNS.entries()) Object.assign(big.cell(`${col}${r}`), { formula: `=AIVALUE.ROI(${r},${i + 1})`, value: r / (i + 1) - 1 });
  }
  model.sheets.push(big);
  const ctx = new FakeContext(model);
  const result = await freezeSheets(ctx, ["Big"], requirementsUpTo("1.12"), new Date(2026, 10, 22, 9, 30));
  expect(result.copies[0].frozen).toBe(ROWS * COLUMNS.length);
  const copy = model.sheet("Big (board)");
  expect(copy.cells.get(`C${ROWS}`)).toMatchObject({ value: ROWS / 3 - 1 });
  expect(copy.cells.get(`C${ROWS}`)?.formula).toBeUndefined();
  const request = Math.max(...ctx.requestBytes);
  const response = Math.max(...ctx.responseBytes);
  expect(request).toBeLessThan(PAYLOAD_LIMIT);
  expect(response).toBeLessThan(PAYLOAD_LIMIT);
  console.log(`300,000-cell freeze: ${ctx.syncs} syncs, largest request ${(request / 1e6).toFixed(2)} MB, largest response ${(response / 1e6).toFixed(2)} MB`);
}, 900_000);
