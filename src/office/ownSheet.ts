/*
 * Refreshes a sheet the add-in owns (the board summary; later the portfolio) IN PLACE, so
 * formulas, names and charts elsewhere that point at it keep working. The sheet is known
 * by a scoped mark holding its own worksheet id: a copy the user makes carries the mark
 * with the original's id and so is never taken for it, and a renamed one is still found.
 */
import { BoardPackError, PartWrittenError } from "../boardpack/error";
import { idMark } from "../boardpack/ownSheets";
import { claimNames, clashMessage, fixedClashes } from "../sheet/namespace";
import { plan } from "../sheet/plan";
import type { TemplateOptions, TemplateSpec } from "../sheet/spec";
import { FIXED_NAMES } from "../templates/fixedNames";
import { writeSheet } from "./insert";
import type { ExcelPort, PortWorksheet } from "./port";
import { excelApi, type Requirements } from "./requirements";

/** A sheet the workbook holds, with its scoped names (lower-cased, as Excel compares them). */
export interface ListedSheet {
  name: string;
  names: ReadonlySet<string>;
}

/** A kind of own sheet: its mark, and its one-sheet spec built from the other sheets of the workbook. */
export interface OwnSheetKind {
  mark: string;
  build(others: ListedSheet[]): TemplateSpec;
}

export interface OwnSheetResult {
  sheet: string;
  /** False when the existing sheet was refreshed in place. */
  created: boolean;
  warnings: string[];
}

/**
 * Builds the own sheet of `kind` anew, or rewrites it in place. Syncs: sheets, their names
 * and used ranges, the own sheet's charts and tables, then the write (for a new sheet, an
 * add that reads back its id first, and the write carries its mark). On a refusal a new
 * sheet is removed by its id; an existing one may be left part-written, and the
 * PartWrittenError says so (rebuilding it finishes it: its content is derived).
 */
export async function refreshOwnSheet(context: ExcelPort, kind: OwnSheetKind, requirements: Requirements, options: TemplateOptions): Promise<OwnSheetResult> {
  const has = excelApi(requirements);
  const worksheets = context.workbook.worksheets.load("items/name,items/id,items/protection/protected");
  const tables = context.workbook.tables.load("items/name");
  const workbookNames = context.workbook.names.load("items/name");
  await context.sync();
  const listed = worksheets.items.map((ws) => ({ ws, names: ws.names.load("items/name,items/formula"), used: ws.getUsedRangeOrNullObject().load("isNullObject,rowIndex,rowCount") }));
  await context.sync();

  const own = listed.find((l) => l.names.items.some((n) => n.name.toLowerCase() === kind.mark.toLowerCase() && n.formula === idMark(l.ws.id)));
  const sheets = listed.map((l) => ({ name: l.ws.name, names: new Set(l.names.items.map((n) => n.name.toLowerCase())) }));
  const others = sheets.filter((s) => s.name !== own?.ws.name);
  let ownTables: string[] = [];
  if (own) {
    if (own.ws.protection.protected) throw new BoardPackError(`“${own.ws.name}” is protected. Unprotect it (Review › Unprotect Sheet), then refresh. Nothing was changed.`);
    own.ws.charts.load("items");
    own.ws.tables.load("items/name");
    await context.sync();
    ownTables = own.ws.tables.items.map((t) => t.name.toLowerCase());
  }
  const spec = kind.build(others);
  const tableNames = tables.items.map((t) => t.name).filter((t) => !ownTables.includes(t.toLowerCase()));
  // Tables and defined names share one namespace; the sheet's own names are kept as they are, so they are not in the way.
  const names = [...workbookNames.items, ...listed.filter((l) => l !== own).flatMap((l) => l.names.items)].map((n) => n.name);
  const first = plan(spec, { sheetNames: others.map((s) => s.name), tableNames: [] }, options);
  const clashes = fixedClashes(first, tableNames, FIXED_NAMES);
  if (clashes.length > 0) throw new BoardPackError(clashMessage(clashes, "refresh again"));
  const planned = claimNames(first, { tables: tableNames, names }, FIXED_NAMES).sheets[0];
  const warnings = new Set<string>();
  if (own) {
    await rewrite(context, own.ws, own.used, planned, has, warnings, sheets.find((s) => s.name === own.ws.name)!.names);
    return { sheet: own.ws.name, created: false, warnings: [...warnings] };
  }
  // Added in a sync of its own so its id is known before anything can fail: a refusal
  // afterwards removes exactly this sheet, never one a co-author added meanwhile.
  const ws = context.workbook.worksheets.add(planned.name);
  ws.load("id");
  await context.sync();
  try {
    writeSheet(context, planned, has, warnings, { sheet: ws, names: new Set() });
    ws.names.add(kind.mark, idMark(ws.id));
    ws.position = 0;
    ws.activate();
    await context.sync();
  } catch (e) {
    await removeNew(context, ws.id, planned.name, e);
    throw e;
  }
  return { sheet: planned.name, created: true, warnings: [...warnings] };
}

/** Clears the columns the sheet uses (notes the user keeps to their right stay), its charts and tables, then writes it again. */
async function rewrite(
  context: ExcelPort,
  ws: PortWorksheet,
  used: { isNullObject: boolean; rowIndex: number; rowCount: number },
  planned: ReturnType<typeof plan>["sheets"][number],
  has: (v: string) => boolean,
  warnings: Set<string>,
  names: ReadonlySet<string>,
): Promise<void> {
  try {
    ws.charts.items.forEach((c) => c.delete());
    ws.tables.items.forEach((t) => t.delete());
    // Last refresh's breaks go too, or rows that moved keep a break where none belongs (the summary needs 1.9, as this does).
    ws.horizontalPageBreaks.removePageBreaks();
    if (!used.isNullObject) ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, planned.widths.length).clear("All");
    writeSheet(context, planned, has, warnings, { sheet: ws, names });
    ws.activate();
    await context.sync();
  } catch (e) {
    // Excel does not say how far a refused batch got, so the sheet may be untouched or part-written:
    // either way its names and id are kept, and rebuilding it (its content is derived) finishes it.
    throw new PartWrittenError(
      `Excel stopped while rewriting “${ws.name}” (${describe(e)}): it may be part-written. Refresh it again to finish it in place (links to it keep working); no other sheet was changed.`,
      ws.name,
    );
  }
}

/** Removes the sheet a refused build added, by its id; if Excel refuses that too, says so. */
async function removeNew(context: ExcelPort, id: string, name: string, cause: unknown): Promise<void> {
  try {
    context.workbook.worksheets.getItem(id).delete();
    await context.sync();
  } catch {
    throw new BoardPackError(`Excel refused to build “${name}” (${describe(cause)}) and then refused to remove it: delete the sheet “${name}”. No other sheet was changed.`);
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  return code ?? (e instanceof Error ? e.message : String(e));
}
