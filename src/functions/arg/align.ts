/* Lining paired range arguments up with each other, cell by cell. */
import { CalcError } from "../../core/calcError";
import { where } from "./cell";
import type { Paired } from "./numbers";

/**
 * Pairs same-shaped ranges element by element; a single value broadcasts. A position
 * blank in every range is skipped; blank in some but not others is an error, since a
 * missing cost or rate must not silently become 0.
 */
export function alignPaired<K extends string>(ranges: Record<K, Paired>): Record<K, number[]> | CalcError {
  const names = Object.keys(ranges) as K[];
  let shape: Paired | undefined;
  let shapeName: K | undefined;
  let blanks = 0;
  for (const k of names) {
    const g = ranges[k];
    blanks += g.blanks;
    if (g.cells.length === 1) continue;
    if (shape && (g.rows !== shape.rows || g.cols !== shape.cols)) {
      return new CalcError(
        "#VALUE!",
        `${k} is ${g.rows}×${g.cols} but ${shapeName} is ${shape.rows}×${shape.cols}; the ranges must have the same shape`,
      );
    }
    shape = g;
    shapeName = k;
  }
  const length = shape?.cells.length ?? 1;
  const out = {} as Record<K, number[]>;
  // The common case: not one blank cell, so each range is used as it is.
  if (blanks === 0) {
    for (const k of names) {
      const cells = ranges[k].cells;
      out[k] = cells.length === length ? cells : new Array<number>(length).fill(cells[0]);
    }
    return out;
  }
  const columns = names.map((k) => ranges[k].cells);
  // A single value stands for every position: read index 0 for it.
  const step = columns.map((c) => (c.length === 1 ? 0 : 1));
  const kept = columns.map((): number[] => []);
  for (let i = 0; i < length; i++) {
    let blank = -1;
    let filled = false;
    for (let j = 0; j < columns.length; j++) {
      if (Number.isNaN(columns[j][i * step[j]])) {
        if (blank < 0) blank = j;
      } else filled = true;
    }
    if (!filled) continue;
    if (blank >= 0) {
      const item = length > 1 ? i + 1 : undefined;
      return new CalcError("#VALUE!", `${where(names[blank], item)} is blank while the other arguments have values there`);
    }
    for (let j = 0; j < columns.length; j++) kept[j].push(columns[j][i * step[j]]);
  }
  names.forEach((k, j) => (out[k] = kept[j]));
  return out;
}
