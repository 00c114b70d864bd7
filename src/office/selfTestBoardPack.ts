/*
 * The board pack's two operations, checked on scratch sheets only: Repair #NAME? on a
 * formula written in the form Excel leaves stuck, and a freeze of the scratch value
 * contract. Both run the pane's own code, with the portability scan limited to the scratch
 * sheets, so nothing of the user's is read or written and the round trips do not grow with
 * the workbook. A scoped freeze cannot see the user's Board Pack Log, so it writes a log of
 * its own, which goes with the other scratch sheets: the user's log is never touched.
 */
import { freezeSheets, type FreezeResult } from "./freeze";
import type { ExcelPort, PortRange } from "./port";
import { repairStuckFormulas } from "./repair";
import { excelApi, type Requirements } from "./requirements";
import { scanWorkbook } from "./scan";
import type { SelfTestCheck } from "./selfTestChecks";
import type { RepairCase } from "./selfTestScratch";

const describe = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Re-enters the stuck scratch formula through the pane's repair: a scan of its sheet (fixed syncs: one small sheet), then the repair's two. */
export async function repairScratch(context: ExcelPort, requirements: Requirements, repair: RepairCase): Promise<number> {
  const scan = await scanWorkbook(context, requirements, (sheet) => sheet === repair.sheet);
  const result = await repairStuckFormulas(context, scan);
  return result.repaired.reduce((n, r) => n + r.count, 0);
}

/** The repair cell, read with the other results once Excel has calculated. */
export const queueRepairRead = (context: ExcelPort, repair: RepairCase): PortRange =>
  context.workbook.worksheets.getItem(repair.sheet).getRange(repair.ref).load("formulas,values");

export function judgeRepair(repair: RepairCase, repaired: number, cell: PortRange): SelfTestCheck {
  const formula = cell.formulas[0][0];
  const value = cell.values[0][0];
  const e = repair.expected;
  const valueOk = typeof e === "number" ? typeof value === "number" && Math.abs(value - e) <= 1e-9 * Math.max(1, Math.abs(e)) : value === e;
  const ok = repaired === 1 && formula === repair.canonical && valueOk;
  return {
    title: "Repair #NAME?",
    ok,
    detail: ok
      ? `${repair.stuck} was entered again as ${repair.canonical} and shows ${String(value)}.`
      : `after the repair (${repaired} cells re-entered) ${repair.sheet}!${repair.ref} holds ${String(formula)} showing ${String(value)}, not ${repair.canonical} showing ${String(e)}.`,
  };
}

/**
 * Freezes the scratch contract into a copy, then reads both and scans the copy: the copy
 * must show the contract's values, and no cell of it may still depend on an AIVALUE
 * function. `scratch` lists the scratch sheets, the only ones the freeze may read; the
 * sheets the freeze made (the copy and its log) are added to `made` as soon as they exist,
 * so the clean-up removes them even if a later read is refused.
 */
export async function checkFreeze(context: ExcelPort, requirements: Requirements, scratch: readonly string[], contract: string, now: Date, made: string[]): Promise<SelfTestCheck> {
  const title = "Freeze";
  if (!excelApi(requirements)("1.10")) return { title, ok: true, detail: "not run: this Excel cannot copy sheets (ExcelApi 1.10), so the pane offers no freeze here." };
  if (contract === "") return { title, ok: false, detail: "not run: the scratch value contract was not written." };
  const ours = new Set(scratch.map((n) => n.toLowerCase()));
  let result: FreezeResult;
  try {
    result = await freezeSheets(context, [contract], requirements, now, (sheet) => ours.has(sheet.toLowerCase()));
  } catch (e) {
    // The freeze undoes itself when refused, and its message says whether it could.
    return { title, ok: false, detail: describe(e) };
  }
  const copy = result.copies[0]?.copy ?? "";
  made.push(...[copy, result.log].filter((n) => n !== ""));
  const sheets = context.workbook.worksheets;
  const used = (name: string) => sheets.getItem(name).getUsedRangeOrNullObject().load("isNullObject,rowIndex,columnIndex,values");
  // Queued now, read by the scan's first sync: one round trip fewer.
  const source = used(contract);
  const frozen = used(copy);
  const scan = await scanWorkbook(context, requirements, (sheet) => ours.has(sheet.toLowerCase()) || sheet === copy);
  const live = scan.dependents.filter((d) => d.sheet === copy).map((d) => d.ref);
  const differ: string[] = [];
  // A copy Excel left empty differs in every cell the contract fills.
  const frozenValues = frozen.isNullObject ? [] : frozen.values;
  (source.isNullObject ? [] : source.values).forEach((row, r) =>
    row.forEach((v, c) => {
      const got = frozenValues[source.rowIndex - frozen.rowIndex + r]?.[source.columnIndex - frozen.columnIndex + c];
      if (got !== v) differ.push(`row ${source.rowIndex + r + 1} col ${source.columnIndex + c + 1}: ${String(got)}, not ${String(v)}`);
    }),
  );
  const cells = result.copies[0]?.frozen ?? 0;
  const problems = [
    ...(cells === 0 ? ["nothing was frozen"] : []),
    ...differ.slice(0, 3).map((d) => `copy ${d}`),
    ...(live.length ? [`${live.length} cells of the copy still need the add-in (${live.slice(0, 5).join(", ")})`] : []),
  ];
  return {
    title,
    ok: problems.length === 0,
    detail: problems.length === 0 ? `a copy of the scratch contract froze ${cells} cells, shows every value the contract does and depends on no AIVALUE function.` : problems.join("; "),
  };
}
