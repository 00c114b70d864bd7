/*
 * Inserts a template into the workbook the user has open, through Office.js, in a fixed
 * number of round trips whatever the template's size (see insertTemplate). Nothing that was
 * there is changed: the template only adds sheets, with sheet, table and defined names
 * that do not collide with the workbook's (src/sheet/namespace.ts), and only links to
 * sheets that are still there.
 */
import { columnLetter } from "../sheet/a1";
import { officeText } from "../sheet/officeText";
import { claimNames, clashMessage, fixedClashes } from "../sheet/namespace";
import { isSheetName } from "../templates/valueContract/sources";
import { plan, type Content, type Plan, type PlannedSheet } from "../sheet/plan";
import type { Look } from "../sheet/styles";
import type { ChartSpec, TemplateOptions, TemplateSpec, ValidationSpec } from "../sheet/spec";
import { FIXED_NAMES } from "../templates/fixedNames";
import type { ExcelPort, PortFormat, PortWorksheet } from "./port";
import { excelApi, MINIMUM_EXCEL, type Requirements } from "./requirements";

export interface InsertResult {
  plan: Plan;
  /** Features this Excel lacks that were left out, said in plain words. */
  warnings: string[];
}

/** Thrown when the template cannot be inserted; the message says what to do. */
export class InsertError extends Error {}

/** Worksheet-scoped names (ExcelApi 1.4) carry every formula: without them nothing computes. */
const REQUIRED_SET = "1.4";

/** Column width in Excel's character units to points, as Office.js sets widths. */
export const widthInPoints = (chars: number): number => Math.round(chars * 5.6 + 5);

export function officeContent(c: Content): string | number | boolean {
  if (c.kind === "formula") return c.formula;
  if (c.kind === "empty") return "";
  return typeof c.value === "string" ? officeText(c.value) : c.value;
}

function applyLook(format: PortFormat, look: Look): void {
  if (look.bold !== undefined) format.font.bold = look.bold;
  if (look.italic !== undefined) format.font.italic = look.italic;
  if (look.size !== undefined) format.font.size = look.size;
  if (look.color) format.font.color = look.color;
  if (look.fill) format.fill.color = look.fill;
  if (look.wrap) format.wrapText = true;
  if (look.align) format.horizontalAlignment = look.align === "center" ? "Center" : look.align === "right" ? "Right" : "Left";
  format.verticalAlignment = "Top";
  if (look.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      const border = format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = look.border;
    }
  }
}

function rule(v: ValidationSpec): Excel.DataValidationRule {
  if (v.listRef) return { list: { inCellDropDown: true, source: `=${v.listRef}` } };
  if (v.decimal) return { decimal: { formula1: v.decimal.min, formula2: v.decimal.max, operator: "Between" } };
  if (v.whole) return { wholeNumber: { formula1: v.whole.min, formula2: v.whole.max, operator: "Between" } };
  return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
}

/** RangeAreas addresses are kept short; Excel refuses very long ones. */
const AREAS_PER_CALL = 20;

/** Applies each look to its ranges, several areas a call where Excel can (1.9). */
export function writeLooks(ws: PortWorksheet, looks: PlannedSheet["looks"], has: (v: string) => boolean): void {
  for (const { look, ranges } of looks) {
    if (has("1.9")) {
      for (let i = 0; i < ranges.length; i += AREAS_PER_CALL) applyLook(ws.getRanges(ranges.slice(i, i + AREAS_PER_CALL).join(",")).format, look);
    } else {
      for (const ref of ranges) applyLook(ws.getRange(ref).format, look);
    }
  }
}

/** Excel refuses a page header or footer section longer than 255 characters. */
const MAX_HEADER = 255;
const header = (text: string) => (text.length <= MAX_HEADER ? text : `${text.slice(0, MAX_HEADER - 1).replace(/&$/, "").replace(/[\uD800-\uDBFF]$/, "")}…`);

/**
 * Queues every write of one planned sheet, into a new sheet or into `into` (the add-in's
 * own sheet refreshed in place, already cleared; names it holds are kept); nothing is synced here.
 */
