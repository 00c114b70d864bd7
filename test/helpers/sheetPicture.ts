/* A sheet of the fake as the worked-example fixture pins it: every part, cells one a line. */
import { parseCell } from "../../src/sheet/a1";
import type { SheetModel } from "./excelFake";

/** Cells in reading order, each on one line: ref, content, number format and look (an index into the sheet's looks). */
export function sheetPicture(s: SheetModel) {
  const looks: string[] = [];
  const refs = [...s.cells.keys()].sort((a, b) => {
    const p = parseCell(a);
    const q = parseCell(b);
    return p.row - q.row || p.col - q.col;
  });
  const cells = refs.map((ref) => {
    const c = s.cells.get(ref)!;
    const look = JSON.stringify(Object.fromEntries(Object.entries(c.format).sort(([a], [b]) => a.localeCompare(b))));
    if (!looks.includes(look)) looks.push(look);
    return [ref, c.formula ?? JSON.stringify(c.value ?? null), c.numberFormat ?? "", looks.indexOf(look)].join(" | ");
  });
  return {
    name: s.name,
    tabColor: s.tabColor,
    frozenRows: s.frozenRows,
    showGridlines: s.showGridlines,
    columnWidths: Object.fromEntries(s.columnWidths),
    rowHeights: Object.fromEntries(s.rowHeights),
    names: s.names.map((n) => `${n.name}=${n.ref}`),
    merges: s.merges,
    validations: s.validations.map((v) => JSON.stringify(v)),
    charts: s.charts.map((c) => JSON.stringify(c)),
    layout: JSON.stringify(s.layout),
    pageBreaks: s.pageBreaks,
    looks,
    cells,
  };
}

