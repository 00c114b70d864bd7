import { SETTER, type SeriesMove } from "../boardpack/chartFreeze";
import type { PortRange, PortWorksheet } from "./port";

type SeriesPlace = Pick<SeriesMove, "chart" | "series" | "dimension">;

/** Points one series of a frozen copy's chart (by its places, as the scan read them) at `range`. */
export function pointSeries(copy: PortWorksheet, m: SeriesPlace, range: PortRange): void {
  copy.charts.getItemAt(m.chart).series.getItemAt(m.series)[SETTER[m.dimension]](range);
}

/** The range of a block of frozen chart values on `sheet`. */
export function blockRange(sheet: PortWorksheet, b: SeriesMove["block"]): PortRange {
  return sheet.getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount);
}
