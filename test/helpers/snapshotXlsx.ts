/*
 * The picture of snapshot.ts, read back from a saved .xlsx: cells, formats and looks
 * through ExcelJS; names, heights, page breaks, tables and charts from the package XML,
 * which ExcelJS does not read back (or reads without the detail compared).
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellRef, columnLetter } from "../../src/sheet/a1";
import { expand, plain, sections, valueText, type ChartSnapshot, type LookText, type SheetSnapshot } from "./snapshot";

const hex = (c: Partial<ExcelJS.Color> | undefined) => (c?.argb ? `#${c.argb.slice(-6)}` : undefined);
const ALIGN: Record<string, string> = { left: "Left", center: "Center", right: "Right", top: "Top", middle: "Center", bottom: "Bottom" };

/** A cell's look in the Office.js property names snapshot.ts uses. */
function look(cell: ExcelJS.Cell): LookText {
  const out: LookText = {};
  const set = (key: string, v: string | number | boolean | undefined) => v !== undefined && (out[key] = v);
  set("font.bold", cell.font?.bold);
  set("font.italic", cell.font?.italic);
  set("font.size", cell.font?.size);
  set("font.color", hex(cell.font?.color));
  if (cell.fill?.type === "pattern") set("fill", hex(cell.fill.fgColor));
  const side = cell.border?.top;
  if (side) {
    set("border.style", side.style === "thin" ? "Continuous" : side.style);
    set("border.color", hex(side.color));
  }
  set("wrapText", cell.alignment?.wrapText);
  set("horizontalAlignment", cell.alignment?.horizontal && ALIGN[cell.alignment.horizontal]);
  set("verticalAlignment", cell.alignment?.vertical && ALIGN[cell.alignment.vertical]);
  return out;
}

const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const all = (xml: string, re: RegExp) => [...xml.matchAll(re)];
const first = (xml: string, re: RegExp) => re.exec(xml)?.[1];
const target = (rels: string, type: string) => all(rels, /<Relationship [^>]*>/g).map((m) => m[0]).filter((r) => r.includes(`/${type}"`)).map((r) => first(r, /Target="([^"]+)"/)!);
const titleText = (xml: string | undefined) => (xml === undefined ? undefined : all(xml, /<a:t>([^<]*)<\/a:t>/g).map((m) => unescape(m[1])).join(""));

async function charts(zip: JSZip, sheetIndex: number): Promise<ChartSnapshot[]> {
  const text = async (p: string) => zip.file(p)?.async("string");
  const rels = await text(`xl/worksheets/_rels/sheet${sheetIndex + 1}.xml.rels`);
  const out: ChartSnapshot[] = [];
  for (const drawing of rels ? target(rels, "drawing") : []) {
    const path = `xl/drawings/${drawing.split("/").pop()}`;
    const xml = (await text(path))!;
    const chartRels = (await text(path.replace("drawings/", "drawings/_rels/") + ".rels"))!;
    const files = target(chartRels, "chart");
    for (const [i, m] of all(xml, /<xdr:twoCellAnchor[\s\S]*?<\/xdr:twoCellAnchor>/g).entries()) {
      const at = (edge: string) => all(first(m[0], new RegExp(`<xdr:${edge}>([\\s\\S]*?)</xdr:${edge}>`))!, /<xdr:(col|row)>(\d+)</g).map((x) => Number(x[2]));
      const [fromCol, fromRow] = at("from");
      const [toCol, toRow] = at("to");
      // The anchor's "to" is the cell after the chart's last one, at offset 0.
      const anchor = [cellRef(fromRow + 1, fromCol + 1), cellRef(toRow, toCol)];
      const chart = (await text(`xl/charts/${files[i].split("/").pop()}`))!;
      const series = all(chart, /<c:ser>([\s\S]*?)<\/c:ser>/g).map((s) => ({
        name: first(s[1], /<c:tx><c:v>([^<]*)<\/c:v>/),
        values: plain(unescape(first(s[1], /<c:val>[\s\S]*?<c:f>([^<]*)<\/c:f>/)!)),
        categories: plain(unescape(first(s[1], /<c:cat>[\s\S]*?<c:f>([^<]*)<\/c:f>/)!)),
      }));
      out.push({
        type: chart.includes("<c:lineChart>") ? "Line" : chart.includes('<c:barDir val="col"/>') && chart.includes('<c:grouping val="clustered"/>') ? "ColumnClustered" : "other",
        title: titleText(first(chart, /<c:chart><c:title>([\s\S]*?)<\/c:title>/)),
        anchor,
        categories: series[0]?.categories,
        series: series.map(({ name, values }) => ({ name: name && unescape(name), values })),
        xTitle: titleText(first(chart, /<c:catAx>[\s\S]*?<c:title>([\s\S]*?)<\/c:title>/)),
        yTitle: titleText(first(chart, /<c:valAx>[\s\S]*?<c:title>([\s\S]*?)<\/c:title>/)),
        legend: chart.includes("<c:legend>"),
        showHidden: chart.includes('<c:plotVisOnly val="0"/>'),
      });
    }
  }
  return out;
}

