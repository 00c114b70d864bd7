/*
 * The measurement tracker's insert options as the pane's fields hold them (text, as typed) and
 * their validation into TemplateOptions, kept apart from React so the rules are tested alone.
 */
import type { TemplateOptions } from "../sheet/spec";
import { ALPHA_RANGE, DEFAULT_LOOKS, DESIGN, MIN_LOOKS, POWER_RANGE, WEEK_ROWS, type MetricKind } from "../templates/measurementTracker/data";

export interface TrackerForm {
  kind: MetricKind;
  looks: string;
  /** Percentages as typed: "5" or "5%". */
  alpha: string;
  power: string;
  tails: "1" | "2";
  control: boolean;
}

export const DEFAULT_TRACKER_FORM: TrackerForm = {
  kind: "share",
  looks: String(DEFAULT_LOOKS),
  alpha: String(DESIGN.alpha * 100),
  power: String(DESIGN.power * 100),
  tails: "2",
  control: false,
};

export type TrackerErrors = Partial<Record<"looks" | "alpha" | "power", string>>;

/** A number as typed, or undefined for blank or not a number ("12", " 12 ", "5%" as 5). */
function parse(text: string, percent: boolean): number | undefined {
  const t = percent ? text.trim().replace(/%$/, "").trim() : text.trim();
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t)) return undefined;
  return Number(t);
}

const pct = (x: number) => `${+(x * 100).toPrecision(6)}%`;

/** The options the form asks for, or a message for each field that is wrong (nothing is inserted then). */
export function trackerOptions(form: TrackerForm): { options: TemplateOptions; errors: TrackerErrors } {
  const errors: TrackerErrors = {};
  const looks = parse(form.looks, false);
  if (looks === undefined || !Number.isInteger(looks) || looks < MIN_LOOKS || looks > WEEK_ROWS) {
    errors.looks = `Enter a whole number of weeks from ${MIN_LOOKS} to ${WEEK_ROWS}.`;
  }
  const alpha = parse(form.alpha, true);
  if (alpha === undefined || alpha / 100 < ALPHA_RANGE.min || alpha / 100 > ALPHA_RANGE.max) {
    errors.alpha = `Enter a percentage from ${pct(ALPHA_RANGE.min)} to ${pct(ALPHA_RANGE.max)}.`;
  }
  const power = parse(form.power, true);
  if (power === undefined || power / 100 < POWER_RANGE.min || power / 100 > POWER_RANGE.max) {
    errors.power = `Enter a percentage from ${pct(POWER_RANGE.min)} to ${pct(POWER_RANGE.max)}.`;
  }
  return {
    options: {
      trackerKind: form.kind,
      plannedLooks: looks,
      // Rounded to 12 digits so a typed 0.7% is 0.007 on the sheet, not 0.006999999999999999.
      trackerAlpha: alpha === undefined ? undefined : +(alpha / 100).toPrecision(12),
      trackerPower: power === undefined ? undefined : +(power / 100).toPrecision(12),
      trackerTails: form.tails === "1" ? 1 : 2,
      trackerControl: form.control,
    },
    errors,
  };
}
