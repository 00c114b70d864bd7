/*
 * Charts for the .xlsx writer. ExcelJS writes no charts, so their DrawingML parts are
 * added to the saved package: the chart, a drawing that anchors it to cells, and the
 * relationships and content types that tie them to the sheet.
 */
import type JSZip from "jszip";
import { parseRange, quoteSheet } from "../../src/sheet/a1";
import type { ChartSpec } from "../../src/sheet/spec";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** Series colours: the product's green, then Office blue and a muted gold. */
const PALETTE = ["13795B", "0F6CBD", "C19C00"];

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function rich(text: string, size: number): string {
  return `<c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="en-US" sz="${size}" b="1"/><a:t>${esc(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>`;
}

function chartXml(chart: ChartSpec, sheet: string): string {
  const ref = (r: string) => `${quoteSheet(sheet)}!${r}`;
  const catRef = chart.type === "bar" ? `<c:strRef><c:f>${esc(ref(chart.categories))}</c:f></c:strRef>` : `<c:numRef><c:f>${esc(ref(chart.categories))}</c:f></c:numRef>`;
  const series = chart.series
    .map(
      (s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>` +
        `<c:spPr>${chart.type === "bar" ? `<a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill>` : `<a:ln w="28575"><a:solidFill><a:srgbClr val="${PALETTE[i % PALETTE.length]}"/></a:solidFill></a:ln>`}</c:spPr>` +
        (chart.type === "line" ? '<c:marker><c:symbol val="none"/></c:marker>' : '<c:invertIfNegative val="0"/>') +
        `<c:cat>${catRef}</c:cat><c:val><c:numRef><c:f>${esc(ref(s.values))}</c:f></c:numRef></c:val>` +
        (chart.type === "line" ? '<c:smooth val="0"/>' : "") +
        "</c:ser>",
    )
    .join("");
  const body =
    chart.type === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${rich(chart.title, 1200)}</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${body}` +
    `<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:title>${rich(chart.xTitle, 900)}</c:title>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="low"/><c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:title>${rich(chart.yTitle, 900)}</c:title>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>${chart.series.length > 1 ? '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' : ""}<c:plotVisOnly val="${chart.showHidden ? 0 : 1}"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function anchor(chart: ChartSpec, rid: string, id: number): string {
  const r = parseRange(`${chart.from}:${chart.to}`);
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${r.left - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r.top - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${r.right}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${r.bottom}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  return zip.file(path)?.async("string");
}

/** Adds the charts of one sheet (the `sheetIndex`-th sheet file) as drawing number `drawing`. */
export async function chartParts(zip: JSZip, sheetIndex: number, drawing: number, sheetName: string, charts: ChartSpec[]): Promise<void> {
  const types = [];
  const rels = [];
  const anchors = [];
  for (const [i, chart] of charts.entries()) {
    const n = drawing * 10 + i;
    zip.file(`xl/charts/chart${n}.xml`, chartXml(chart, sheetName));
    types.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    rels.push(`<Relationship Id="rIdChart${i + 1}" Type="${REL_CHART}" Target="../charts/chart${n}.xml"/>`);
    anchors.push(anchor(chart, `rIdChart${i + 1}`, i + 1));
  }
  zip.file(
    `xl/drawings/drawing${drawing}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join("")}</xdr:wsDr>`,
  );
  zip.file(
    `xl/drawings/_rels/drawing${drawing}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  types.push(`<Override PartName="/xl/drawings/drawing${drawing}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
  const ct = (await text(zip, "[Content_Types].xml"))!;
  zip.file("[Content_Types].xml", ct.replace("</Types>", `${types.join("")}</Types>`));

  const relsPath = `xl/worksheets/_rels/sheet${sheetIndex}.xml.rels`;
  const existing =
    (await text(zip, relsPath)) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  zip.file(relsPath, existing.replace("</Relationships>", `<Relationship Id="rIdDrawing1" Type="${REL_DRAWING}" Target="../drawings/drawing${drawing}.xml"/></Relationships>`));

  const sheetPath = `xl/worksheets/sheet${sheetIndex}.xml`;
  const sheet = (await text(zip, sheetPath))!;
  // <drawing> must come before legacyDrawing, tableParts and extLst in a worksheet.
  const at = sheet.search(/<legacyDrawing|<tableParts|<extLst|<\/worksheet>/);
  zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="rIdDrawing1"/>${sheet.slice(at)}`);
}
