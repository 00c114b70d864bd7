/*
 * Filling a built template's input cells with a worked example's values, by the names the template
 * gives them: every formula stays the template's own, and a value aimed at anything but an input is
 * a mistake in the example's data, caught when the example is built.
 */
import { parseCell, parseRange } from "./a1";
import type { Cell, SheetSpec, Value } from "./spec";

/** Sets an input cell, in whichever block holds it; throws if the cell is not an input. */
export function setInput(sheet: SheetSpec, row: number, col: number, v: Value, what: string): void {
  for (const block of sheet.blocks) {
    const at = parseCell(block.at);
    const cell: Cell | undefined = block.cells[row - at.row]?.[col - at.col];
    if (cell?.s !== "input" && cell?.s !== "inputText") continue;
    block.cells[row - at.row][col - at.col] = { ...cell, v };
    return;
  }
  throw new Error(`${what} is not an input cell of ${sheet.name}`);
}

/** Every cell a worksheet-scoped name spans, top to bottom (one column). */
export function cellsOf(sheet: SheetSpec, name: string): { row: number; col: number }[] {
  const ref = sheet.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`${sheet.name} has no name ${name}`);
  const r = parseRange(ref.replace(/\$/g, ""));
  return Array.from({ length: r.bottom - r.top + 1 }, (_, i) => ({ row: r.top + i, col: r.left }));
}
