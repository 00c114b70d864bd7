/*
 * The value contract while it is built: the builder, its named columns and the row shapes
 * the sections share, so each section reads like the part of the sheet it makes.
 */
import { SheetBuilder, columns, input } from "../../sheet/builder";
import { ACTUAL_WIDTHS } from "./actuals";
import { DEFAULT_HORIZON, HORIZONS, type Horizon } from "./data";
import type { Cell, Format, TemplateOptions, Value } from "../../sheet/spec";

/** Label, the value (one-off in the cost table), per month, a spare, unit and guidance; lists sit in H, actuals beside the schedule from H. */
export const COL = columns(["label", "value", "perMonth", "spare", "unit", "guide"]);
const LISTS = 8;
const WIDTHS = [34, 15, 15, 15, 16, 64, 2, 30, ...ACTUAL_WIDTHS];

export class ContractSheet {
  readonly b: SheetBuilder;
  /** Months in the payback schedule, chosen at insert time. */
  readonly horizon: Horizon;

  constructor(readonly options: TemplateOptions) {
    const horizon = options.horizonMonths ?? DEFAULT_HORIZON;
    if (!(HORIZONS as readonly number[]).includes(horizon)) throw new RangeError(`The payback horizon must be one of ${HORIZONS.join(", ")} months, not ${horizon}.`);
    this.horizon = horizon as Horizon;
    this.b = new SheetBuilder("Value Contract", "#13795B", WIDTHS, LISTS, { value: COL.value.index, unit: COL.unit.index, guide: COL.guide.index });
  }

  /** The worked example's value when the sheet is filled with it, else nothing. */
  pick<T>(v: T): T | undefined {
    return this.options.example ? v : undefined;
  }

  /** A text input spanning the value to the unit column. */
  text(name: string, label: string, value: Value | undefined, guidance: string): number {
    const r = this.b.field(label, input(value, "text"), { name, guide: guidance });
    this.b.merge(`${COL.value.at(r)}:${COL.unit.at(r)}`);
    return r;
  }

  /** A named row with its unit and guidance. */
  row(name: string, label: string, cell: Cell, unitText: string, guidance?: string): number {
    return this.b.field(label, cell, { name, unit: unitText, guide: guidance });
  }

  /** A named input with its unit and guidance. */
  input(name: string, label: string, value: number | undefined, fmt: Format, unitText: string, guidance?: string): number {
    return this.row(name, label, input(value, fmt), unitText, guidance);
  }
}
