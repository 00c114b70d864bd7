/*
 * The measurement tracker (templates v2; seed 003: "shift from projection to observation"):
 * one metric a contract's outcome names, measured weekly against its baseline, with a stop
 * rule whose error rates survive weekly looks and the money the delta is worth by month.
 */
import type { TemplateOptions, TemplateSpec } from "../../sheet/spec";
import { page } from "../common";
import { MARK_REF, TEMPLATE_MARKS } from "../marks";
import { baselineSection } from "./baseline";
import { designSection, metricSection, moneySection, titleRows } from "./inputs";
import { checksSection, monthsSection, resultSection } from "./results";
import { TrackerSheet } from "./sheet";
import { valuesBaselineSection } from "./valuesBaseline";
import { valuesWeeksSection } from "./valuesWeeks";
import { weeksSection } from "./weeks";

export { TRACKER_NAMES } from "./names";
export { DESIGN_SENTENCE, designSentence } from "./inputs";
export { DEFAULT_LOOKS, DESIGN, EXAMPLE as TRACKER_EXAMPLE, VALUES_EXAMPLE as VALUES_TRACKER_EXAMPLE } from "./data";

export function measurementTracker(options: TemplateOptions = {}): TemplateSpec {
  const t = new TrackerSheet(options);
  t.b.name(TEMPLATE_MARKS.measurementTracker, MARK_REF);
  const masterRow = titleRows(t);
  metricSection(t);
  designSection(t);
  moneySection(t);
  if (t.kind === "values") valuesBaselineSection(t);
  else baselineSection(t);
  resultSection(t);
  if (t.kind === "values") valuesWeeksSection(t);
  else weeksSection(t);
  monthsSection(t);
  checksSection(t, masterRow);
  const sheet = t.b.build(page("landscape", "Measurement tracker"), 3);
  return { id: "measurementTracker", title: "Measurement tracker", sheets: [sheet] };
}
