/*
 * Repair #NAME?: AIVALUE formulas that Excel left unresolved because the workbook was
 * calculated before the add-in loaded — stuck at #NAME? even once it has (office-js
 * #6611, #5865, #6395), or rewritten `_xldudf_AIVALUE_…` (#3558, #2568) — are entered
 * again in their canonical form, which makes Excel bind them; the only fix Excel offers
 * by hand is to edit each cell and press Enter. Nothing else is written: only formulas
 * that call AIVALUE themselves and are stuck, and none on a protected sheet (Excel
 * would refuse the write), which the result names instead.
 *
 * Round trips: one sync reads which formula cells show errors (and their values) and
 * which sheets are protected, one writes; more only if the writes pass the request budget.
 */
import { canonicalFormula } from "../boardpack/canonical";
import { parseCell } from "../sheet/a1";
import { ACTION_BYTES, PAYLOAD_BUDGET, utf8Bytes } from "./batches";
import type { ExcelPort, PortAreas } from "./port";
import type { WorkbookScan } from "./scan";

export interface RepairResult {
  /** Cells entered again, per sheet. */
  repaired: { sheet: string; count: number }[];
  /** Sheets whose stuck cells were left alone because the sheet is protected. */
  protectedSheets: { sheet: string; count: number }[];
}

interface Stuck {
  row: number;
  col: number;
  formula: string;
}

/** Re-enters the stuck AIVALUE formulas `scan` found; see the file comment. */
export async function repairStuckFormulas(context: ExcelPort, scan: WorkbookScan): Promise<RepairResult> {
  const direct = new Map<string, Map<string, string>>();
  for (const d of scan.dependents) {
    if (!d.direct) continue;
    const cells = direct.get(d.sheet) ?? new Map<string, string>();
    cells.set(d.ref, d.formula);
    direct.set(d.sheet, cells);
  }
  const sheets = context.workbook.worksheets;
  const reads = scan.sheets
    .filter((s) => s.used && direct.has(s.name))
    .map((s) => {
      const ws = sheets.getItem(s.name);
      const u = s.used!;
      const errors: PortAreas = ws.getRangeByIndexes(u.top - 1, u.left - 1, u.bottom - u.top + 1, u.right - u.left + 1).getSpecialCellsOrNullObject("Formulas", "Errors");
      errors.load("isNullObject");
      return { sheet: s.name, ws, errors, areas: errors.areas.load("items/rowIndex,items/columnIndex,items/values"), protection: ws.protection.load("protected") };
    });
  await context.sync();

  const result: RepairResult = { repaired: [], protectedSheets: [] };
  const writes: { ws: (typeof reads)[number]["ws"]; stuck: Stuck[] }[] = [];
  for (const r of reads) {
    const cells = direct.get(r.sheet)!;
    const stuck: Stuck[] = [];
    const nameErrors = new Set<string>();
    if (!r.errors.isNullObject) {
      for (const a of r.areas.items) a.values.forEach((line, i) => line.forEach((v, j) => v === "#NAME?" && nameErrors.add(`${a.rowIndex + i + 1}!${a.columnIndex + j + 1}`)));
    }
    for (const [ref, formula] of cells) {
      const { row, col } = parseCell(ref);
      const canonical = canonicalFormula(formula);
      if (canonical !== formula || nameErrors.has(`${row}!${col}`)) stuck.push({ row, col, formula: canonical });
    }
    if (stuck.length === 0) continue;
    if (r.protection.protected) result.protectedSheets.push({ sheet: r.sheet, count: stuck.length });
    else {
      writes.push({ ws: r.ws, stuck });
      result.repaired.push({ sheet: r.sheet, count: stuck.length });
    }
  }

  // One write per run of stuck cells down a column; a sync whenever the request budget is reached.
  let bytes = 0;
  for (const { ws, stuck } of writes) {
    stuck.sort((a, b) => a.col - b.col || a.row - b.row);
    for (let i = 0; i < stuck.length; ) {
      let j = i;
      while (j + 1 < stuck.length && stuck[j + 1].col === stuck[i].col && stuck[j + 1].row === stuck[j].row + 1) j++;
      const run = stuck.slice(i, j + 1);
      const size = 2 * ACTION_BYTES + run.reduce((n, s) => n + utf8Bytes(s.formula) + 4, 0);
      if (bytes > 0 && bytes + size > PAYLOAD_BUDGET) {
        await context.sync();
        bytes = 0;
      }
      ws.getRangeByIndexes(run[0].row - 1, run[0].col - 1, run.length, 1).formulas = run.map((s) => [s.formula]);
      bytes += size;
      i = j + 1;
    }
  }
  await context.sync();
  return result;
}
