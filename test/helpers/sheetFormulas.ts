/* A sheet for the pure scan's tests, written as a grid the way range.formulas returns one. */
import type { SheetFormulas } from "../../src/boardpack/portability";

/** `grid` starts at A1; strings starting with "=" are formulas, anything else a value. */
export function sheetOf(name: string, grid: unknown[][], names: SheetFormulas["names"] = []): SheetFormulas {
  const cells: SheetFormulas["cells"] = [];
  let used: SheetFormulas["used"] = null;
  grid.forEach((line, i) =>
    line.forEach((v, j) => {
      if (v === null || v === undefined || v === "") return;
      const [row, col] = [i + 1, j + 1];
      used = used
        ? { top: Math.min(used.top, row), left: Math.min(used.left, col), bottom: Math.max(used.bottom, row), right: Math.max(used.right, col) }
        : { top: row, left: col, bottom: row, right: col };
      if (typeof v === "string" && v.startsWith("=")) cells.push({ row, col, formula: v });
    }),
  );
  return { name, names, used, cells };
}
