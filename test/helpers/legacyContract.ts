/*
 * Value contracts as the previous version inserted them (before actuals), for the upgrade's tests:
 * the committed fixture of the worked example's contract as that version wrote it
 * (test/fixtures/contract-before-actuals.snapshot.json, the fake's model of it), and the same
 * layout at any horizon, made by taking the actuals out of today's spec — a test checks the two
 * agree where they overlap.
 */
import { readFileSync } from "fs";
import path from "path";
import { parseCell, parseRange } from "../../src/sheet/a1";
import type { SheetSpec, TemplateOptions, TemplateSpec } from "../../src/sheet/spec";
import { CONTRACT_ACTUAL_NAMES, valueContract } from "../../src/templates/valueContract";
import { AC } from "../../src/templates/valueContract/actuals";
import { COL } from "../../src/templates/valueContract/sheet";
import { SheetModel } from "./excelFake";

const FIXTURE = path.join(__dirname, "../fixtures/contract-before-actuals.snapshot.json");

/** The fixture's picture of a sheet (see test/templates/workedExample.test.ts). */
export interface SheetPicture {
  name: string;
  tabColor?: string;
  frozenRows?: number;
  showGridlines: boolean;
  columnWidths: Record<string, number>;
  rowHeights: Record<string, number>;
  names: string[];
  merges: string[];
  validations: string[];
  charts: string[];
  layout: string;
  pageBreaks: string[];
  looks: string[];
  cells: string[];
}

export const contractBeforeActuals = (): SheetPicture => JSON.parse(readFileSync(FIXTURE, "utf8"));

/** The fixture as a sheet of the fake: the worked example's contract exactly as the previous version left it. */
export function sheetFromPicture(p: SheetPicture, name = p.name): SheetModel {
  const s = new SheetModel(name);
  s.tabColor = p.tabColor;
  s.frozenRows = p.frozenRows;
  s.showGridlines = p.showGridlines;
  s.columnWidths = new Map(Object.entries(p.columnWidths));
  s.rowHeights = new Map(Object.entries(p.rowHeights).map(([r, h]) => [Number(r), h]));
  s.names = p.names.map((n) => ({ name: n.slice(0, n.indexOf("=")), ref: n.slice(n.indexOf("=") + 1) }));
  s.merges = [...p.merges];
  s.validations = p.validations.map((v) => JSON.parse(v));
  s.charts = p.charts.map((c) => JSON.parse(c));
  s.layout = JSON.parse(p.layout);
  s.pageBreaks = [...p.pageBreaks];
  for (const line of p.cells) {
    const parts = line.split(" | ");
    const [ref, look, numberFormat] = [parts[0], Number(parts[parts.length - 1]), parts[parts.length - 2]];
    const content = parts.slice(1, -2).join(" | ");
    const cell = s.cell(ref);
    if (content.startsWith("=")) cell.formula = content;
    else if (content !== "null") cell.value = JSON.parse(content);
    if (numberFormat) cell.numberFormat = numberFormat;
    cell.format = JSON.parse(p.looks[look]);
  }
  return s;
}

/** Today's value contract with the actuals taken out: the previous version's layout at any horizon. */
export function contractWithoutActuals(options: TemplateOptions): TemplateSpec {
  const spec = valueContract(options);
  const sheet: SheetSpec = structuredClone(spec.sheets[0]);
  const actualNames = new Set(Object.values(CONTRACT_ACTUAL_NAMES));
  const ours = sheet.names.filter((n) => actualNames.has(n.name as never) || parseRange(n.ref.replace(/\$/g, "")).left >= AC.start.index);
  const stopRule = parseCell(sheet.names.find((n) => n.name === CONTRACT_ACTUAL_NAMES.StopRule)!.ref);
  const body = sheet.blocks[0];
  // The previous body ran from A to the guidance column (F); H held only the lists, a block of its own.
  body.cells = body.cells.map((row) => row.slice(0, COL.guide.index));
  body.cells[stopRule.row - 1][stopRule.col - 1] = undefined;
  sheet.names = sheet.names.filter((n) => !ours.includes(n));
  sheet.merges = sheet.merges.filter((m) => parseRange(m).left < AC.start.index);
  delete sheet.hiddenColumns;
  sheet.widths = sheet.widths.slice(0, AC.start.index - 1);
  sheet.page = { ...sheet.page, printArea: sheet.page.printArea.split(",")[0] };
  const cumulative = spec.sheets[0].names.find((n) => n.name === "ScheduleCumulative")!.ref;
  sheet.charts = sheet.charts.map((c) => ({
    type: c.type,
    title: "Cumulative position (the J-curve)",
    categories: c.categories,
    series: [{ name: "Cumulative", values: cumulative }],
    from: c.from,
    to: c.to,
    xTitle: c.xTitle,
    yTitle: c.yTitle,
  }));
  return { ...spec, sheets: [sheet] };
}
