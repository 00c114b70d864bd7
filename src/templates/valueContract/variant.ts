/*
 * A value contract filled with another worked example than the lead-scoring one: the
 * contract is built as the template makes it, then only its input cells are given the
 * example's values (its actuals too, or none), so every formula is the template's own.
 */
import { parseRange } from "../../sheet/a1";
import { cellsOf, setInput } from "../../sheet/fill";
import type { SheetSpec, TemplateOptions, TemplateSpec } from "../../sheet/spec";
import { valueContract } from ".";
import { CONTRACT_ACTUAL_NAMES as A } from "./names";
import { COL } from "./sheet";
import type { ContractExample } from "./examples";

/** A value contract holding `example` (its name, inputs, cost lines, actuals and reviews). */
export function exampleContract(example: ContractExample, options: TemplateOptions = {}): TemplateSpec {
  const spec = valueContract({ ...options, example: true, contractName: example.contractName });
  const sheet: SheetSpec = structuredClone(spec.sheets[0]);
  const cells = sheet.blocks.find((b) => b.at === "A1")!.cells;
  for (const [name, v] of Object.entries(example.inputs)) {
    const [{ row, col }] = cellsOf(sheet, name);
    setInput(sheet, row, col, v, name);
  }
  // The months of actuals this example has (none: every month blank, never the first contract's).
  const [key] = cellsOf(sheet, A.AllocationKey);
  setInput(sheet, key.row, key.col, example.actuals?.allocationKey ?? null, A.AllocationKey);
  // A column linked to a tracker or billing sheet holds formulas, not inputs: the linked sheet supplies it.
  const months = example.actuals?.months ?? [];
  const typed: [string, boolean][] = [
    [A.ActualValue, !options.trackerSheet],
    [A.ActualCost, !options.billingSheet],
  ];
  typed.forEach(([name, isInput], i) => {
    if (isInput) cellsOf(sheet, name).forEach((c, m) => setInput(sheet, c.row, c.col, months[m]?.[i] ?? null, `${name} of month ${m + 1}`));
  });
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
