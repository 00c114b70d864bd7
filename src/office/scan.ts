/*
 * The board pack's scan: every sheet's formulas and names, read from the workbook, and
 * the cells that depend on an AIVALUE function (see boardpack/portability.ts).
 *
 * Round trips: two syncs to learn the sheets, their used ranges and names, then formulas
 * in chunks sized so no response passes Excel on the web's 5 MB limit; the count depends
 * on how many cells there are, never on how many sheets.
 */
import { aivalueDependents, type Dependent, type SheetFormulas } from "../boardpack/portability";
import type { ExcelPort, PortRange } from "./port";

/**
 * Excel on the web refuses requests and responses over 5 MB. A sync is sized for 3 MB at
 * the longest formulas seen so far, leaving room for longer ones further down.
 */
export const PAYLOAD_BUDGET = 3 * 1024 * 1024;
const FIRST_SYNC_CELLS = 10000;
const MIN_SYNC_CELLS = 1000;
const MAX_SYNC_CELLS = 1000000;

export interface WorkbookScan {
  sheets: SheetFormulas[];
  workbookNames: { name: string; formula: string }[];
  dependents: Dependent[];
  /** Dependent cells per sheet, in sheet order (sheets without any are left out). */
  perSheet: { sheet: string; count: number }[];
}

/** Reads every sheet's formulas and names; see the file comment for the round trips. */
export async function scanWorkbook(context: ExcelPort): Promise<WorkbookScan> {
  const worksheets = context.workbook.worksheets.load("items/name");
  const workbookNames = context.workbook.names.load("items/name,items/formula");
  await context.sync();

  const used = worksheets.items.map((ws) => {
    const range = ws.getUsedRangeOrNullObject();
    range.load("isNullObject,rowIndex,columnIndex,rowCount,columnCount");
    return { ws, range, names: ws.names.load("items/name,items/formula") };
  });
  await context.sync();

  const sheets: SheetFormulas[] = used.map((u) => ({
    name: u.ws.name,
    top: u.range.isNullObject ? 1 : u.range.rowIndex + 1,
    left: u.range.isNullObject ? 1 : u.range.columnIndex + 1,
    formulas: [],
    names: u.names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
  }));

  // Row chunks of every sheet, as many per sync as the budget allows, whatever sheet they
  // come from; the next sync's budget is scaled from the bytes the last one brought back.
  const queue = used.map((u, i) => ({ u, i, row: 0 })).filter((q) => !q.u.range.isNullObject && q.u.range.rowCount > 0);
  let budget = FIRST_SYNC_CELLS;
  let bytesPerCell = 0;
  while (queue.length > 0) {
    const parts: { i: number; range: PortRange }[] = [];
    let cells = 0;
    while (queue.length > 0 && cells < budget) {
      const q = queue[0];
      const { rowIndex, columnIndex, rowCount, columnCount } = q.u.range;
      const rows = Math.min(rowCount - q.row, Math.max(1, Math.floor((budget - cells) / columnCount)));
      parts.push({ i: q.i, range: q.u.ws.getRangeByIndexes(rowIndex + q.row, columnIndex, rows, columnCount).load("formulas") });
      cells += rows * columnCount;
      q.row += rows;
      if (q.row >= rowCount) queue.shift();
    }
    await context.sync();
    let bytes = 0;
    for (const p of parts) {
      sheets[p.i].formulas.push(...p.range.formulas);
      bytes += JSON.stringify(p.range.formulas).length;
    }
    bytesPerCell = Math.max(bytesPerCell, bytes / cells);
    budget = Math.min(MAX_SYNC_CELLS, Math.max(MIN_SYNC_CELLS, Math.floor(PAYLOAD_BUDGET / bytesPerCell)));
  }

  const names = workbookNames.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
  const dependents = aivalueDependents(sheets, names);
  const perSheet = sheets
    .map((s) => ({ sheet: s.name, count: dependents.filter((d) => d.sheet === s.name).length }))
    .filter((x) => x.count > 0);
  return { sheets, workbookNames: names, dependents, perSheet };
}
