/*
 * The fake's cell formats: each setter queues a command, applied at the next sync to every
 * cell of the ranges it was asked for (a protected sheet's locked cells refuse it, widths
 * and heights excepted, as in Excel).
 */
import type { PortBorder, PortFormat } from "../../../src/office/port";
import type { FakeContext } from "./context";
import { cells, type SheetModel } from "./model";

export class FormatProxy {
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
  set rowHeight(v: number) {
    this.apply("rowHeight", v);
  }
}
