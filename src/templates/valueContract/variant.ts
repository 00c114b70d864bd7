/*
 * A value contract filled with another worked example than the lead-scoring one: the
 * contract is built as the template makes it, then only its input cells are given the
 * example's values, so every formula is the template's own.
 */
import { parseCell, parseRange } from "../../sheet/a1";
import type { Cell, SheetSpec, TemplateOptions, TemplateSpec, Value } from "../../sheet/spec";
import { valueContract } from ".";
import { COL } from "./sheet";
import type { ContractExample } from "./examples";

/** Sets an input cell of the sheet's A1 block; anything but an input is a mistake in the example's data. */
function setInput(sheet: SheetSpec, row: number, col: number, v: Value, what: string): void {
  const cells = sheet.blocks.find((b) => b.at === "A1")!.cells;
  const cell: Cell | undefined = cells[row - 1]?.[col - 1];
  if (cell?.s !== "input" && cell?.s !== "inputText") throw new Error(`${what} is not an input cell of the value contract`);
  cells[row - 1][col - 1] = { ...cell, v };
}

/** A value contract holding `example` (its name, inputs, cost lines and reviews). */
export function exampleContract(example: ContractExample, options: TemplateOptions = {}): TemplateSpec {
  const spec = valueContract({ ...options, example: true, contractName: example.contractName });
  const sheet: SheetSpec = structuredClone(spec.sheets[0]);
  const cells = sheet.blocks.find((b) => b.at === "A1")!.cells;
  for (const [name, v] of Object.entries(example.inputs)) {
    const ref = sheet.names.find((n) => n.name === name)?.ref;
    if (!ref) throw new Error(`the value contract has no input named ${name}`);
    const { row, col } = parseCell(ref);
    setInput(sheet, row, col, v, name);
  }
  for (const [text, [oneOff, perMonth]] of Object.entries(example.costs)) {
    const row = cells.findIndex((r) => r[COL.label.index - 1]?.v === text) + 1;
    if (row === 0) throw new Error(`the value contract has no cost line ${text}`);
    setInput(sheet, row, COL.value.index, oneOff, text);
    setInput(sheet, row, COL.perMonth.index, perMonth, text);
  }
  const log = parseRange(sheet.tables.find((t) => t.name === "ReviewLog")!.ref);
  for (let row = log.top + 1; row <= log.bottom; row++) {
    const review = example.reviews[row - log.top - 1];
    for (let col = log.left; col <= log.right; col++) setInput(sheet, row, col, review?.[col - log.left] ?? null, "a review");
  }
  return { ...spec, sheets: [sheet] };
}
