/*
 * One comparable picture of a sheet, whichever writer made it: every non-empty cell as
 * its formula or typed value, its number format and its look; the sheet's names,
 * validations, tables and merges; column widths, row heights, frozen rows, tab colour,
 * gridlines, print setup, page breaks and charts. Units and spellings are brought to one
 * form here (the Office.js spelling); what differs on purpose is left to the test to
 * name. The .xlsx side (snapshotXlsx.ts) is read back from the saved file.
 */
import { cellRef, columnLetter, parseRange } from "../../src/sheet/a1";
import type { FakeContext } from "./excelFake";

/** A cell's look, with Office.js's names for each property. */
export type LookText = Record<string, string | number | boolean>;

export interface ChartSnapshot {
  type: string;
  title?: string;
  /** Top-left and bottom-right cells. */
  anchor: string[];
  categories?: string;
  series: { name?: string; values: string }[];
  xTitle?: string;
  yTitle?: string;
  legend?: boolean;
  /** Plots hidden cells too. */
  showHidden: boolean;
}

export interface PageSnapshot {
  orientation?: string;
  /** Pages wide × tall to fit on ("any" when not limited: unset, or 0 as OOXML writes it). */
  fit?: string;
  printArea?: string;
  titleRows?: string;
  /** Header and footer sections in Excel's codes. */
  header: { left?: string; center?: string; right?: string };
  footer: { left?: string; center?: string; right?: string };
}

export interface SheetSnapshot {
  cells: Record<string, string>;
  names: string[];
  validations: Record<string, string>;
  tables: string[];
  merges: string[];
  /** Number formats other than General. */
  formats: Record<string, string>;
  looks: Record<string, LookText>;
  /** Column letter → width in points. */
  widths: Record<string, number>;
  /** Hidden column letters. */
  hidden: string[];
  heights: Record<number, number>;
  frozenRows?: number;
  tabColor?: string;
  gridlines: boolean;
  page: PageSnapshot;
  /** Rows that start a printed page. */
  pageBreaks: number[];
  charts: ChartSnapshot[];
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

export function valueText(v: unknown): string | undefined {
  if (v === null || v === undefined || v === "") return undefined;
  if (v instanceof Date) return `n:${Math.round((v.getTime() - EXCEL_EPOCH) / 86400000)}`;
  if (typeof v === "number") return `n:${v}`;
  if (typeof v === "boolean") return `b:${v}`;
  return `s:${v}`;
}

export function expand(ref: string): string[] {
  const r = parseRange(ref.replace(/\$/g, ""));
  const out: string[] = [];
  for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(cellRef(row, col));
  return out;
}

/** A reference without $ signs, a leading = or a sheet name. */
export const plain = (ref: string) =>
  ref
    .replace(/\$/g, "")
    .replace(/^=/, "")
    .split(",")
    .map((area) => area.replace(/^.*!/, ""))
    .join(",");

function ruleText(rule: Record<string, Record<string, unknown>>, prompt: { message?: string } | undefined): string {
  const [kind, body] = Object.entries(rule)[0];
  const text = kind === "list" ? `list:${plain(String(body.source))}` : kind === "date" ? "date" : `${kind === "wholeNumber" ? "whole" : kind}:${body.formula1}..${body.formula2}`;
  return `${text} "${prompt?.message ?? ""}"`;
}

/** A look as the fake recorded it: Office.js's property paths, one border colour for all edges. */
function fakeLook(format: Record<string, unknown>): LookText {
  const look: LookText = {};
  for (const [key, v] of Object.entries(format)) {
    const border = /^border\.\w+\.(style|color)$/.exec(key);
    if (border) look[`border.${border[1]}`] = v as string;
    else look[key] = v as string | number | boolean;
  }
  return look;
}

/** Excel's header codes split into sections: "&Lleft&Rright" → { left, right }. */
export function sections(code: string | undefined): PageSnapshot["header"] {
  const out: Record<string, string> = {};
  if (!code) return out;
  let at = "center";
  const names: Record<string, string> = { L: "left", C: "center", R: "right" };
  for (let i = 0; i < code.length; i++) {
    if (code[i] === "&" && names[code[i + 1]]) {
      at = names[code[++i]];
      out[at] = out[at] ?? "";
    } else if (code[i] === "&" && code[i + 1] === "&") {
      out[at] = (out[at] ?? "") + "&&";
      i++;
    } else out[at] = (out[at] ?? "") + code[i];
  }
  return out;
}

export function fakeSnapshot(ctx: FakeContext, sheetName: string): SheetSnapshot {
  const s = ctx.model.sheet(sheetName);
  const cells: Record<string, string> = {};
  const formats: Record<string, string> = {};
  const looks: Record<string, LookText> = {};
  for (const [ref, c] of s.cells) {
    const text = c.formula ?? valueText(c.value);
    if (text !== undefined) cells[ref] = text;
    if (c.numberFormat && c.numberFormat !== "General") formats[ref] = c.numberFormat;
    if (Object.keys(c.format).length > 0) looks[ref] = fakeLook(c.format);
  }
  const validations: Record<string, string> = {};
  for (const v of s.validations) for (const ref of expand(v.ref)) validations[ref] = ruleText(v.rule as never, v.prompt as never);
  const layout = s.layout as { orientation?: string; zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number }; printArea?: string; printTitleRows?: string } & Record<string, string>;
  const zoom = layout.zoom;
  return {
    cells,
    names: s.names.map((n) => `${n.name}=${plain(n.ref)}`).sort(),
    validations,
    tables: ctx.model.tables.filter((t) => t.sheet === sheetName).map((t) => `${t.name}=${t.ref} ${t.style}`).sort(),
    merges: [...s.merges].sort(),
    formats,
    looks,
    widths: Object.fromEntries([...s.columnWidths].map(([cols, w]) => [cols.split(":")[0], w])),
    hidden: s.hiddenColumns.map((cols) => cols.split(":")[0]).sort(),
    heights: Object.fromEntries(s.rowHeights),
    frozenRows: s.frozenRows,
    tabColor: s.tabColor,
    gridlines: s.showGridlines,
    page: {
      orientation: layout.orientation,
      fit: zoom && `${zoom.horizontalFitToPages || "any"}×${zoom.verticalFitToPages || "any"}`,
      printArea: layout.printArea && plain(layout.printArea),
      titleRows: layout.printTitleRows && plain(layout.printTitleRows),
      header: { left: layout.leftHeader, center: layout.centerHeader, right: layout.rightHeader },
      footer: { left: layout.leftFooter, center: layout.centerFooter, right: layout.rightFooter },
    },
    pageBreaks: s.pageBreaks.map((ref) => parseRange(ref).top),
    charts: s.charts.map((c) => {
      // One source range: one series per column, as seriesBy "Columns" makes them.
      const r = parseRange(c.source);
      const series = [];
      for (let col = r.left; col <= r.right; col++) {
        series.push({ name: c.seriesNames[col - r.left], values: `${columnLetter(col)}${r.top}:${columnLetter(col)}${r.bottom}` });
      }
      return { type: c.type, title: c.title, anchor: c.position ?? [], categories: c.categories, series, xTitle: c.xTitle, yTitle: c.yTitle, legend: c.legend, showHidden: c.plotVisibleOnly === false };
    }),
  };
}