export function writeSheet(context: ExcelPort, s: PlannedSheet, has: (v: string) => boolean, warnings: Set<string>, into?: { sheet: PortWorksheet; names: ReadonlySet<string> }): PortWorksheet {
  const ws = into?.sheet ?? context.workbook.worksheets.add(s.name);
  // Names before the formulas that use them, so no formula is ever entered against a missing name.
  for (const n of s.names) if (!into?.names.has(n.name.toLowerCase())) ws.names.add(n.name, ws.getRange(n.ref.replace(/\$/g, "")));
  writeWidths(ws, s);
  // Hidden only where the chart can be told to plot hidden cells (1.8); otherwise they stay visible so it still draws.
  if (has("1.8")) hideColumns(ws, s.hiddenColumns);
  for (const block of s.blocks) writeBlock(ws, block.address, block.contents, block.formats);
  // Merge before formatting: merging keeps only the top-left cell's format, so borders set before it are lost.
  for (const ref of s.merges) ws.getRange(ref).merge(false);
  writeLooks(ws, s.looks, has);
  for (const h of s.rowHeights) ws.getRange(`${h.row}:${h.row}`).format.rowHeight = h.points;
  for (const t of s.tables) {
    const table = ws.tables.add(t.ref, true);
    table.name = t.name;
    table.style = "TableStyleLight1";
    table.showBandedRows = false;
  }
  for (const c of s.charts) addChart(ws, c, has);
  writeSetup(ws, s, has, warnings);
  return ws;
}

/** Column widths, in points. */
export function writeWidths(ws: PortWorksheet, s: PlannedSheet): void {
  s.widths.forEach((w, i) => {
    const col = columnLetter(i + 1);
    ws.getRange(`${col}:${col}`).format.columnWidth = widthInPoints(w);
  });
}

/** One rectangle of cells: formats first, so text-formatted inputs hold text from the start. */
export function writeBlock(ws: PortWorksheet, address: string, contents: Content[][], formats: string[][]): void {
  const range = ws.getRange(address);
  range.numberFormat = formats;
  range.formulas = contents.map((row) => row.map(officeContent));
}

