/*
 * Refreshes a sheet the add-in owns (the board summary; later the portfolio) IN PLACE, so
 * formulas, names and charts elsewhere that point at it keep working. The sheet is known
 * by a scoped mark holding its own worksheet id: a copy the user makes carries the mark
 * with the original's id and so is never taken for it, and a renamed one is still found.
 */
import { BoardPackError } from "../boardpack/error";
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
 * and used ranges, the own sheet's charts and tables, the write (and, for a new sheet, its
 * mark once its id is known). On a refusal a new sheet is removed; an existing one is left
 * part-written and the error says so (rebuilding it again finishes it: its content is derived).
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
  // Tables and defined names share one namespace: the sheet's own names are re-added, so they are not in the way.
  const ownNames = own ? new Set(own.names.items.map((n) => n.name.toLowerCase())) : new Set<string>();
  const names = [...workbookNames.items, ...listed.flatMap((l) => l.names.items)].map((n) => n.name).filter((n) => !ownNames.has(n.toLowerCase()));
  const first = plan(spec, { sheetNames: others.map((s) => s.name), tableNames: [] }, options);
  const clashes = fixedClashes(first, tableNames, FIXED_NAMES);
  if (clashes.length > 0) throw new BoardPackError(clashMessage(clashes, "refresh again"));
  const planned = claimNames(first, { tables: tableNames, names }, FIXED_NAMES).sheets[0];
  const warnings = new Set<string>();
  if (own) {
    await rewrite(context, own.ws, own.used, planned, has, warnings, sheets.find((s) => s.name === own.ws.name)!.names);
    return { sheet: own.ws.name, created: false, warnings: [...warnings] };
  }
  let ws: PortWorksheet | undefined;
  try {
    ws = writeSheet(context, planned, has, warnings);
    ws.position = 0;
    ws.activate();
    ws.load("id");
    await context.sync();
    ws.names.add(kind.mark, idMark(ws.id));
    await context.sync();
  } catch (e) {
    await removeNew(context, planned.name, worksheets.items.map((w) => w.id));
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
    if (!used.isNullObject) ws.getRangeByIndexes(0, 0, used.rowIndex + used.rowCount, planned.widths.length).clear("All");
    writeSheet(context, planned, has, warnings, { sheet: ws, names });
    ws.activate();
    await context.sync();
  } catch (e) {
    const code = (e as { code?: string } | null)?.code;
    throw new BoardPackError(
      `Excel stopped while rewriting “${ws.name}” (${code ?? (e instanceof Error ? e.message : String(e))}): it is part-written. Refresh it again to finish it; no other sheet was changed.`,
    );
  }
}

/** Removes the sheet a failed build added: new since the reads, and named as planned. */
async function removeNew(context: ExcelPort, name: string, before: string[]): Promise<void> {
  const now = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const ours = now.items.filter((w) => !before.includes(w.id) && w.name === name);
  ours.forEach((w) => w.delete());
  if (ours.length > 0) await context.sync();
}
