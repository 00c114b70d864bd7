/*
 * Figures of the worked example that "Check this Excel" reads off the scratch templates by
 * name and compares with figures worked out here, outside Excel: by the core functions the
 * add-in ships, from the example's own inputs, or as the source document states them. A
 * template can show no error and pass its master check yet compute a wrong figure (a name
 * bound to the wrong cell, an argument Excel passed differently); this is what catches it.
 */
import { sampleSize } from "../core/sampleSize";
import { parseCell } from "../sheet/a1";
import { BILLING_NAMES } from "../templates/aiBilling/names";
import { DESIGN, TRACKER_EXAMPLE } from "../templates/measurementTracker";
import { PORTFOLIO_NAMES } from "../templates/portfolio/names";
import type { TEMPLATE_MARKS } from "../templates/marks";
import type { ReadSheet, SelfTestCheck } from "./selfTestChecks";
import { SAMPLE_EFFECTIVE_COST } from "./selfTestFocus";

/** A figure: a name on a sheet, and what it must read (a range name: what its numbers add up to). */
export interface Figure {
  sheet: string;
  name: string;
  what: string;
  expected: number | string;
  sum?: boolean;
}

/** The cells a name's formula ("='Sheet'!$B$6" or "…!$K$40:$K$41") points at, rows and columns from 1. */
export function namedArea(formulaText: unknown): { top: number; left: number; bottom: number; right: number } | undefined {
  const m = typeof formulaText === "string" ? /!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(formulaText) : null;
  if (!m) return undefined;
  const from = parseCell(`${m[1]}${m[2]}`);
  const to = m[3] ? parseCell(`${m[3]}${m[4]}`) : from;
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/** The values under a sheet-scoped name, row by row; undefined when the name is missing or not a plain range. */
export function namedValues(sheet: ReadSheet, name: string): unknown[][] | undefined {
  const n = sheet.names.find((x) => x.name.toLowerCase() === name.toLowerCase());
  const area = n && namedArea(n.formula);
  if (!area) return undefined;
  const rows: unknown[][] = [];
  for (let r = area.top; r <= area.bottom; r++) rows.push(Array.from({ length: area.right - area.left + 1 }, (_, c) => sheet.values[r - 1]?.[area.left + c - 1]));
  return rows;
}

const total = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** The figures to read, on the sheets that carry each template's mark. */
export function scratchFigures(marked: Partial<Record<keyof typeof TEMPLATE_MARKS, string>>): Figure[] {
  const figures: Figure[] = [];
  const tracker = marked.measurementTracker;
  if (tracker) {
    const rate = total(TRACKER_EXAMPLE.baselineSuccesses) / total(TRACKER_EXAMPLE.baselineTrials);
    figures.push(
      { sheet: tracker, name: "BaselineRate", what: "the baseline's successes over its trials", expected: rate },
      // Two tails: the tracker's default, so a significant fall can say STOP.
      { sheet: tracker, name: "FixedTrials", what: "SAMPLESIZE of the baseline and target", expected: sampleSize(rate, TRACKER_EXAMPLE.targetRate, DESIGN.alpha, DESIGN.power, 2) as number },
    );
  }
  if (marked.aiBilling) {
    figures.push({ sheet: marked.aiBilling, name: BILLING_NAMES.EffectiveCost, what: `the FOCUS sample's EffectiveCost in ${SAMPLE_EFFECTIVE_COST.currency}`, expected: SAMPLE_EFFECTIVE_COST.amount, sum: true });
  }
  // The portfolio is built over the one scratch contract, never over the user's.
  if (marked.portfolio) figures.push({ sheet: marked.portfolio, name: PORTFOLIO_NAMES.Contracts, what: "contracts counted", expected: 1 });
  return figures;
}

const close = (actual: unknown, expected: number) =>
  typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

/** Whether each figure reads as it must, to 1e-9. */
export function judgeFigures(sheets: readonly ReadSheet[], figures: readonly Figure[]): SelfTestCheck {
  const wrong = figures.flatMap((f) => {
    const sheet = sheets.find((s) => s.sheet === f.sheet);
    const cells = sheet && namedValues(sheet, f.name);
    if (!cells) return [`${f.sheet}!${f.name} is not a range`];
    const numbers = cells.flat().filter((v): v is number => typeof v === "number");
    const shown = f.sum ? total(numbers) : cells[0][0];
    const ok = typeof f.expected === "number" ? close(shown, f.expected) : shown === f.expected;
    return ok ? [] : [`${f.sheet}!${f.name} (${f.what}) reads ${String(shown)}, not ${f.expected}`];
  });
  return {
    title: "Worked-example figures",
    ok: wrong.length === 0 && figures.length > 0,
    detail: wrong.length === 0 ? `${figures.length} figures of the tracker, the AI Billing sheet and the portfolio equal the add-in's own to 1e-9.` : wrong.slice(0, 5).join("; "),
  };
}