export async function xlsxSnapshot(buffer: Buffer, sheetName: string): Promise<SheetSnapshot> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheetName);
  if (!ws) throw new Error(`no sheet ${sheetName}`);
  const cells: Record<string, string> = {};
  const formats: Record<string, string> = {};
  const looks: Record<string, LookText> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.numFmt && cell.numFmt !== "General") formats[cell.address] = cell.numFmt;
      const l = look(cell);
      if (Object.keys(l).length > 0) looks[cell.address] = l;
      // ExcelJS reports a merge's value in every cell it covers; the file holds it once.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const v = cell.value as unknown;
      const text = v !== null && typeof v === "object" && "formula" in (v as object) ? `=${(v as { formula: string }).formula}` : valueText(v);
      if (text !== undefined) cells[cell.address] = text;
    }),
  );
  const zip = await JSZip.loadAsync(buffer);
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const sheetIndex = all(workbookXml, /<sheet [^>]*name="([^"]*)"/g).map((m) => unescape(m[1])).indexOf(sheetName);
  const defined = all(workbookXml, /<definedName name="([^"]+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g).filter((m) => Number(m[2]) === sheetIndex);
  const names = defined.filter((m) => !m[1].startsWith("_xlnm")).map((m) => `${m[1]}=${plain(unescape(m[3]))}`).sort();
  const printArea = defined.find((m) => m[1] === "_xlnm.Print_Area")?.[3];
  const sheetXml = await zip.file(`xl/worksheets/sheet${sheetIndex + 1}.xml`)!.async("string");

  const validations: Record<string, string> = {};
  const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
  for (const [ref, v] of Object.entries(model)) {
    const rule = v.type === "list" ? `list:${plain(String(v.formulae[0]))}` : v.type === "date" ? "date" : `${v.type}:${v.formulae[0]}..${v.formulae[1]}`;
    for (const cell of expand(ref.replace(/^range:/, ""))) validations[cell] = `${rule} "${v.prompt ?? ""}"`;
  }
  const tables: string[] = [];
  const rels = (await zip.file(`xl/worksheets/_rels/sheet${sheetIndex + 1}.xml.rels`)?.async("string")) ?? "";
  for (const t of target(rels, "table")) {
    const xml = await zip.file(`xl/tables/${t.split("/").pop()}`)!.async("string");
    const head = first(xml, /(<table [^>]*>)/)!;
    tables.push(`${first(head, / name="([^"]+)"/)}=${first(head, / ref="([^"]+)"/)} ${first(xml, /<tableStyleInfo name="([^"]+)"/)}`);
  }
  const widths: Record<string, number> = {};
  (ws.columns ?? []).forEach((c, i) => c.width !== undefined && (widths[columnLetter(i + 1)] = c.width));
  const view = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> & { showGridLines?: boolean };
  const setup = ws.pageSetup;
  return {
    cells,
    names,
    validations,
    tables: tables.sort(),
    merges: ((ws as unknown as { model: { merges: string[] } }).model.merges ?? []).slice().sort(),
    formats,
    looks,
    widths,
    hidden: (ws.columns ?? []).flatMap((c, i) => (c.hidden ? [columnLetter(i + 1)] : [])).sort(),
    heights: Object.fromEntries(all(sheetXml, /<row r="(\d+)" ht="([\d.]+)" customHeight="1"/g).map((m) => [Number(m[1]), Number(m[2])])),
    frozenRows: view.state === "frozen" ? view.ySplit : undefined,
    tabColor: hex(ws.properties.tabColor),
    gridlines: view.showGridLines !== false,
    page: {
      orientation: setup.orientation && ALIGN_ORIENTATION[setup.orientation],
      fit: setup.fitToPage ? `${setup.fitToWidth || "any"}×${setup.fitToHeight || "any"}` : undefined,
      printArea: printArea && plain(unescape(printArea)),
      titleRows: setup.printTitlesRow && plain(setup.printTitlesRow),
      header: sections(ws.headerFooter.oddHeader),
      footer: sections(ws.headerFooter.oddFooter),
    },
    // The file records the row a break comes after.
    pageBreaks: all(sheetXml, /<brk id="(\d+)"/g).map((m) => Number(m[1]) + 1),
    charts: await charts(zip, sheetIndex),
  };
}

const ALIGN_ORIENTATION: Record<string, string> = { portrait: "Portrait", landscape: "Landscape" };
