/*
 * Which sheets the add-in made, by worksheet id (stable through renames and moves, new
 * for every copy), never by a marker that travels with copies: the Board Pack Log holds
 * its own id in its mark, and a row per frozen cell naming the copy and source by id.
 * A user's copy of the log, or of a frozen copy, has another id and is the user's.
 */
import { LOG_MARK } from "./marks";
import type { SheetFormulas } from "./portability";

/** A sheet as the workbook lists it. */
export interface SheetId {
  name: string;
  id: string;
  protected: boolean;
}

export const LOG_HEADER = ["Values as of", "Frozen copy", "Source sheet", "Cell", "Original formula", "Frozen value", "Copy id", "Source id"];

/** One frozen copy as the log records it: the name it was given and both ids. */
export interface LogEntry {
  asOf: string;
  copy: string;
  source: string;
  copyId: string;
  sourceId: string;
}

/** The formula of a mark that names the sheet holding it: `="{id}"`. */
export const idMark = (id: string): string => `="${id.replace(/"/g, '""')}"`;

const named = (s: SheetFormulas, mark: string) => s.names.find((n) => n.name.toLowerCase() === mark.toLowerCase());

/** The sheet carrying `mark` whose mark holds its own id: the add-in's own sheet of that kind, not a copy of it. */
export function ownSheet(sheets: SheetFormulas[], ids: SheetId[], mark: string): { sheet: SheetFormulas; id: string } | undefined {
  for (const s of sheets) {
    const id = ids.find((x) => x.name === s.name)?.id;
    if (id !== undefined && named(s, mark)?.formula === idMark(id)) return { sheet: s, id };
  }
  return undefined;
}

/** The log's rows, as read through range.formulas (text comes back without its quote prefix). */
export function logEntries(log: SheetFormulas): LogEntry[] {
  const { used, contents } = log;
  if (!used || !contents) return [];
  // contents start at the used range's top-left cell, wherever the log's table begins.
  const at = (row: unknown[], i: number) => String(row[i - (used.left - 1)] ?? "");
  return contents
    .slice(used.top === 1 ? 1 : 0)
    .map((row) => ({ asOf: at(row, 0), copy: at(row, 1), source: at(row, 2), copyId: at(row, 6), sourceId: at(row, 7) }))
    .filter((e) => e.copyId !== "" && e.sourceId !== "");
}

export interface OwnSheets {
  log?: { sheet: SheetFormulas; id: string };
  entries: LogEntry[];
  /** Ids of the log and of every frozen copy it lists: never offered for freezing, never read as live. */
  ids: Set<string>;
}

export function ownSheets(sheets: SheetFormulas[], ids: SheetId[]): OwnSheets {
  const log = ownSheet(sheets, ids, LOG_MARK);
  const entries = log ? logEntries(log.sheet) : [];
  return { log, entries, ids: new Set([...(log ? [log.id] : []), ...entries.map((e) => e.copyId)]) };
}

/**
 * The frozen copy of `sourceId` the add-in may refresh in place: the last one the log
 * lists, if it still exists under the name the add-in gave it and is not protected. A
 * copy the user renamed or protected is theirs to keep; a new copy is made beside it.
 */
export function currentCopy(own: OwnSheets, ids: SheetId[], sourceId: string): { copy?: SheetId; kept?: SheetId; asOf?: string } {
  const last = [...own.entries].reverse().find((e) => e.sourceId === sourceId);
  const sheet = last && ids.find((x) => x.id === last.copyId);
  if (!last || !sheet) return {};
  return sheet.name === last.copy && !sheet.protected ? { copy: sheet, asOf: last.asOf } : { kept: sheet };
}
