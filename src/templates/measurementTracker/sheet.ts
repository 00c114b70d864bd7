/*
 * The measurement tracker while it is built: the builder, the weekly table's named columns
 * and the row shapes the sections share.
 */
import { SheetBuilder, columns, input } from "../../sheet/builder";
import type { Cell, Format, TemplateOptions, Value } from "../../sheet/spec";
import { DEFAULT_LOOKS, DESIGN, type MetricKind } from "./data";
import { design, type Design } from "./design";

/**
 * The weekly table's columns, from A. Above the table a row is a label (A), its value (B),
 * its unit (C) and guidance (D, merged across to GUIDE_END).
 */
export const WEEK = columns([
  "week",
  "starts",
  "successes",
  "trials",
  "controlSuccesses",
  "controlTrials",
  "rate",
  "cumSuccesses",
  "cumTrials",
  "cumRate",
  "refSuccesses",
  "refTrials",
  "refRate",
  "delta",
  "uplift",
  "z",
  "pValue",
  "boundary",
  "crossed",
  "planned",
  "mde",
  "extra",
  "value",
  "month",
  "chartMetric",
  "chartBoundary",
  "chartReference",
  "chartTarget",
]);
const GUIDE_END = WEEK.delta;
const LISTS = WEEK.chartTarget.index + 2;
const WIDTHS = [30, 12, 12, 11, 11, 11, 10, 11, 11, 10, 11, 11, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12, 11, 10, 10, 10, 10, 2, 16];

interface Words {
  trials: string;
  rise: string;
  fall: string;
}

/** What the sheet calls a trial, a rise and a fall, for a share and for values. */
const WORDS: Record<MetricKind, Words> = {
  share: { trials: "trials", rise: "rise", fall: "a fall" },
  values: { trials: "cases", rise: "improvement", fall: "a change the wrong way" },
};

export class TrackerSheet {
  readonly b: SheetBuilder;
  readonly design: Design;
  readonly kind: MetricKind;
  readonly words: Words;

  constructor(readonly options: TemplateOptions) {
    this.kind = options.trackerKind ?? "share";
    this.words = WORDS[this.kind];
    this.design = design(options.plannedLooks ?? DEFAULT_LOOKS, options.trackerAlpha ?? DESIGN.alpha, options.trackerPower ?? DESIGN.power);
    this.b = new SheetBuilder("Measurement Tracker", "#C239B3", WIDTHS, LISTS, { value: WEEK.starts.index, unit: WEEK.successes.index, guide: WEEK.trials.index });
  }

  /** The worked example's value when the sheet is filled with it, else nothing. */
  pick<T>(v: T): T | undefined {
    return this.options.example ? v : undefined;
  }

  /** A named row with its unit and guidance, the guidance spread across the columns beside it. */
  row(name: string, text: string, cell: Cell, unitText: string, guidance?: string): number {
    const r = this.b.field(text, cell, { name, unit: unitText, guide: guidance });
    if (guidance) this.b.merge(`${WEEK.trials.at(r)}:${GUIDE_END.at(r)}`);
    return r;
  }

  /** A named input with its unit and guidance. */
  input(name: string, text: string, value: Value | undefined, fmt: Format, unitText: string, guidance?: string): number {
    return this.row(name, text, input(value, fmt), unitText, guidance);
  }

  /** A labelled constant the design fixes: shown in the calculation style, never as an input. */
  constant(name: string, text: string, value: number, fmt: Format, unitText: string, guidance?: string): number {
    return this.row(name, text, { v: value, s: "calc", fmt }, unitText, guidance);
  }
}
