import { SETTER, type SeriesMove } from "../boardpack/chartFreeze";
import type { PortRange, PortWorksheet } from "./port";

/** Points one series of a frozen copy's chart at `range` (its block, or back at its old source). */
export function pointSeries(copy: PortWorksheet, m: SeriesMove, range: PortRange): void {
  copy.charts.getItemAt(m.chart).series.getItemAt(m.series)[SETTER[m.dimension]](range);
}
