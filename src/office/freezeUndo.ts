/*
 * Undoing a freeze Excel refused part-way (src/office/freeze.ts). The undo may be refused
 * too; then the error names what is left and carries the same undo, to run again in a new
 * context from the pane's button. Running it again is safe: it copies the same backups
 * back, blanks the same log rows and deletes only the sheets of this freeze still there.
 */
import { BoardPackError } from "../boardpack/error";
import type { FreezePlan } from "../boardpack/freezePlan";
import { LOG_HEADER, type SheetId } from "../boardpack/ownSheets";
import { quoteSheet } from "../sheet/a1";
import { pointSeries } from "./pointSeries";
import type { ExcelPort } from "./port";
import { loadSheetIds } from "./sheetIds";

/** What a freeze had done when Excel refused it: its plan, the sheets it made (name to id), the sheets before it, and how far it got. */
export interface FreezeDone {
  plan: FreezePlan;
  made: ReadonlyMap<string, string>;
  before: SheetId[];
  phase: "build" | "finish";
}

/** The pane's button that runs the undo again. */
export const FINISH_UNDO = "Finish undoing the freeze";

/** The freeze was refused and so was its undo: the message says what is left; `undoAgain` tries the undo once more. */
export class FreezeUndoRefused extends BoardPackError {
  constructor(
    message: string,
    readonly undoAgain: (context: ExcelPort) => Promise<BoardPackError>,
  ) {
    super(message);
  }
}

/**
 * Puts the workbook back after a refusal: refreshed copies get their backups' cells and
 * their charts' series their old sources, the log rows are blanked, and every sheet this
 * freeze made is deleted — found by the ids it recorded, or for a copy whose id never came
 * back, by being new and named as Excel names a copy. Returns the error to show: what happened, and that nothing changed, or what is left.
 */
export async function undoFreeze(context: ExcelPort, done: FreezeDone, cause: unknown): Promise<BoardPackError> {
  const { plan: p, made, before, phase } = done;
  const reason = describe(cause);
  try {
    const now = loadSheetIds(context);
    await context.sync();
    const old = new Set(before.map((x) => x.id));
    const recorded = new Set(made.values());
    // Ids come back only when the first sync succeeds; if it did not, a sheet new since the
    // reads and named as that sync names (or as Excel names a copy) is ours.
    // Excel names a copy it could not rename after the sheet copied: the source, or for a
    // backup the frozen copy being refreshed (c.name), whose name may no longer match the source's.
    const names = p.copies.flatMap((c) => [c.temp, c.update?.backup, c.source, c.update && c.name]).filter((n): n is string => Boolean(n)).map((n) => n.toLowerCase());
    const guessed = (x: SheetId) => made.size === 0 && !old.has(x.id) && (names.some((n) => x.name.toLowerCase() === n || x.name.toLowerCase().startsWith(`${n} (`)) || x.name === p.log.sheet);
    const ours = now().filter((x) => recorded.has(x.id) || guessed(x));
    const present = new Set(now().map((x) => x.id));
    const sheets = context.workbook.worksheets;
    if (phase === "finish") {
      for (const c of p.copies) {
        const backup = c.update && made.get(c.update.backup);
        // A backup already deleted by an earlier try was copied back first, in the same batch.
        if (!c.update || !backup || !present.has(backup)) continue;
        const copy = sheets.getItem(c.update.id);
        copy.getRange(c.update.area).copyFrom(`${quoteSheet(c.update.backup)}!${c.update.area}`, "All");
        copy.pageLayout.headersFooters.defaultForAllPages.rightHeader = c.update.oldHeader;
        c.update.series.forEach((m) => pointSeries(copy, m, sheets.getItem(m.old.sheet).getRange(m.old.ref)));
      }
      if (p.log.id && p.log.rows.length > 0) {
        const blank = p.log.rows.map(() => LOG_HEADER.map(() => ""));
        sheets.getItem(p.log.id).getRangeByIndexes(p.log.firstRow - 1, 0, blank.length, LOG_HEADER.length).formulas = blank;
      }
    }
    ours.forEach((x) => sheets.getItem(x.id).delete());
    await context.sync();
    return new BoardPackError(`Excel refused the freeze (${reason}). Everything it had done was undone: the workbook is as it was.`);
  } catch (again) {
    return new FreezeUndoRefused(
      `Excel refused the freeze (${reason}) and then refused to undo it (${describe(again)}). Press “${FINISH_UNDO}” to try again; if Excel still refuses, sheets named “~AIVALUE …” are temporary copies the add-in made: delete them. ` +
        (phase === "finish" ? `Some of ${p.copies.map((c) => `“${c.name}”`).join(", ")} may already hold values as of ${p.asOf}; the “${p.log.sheet}” rows dated ${p.asOf} say which.` : "No other sheet was changed."),
      (next) => undoFreeze(next, done, cause),
    );
  }
}

function describe(e: unknown): string {
  const code = (e as { code?: string } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return code && !message.startsWith(code) ? `${code}: ${message}` : message;
}