/** Validations, tab colour, frozen rows and print setup, as far as this Excel supports them. */
export function writeSetup(ws: PortWorksheet, s: PlannedSheet, has: (v: string) => boolean, warnings: Set<string>): void {
  if (has("1.8")) {
    ws.showGridlines = false;
    for (const v of s.validations) {
      const dv = ws.getRange(v.ref).dataValidation;
      dv.rule = rule(v);
      dv.prompt = { showPrompt: true, message: v.prompt, title: "" };
    }
  } else {
    warnings.add("Drop-down lists and input checks need a newer version of Excel; the sheet works without them.");
  }
  if (has("1.7")) {
    ws.tabColor = s.tabColor;
    ws.freezePanes.freezeRows(s.freezeRows);
  }
  if (has("1.9")) {
    const layout = ws.pageLayout;
    layout.orientation = s.page.orientation === "landscape" ? "Landscape" : "Portrait";
    // Both sides set: with only the width given Excel may keep a height of 1 page; 0 is
    // "automatic" (as OOXML's fitToHeight). Excel may ignore fit-to-pages set while the
    // Page Layout tab is not active (OfficeDev/office-js#1860): check it in Excel.
    layout.zoom = s.page.onePage ? { horizontalFitToPages: 1, verticalFitToPages: 1 } : { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintArea(s.page.printArea);
    layout.setPrintTitleRows(s.page.titleRows);
    layout.headersFooters.defaultForAllPages.leftHeader = header(s.page.header);
    layout.headersFooters.defaultForAllPages.rightHeader = "&D";
    layout.headersFooters.defaultForAllPages.centerFooter = header(s.page.footer);
    for (const row of s.pageBreaks) ws.horizontalPageBreaks.add(`A${row}`);
  } else {
    warnings.add("Print setup needs a newer version of Excel: set landscape or portrait and 'fit to one page wide' by hand before printing.");
  }
}

/** Hides helper columns (a chart's source), one column at a time as Excel hides them. */
export function hideColumns(ws: PortWorksheet, columns: number[]): void {
  for (const col of columns) ws.getRange(`${columnLetter(col)}:${columnLetter(col)}`).columnHidden = true;
}

/** Queues one chart; its series sit in adjacent columns, so one source range gives one series per column. */
export function addChart(ws: PortWorksheet, c: ChartSpec, has: (v: string) => boolean): void {
  const first = c.series[0].values.split(":")[0];
  const last = c.series[c.series.length - 1].values.split(":").pop()!;
  const chart = ws.charts.add(c.type === "line" ? "Line" : "ColumnClustered", ws.getRange(`${first}:${last}`.replace(/\$/g, "")), "Columns");
  chart.title.text = c.title;
  chart.legend.visible = c.series.length > 1;
  chart.axes.categoryAxis.title.text = c.xTitle;
  chart.axes.valueAxis.title.text = c.yTitle;
  chart.setPosition(c.from, c.to);
  // Excel plots only visible cells unless told otherwise (ExcelApi 1.8); without it a hidden source draws nothing.
  if (c.showHidden && has("1.8")) chart.plotVisibleOnly = false;
  c.series.forEach((spec, i) => {
    const series = chart.series.getItemAt(i);
    series.name = spec.name;
    if (has("1.7")) series.setXAxisValues(ws.getRange(c.categories.replace(/\$/g, "")));
  });
}

/**
 * Inserts a template as new sheets of the open workbook and selects the first of them.
 * Syncs: one reads the workbook's sheets, tables and names; one per template sheet adds
 * that sheet and reads back its id (the first also reads every sheet's scoped names); one
 * writes everything. A refusal before anything is written changes nothing; after, one more
 * sync deletes the sheets by the ids recorded, so a sheet a co-author added meanwhile, even
 * under a name the insert wanted, is never touched.
 */
export async function insertTemplate(
  context: ExcelPort,
  spec: TemplateSpec,
  options: TemplateOptions,
  requirements: Requirements,
): Promise<InsertResult> {
  const has = excelApi(requirements);
  if (!has(REQUIRED_SET)) {
    throw new InsertError(`This version of Excel is too old for AIVALUE templates. ${MINIMUM_EXCEL}`);
  }
  const worksheets = context.workbook.worksheets.load("items/name,items/id");
  const tables = context.workbook.tables.load("items/name");
  const workbookNames = context.workbook.names.load("items/name");
  await context.sync();

  const gone = missingLinks(options, worksheets.items.map((w) => w.name));
  if (gone) throw new InsertError(`The sheet “${gone}” the new sheet would link to is no longer in this workbook: choose again and insert.`);
  const tableNames = tables.items.map((t) => t.name);
  // Table names are chosen by claimNames, against defined names too, so plan() is given none.
  const planned = plan(spec, { sheetNames: worksheets.items.map((w) => w.name), tableNames: [] }, options);
  const clashes = fixedClashes(planned, tableNames, FIXED_NAMES);
  if (clashes.length > 0) throw new InsertError(clashMessage(clashes));

  const scoped = worksheets.items.map((w) => w.names.load("items/name"));
  const made: string[] = [];
  const warnings = new Set<string>();
  try {
    // A sheet's id is known only once the sync that adds it succeeds: one add a sync means a
    // refused sync added nothing, and every sheet this insert made is known by its id.
    for (const s of planned.sheets) {
      const ws = context.workbook.worksheets.add(s.name);
      ws.load("id");
      await context.sync();
      made.push(ws.id);
    }
    const names = [...workbookNames.items, ...scoped.flatMap((c) => c.items)].map((n) => n.name);
    const p = claimNames(planned, { tables: tableNames, names }, FIXED_NAMES);
    const sheets = made.map((id) => context.workbook.worksheets.getItem(id));
    p.sheets.forEach((s, i) => writeSheet(context, s, has, warnings, { sheet: sheets[i], names: new Set() }));
    sheets[0].activate();
    await context.sync();
    return { plan: p, warnings: [...warnings] };
  } catch (e) {
    await removeSheets(context, made, planned.sheets.map((s) => s.name), e);
    throw e;
  }
}

/**
 * The first sheet the options link to that the workbook lacks (deleted or renamed since the pane
 * listed it, or a name no sheet can have): a formula naming it would be #REF!, so nothing is inserted.
 */
function missingLinks(options: TemplateOptions, sheetNames: string[]): string | undefined {
  const present = new Set(sheetNames.map((n) => n.toLowerCase()));
  return [options.ladderSheet, options.trackerSheet, options.billingSheet].find((s) => s !== undefined && (!isSheetName(s) || !present.has(s.toLowerCase())));
}

/** Deletes the sheets a refused insert made, by id; if Excel refuses that too, says which to delete by hand. */
async function removeSheets(context: ExcelPort, ids: string[], names: string[], cause: unknown): Promise<void> {
  if (ids.length === 0) return;
  try {
    ids.forEach((id) => context.workbook.worksheets.getItem(id).delete());
    await context.sync();
  } catch {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new InsertError(`Excel refused the insert (${reason}) and then refused to remove what it had added: delete ${names.length === 1 ? "the sheet" : "whichever remain of the sheets"} ${names.map((n) => `“${n}”`).join(", ")} by hand.`);
  }
}
