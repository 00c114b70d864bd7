/*
 * The fake's range.format: fonts, fills, borders, alignment and sizes applied to every
 * cell of the range at the sync, refused on protected cells as Excel refuses them. Column
 * widths and row heights are not checked against protection: the add-in sizes only sheets
 * it has just made, and a whole column would mean a million cells to check.
 */
import type { PortBorder, PortFormat } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { Loadable } from "./load";
import { cells, type SheetModel } from "./model";

/** Excel's standard column width in points (8.43 characters of Calibri 11), reported for a column never sized. */
export const STANDARD_WIDTH = 48;

export class FormatProxy {
  private readonly loadedWidth = new Loadable<number>("format.columnWidth");
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly refs: string[],
  ) {}

  private apply(key: string, v: unknown): void {
    this.ctx.enqueue(`format.${key}`, () => {
      const s = this.sheet();
      if (!["columnWidth", "rowHeight"].includes(key)) s.checkWritable(this.refs.flatMap(cells));
      for (const ref of this.refs) {
        if (key === "columnWidth") s.columnWidths.set(ref, v as number);
        else if (key === "rowHeight") s.rowHeights.set(Number(ref.split(":")[0]), v as number);
        else for (const c of cells(ref)) s.cell(c).format[key] = v;
      }
    });
  }

  get font() {
    const apply = (k: string) => (v: unknown) => this.apply(`font.${k}`, v);
    return {
      set bold(v: boolean) {
        apply("bold")(v);
      },
      set italic(v: boolean) {
        apply("italic")(v);
      },
      set size(v: number) {
        apply("size")(v);
      },
      set color(v: string) {
        apply("color")(v);
      },
    };
  }

  get fill() {
    const apply = (v: unknown) => this.apply("fill", v);
    return {
      set color(v: string) {
        apply(v);
      },
    };
  }

  get borders() {
    return {
      getItem: (edge: string) => {
        const apply = (k: string) => (v: unknown) => this.apply(`border.${edge}.${k}`, v);
        return {
          set style(v: PortBorder["style"]) {
            apply("style")(v);
          },
          set color(v: string) {
            apply("color")(v);
          },
        };
      },
    };
  }

  set wrapText(v: boolean) {
    this.apply("wrapText", v);
  }
  set horizontalAlignment(v: PortFormat["horizontalAlignment"]) {
    this.apply("horizontalAlignment", v);
  }
  set verticalAlignment(v: PortFormat["verticalAlignment"]) {
    this.apply("verticalAlignment", v);
  }
  set columnWidth(v: number) {
    this.apply("columnWidth", v);
  }

  get columnWidth(): number {
    return this.loadedWidth.get();
  }

  /** Set by the range's load("format/columnWidth") at the sync. */
  loadWidth(points: number): void {
    this.loadedWidth.set(points);
  }
  set rowHeight(v: number) {
    this.apply("rowHeight", v);
  }
}
