/*
 * Table (structured) references resolved to the cells they cover, and readers of AIVALUE
 * results found through them — issue 11, finding 6.
 */
import { formulaReads } from "../../src/boardpack/formulaRefs";
import { aivalueDependents } from "../../src/boardpack/portability";
import { TableIndex, type TableDef } from "../../src/boardpack/tables";
import { sheetOf as sheet } from "../helpers/sheetFormulas";

/** Deals on Pipeline!A1:C5: header row 1, data rows 2–4, total row 5; ROI is column B. */
const DEALS: TableDef = { name: "Deals", sheet: "Pipeline", box: { top: 1, left: 1, bottom: 5, right: 3 }, headers: ["Name", "ROI", "Cost #"], showHeaders: true, showTotals: true };
const index = new TableIndex([DEALS, { ...DEALS, name: "Other", box: { top: 8, left: 2, bottom: 10, right: 3 }, headers: ["X", "Y"], showTotals: false }]);
const inside = { sheet: "Pipeline", row: 3, col: 3 };
const elsewhere = { sheet: "Summary", row: 3, col: 1 };

/** Each area as "top,left-bottom,right" on its sheet. */
const boxes = (formula: string, at = elsewhere) => formulaReads(formula).structs.flatMap((s) => index.resolve(s, at).map((a) => `${a.sheets?.[0]}!${a.top},${a.left}-${a.bottom},${a.right}`));

describe("TableIndex.resolve", () => {
  it("a column is its data rows; #Data, #All, #Headers and #Totals are Excel's sections", () => {
    expect(boxes("=SUM(Deals[ROI])")).toEqual(["Pipeline!2,2-4,2"]);
    expect(boxes("=SUM(deals[roi])")).toEqual(["Pipeline!2,2-4,2"]);
    expect(boxes("=ROWS(Deals[#Data])")).toEqual(["Pipeline!2,1-4,3"]);
    expect(boxes("=ROWS(Deals[])")).toEqual(["Pipeline!2,1-4,3"]);
    expect(boxes("=ROWS(Deals[#All])")).toEqual(["Pipeline!1,1-5,3"]);
    expect(boxes("=Deals[[#Totals],[ROI]]")).toEqual(["Pipeline!5,2-5,2"]);
    expect(boxes("=Deals[[#Headers],[#Data],[ROI]]")).toEqual(["Pipeline!1,2-1,2", "Pipeline!2,2-4,2"]);
    expect(boxes("=SUM(Deals[[Name]:[ROI]])")).toEqual(["Pipeline!2,1-4,2"]);
    expect(boxes("=SUM(Deals[Cost '#])")).toEqual(["Pipeline!2,3-4,3"]);
  });

  it("@ and #This Row are the formula's own data row; an unnamed table is the one around the formula", () => {
    expect(boxes("=[@ROI]*2", inside)).toEqual(["Pipeline!3,2-3,2"]);
    expect(boxes("=Deals[[#This Row],[ROI]]", inside)).toEqual(["Pipeline!3,2-3,2"]);
    expect(boxes("=Deals[@]", inside)).toEqual(["Pipeline!3,1-3,3"]);
    expect(boxes("=[ROI]", inside)).toEqual(["Pipeline!2,2-4,2"]);
    // Implicit intersection by row number, from outside the table too; none on the header row.
    expect(boxes("=Deals[@ROI]", elsewhere)).toEqual(["Pipeline!3,2-3,2"]);
    expect(boxes("=Deals[@ROI]", { ...elsewhere, row: 1 })).toEqual([]);
    expect(boxes("=[@ROI]", elsewhere)).toEqual([]);
  });

  it("what Excel shows as #REF! reads nothing: an unknown table or column, a section the table does not show", () => {
    expect(boxes("=SUM(Nope[ROI])")).toEqual([]);
    expect(boxes("=SUM(Deals[Nope])")).toEqual([]);
    expect(boxes("=Other[#Totals]")).toEqual([]);
    expect(boxes("=Other[#All]")).toEqual(["Pipeline!8,2-10,3"]);
  });

  it("finds the table around a cell among many on a sheet", () => {
    expect(index.around({ sheet: "pipeline", row: 9, col: 3 })?.name).toBe("Other");
    expect(index.around({ sheet: "Pipeline", row: 7, col: 3 })).toBeUndefined();
    expect(index.around({ sheet: "Pipeline", row: 9, col: 1 })).toBeUndefined();
  });
});

describe("finding 6: readers through tables", () => {
  // Pipeline: Name | ROI (AIVALUE) | Cost; a plain total row under Cost and ROI.
  const pipeline = sheet("Pipeline", [
    ["Name", "ROI", "Cost #"],
    ["a", "=AIVALUE.ROI(C2,1)", 5],
    ["b", "=AIVALUE.ROI(C3,1)", 6],
    ["c", "=AIVALUE.ROI(C4,1)", 7],
    ["Total", "=SUBTOTAL(109,[ROI])", "=SUBTOTAL(109,[Cost '#])"],
  ]);
  const summary = sheet("Summary", [
    ["=SUM(Deals[ROI])", "=SUM(Deals[Cost '#])", "=COUNTA(Deals[Name])", "=ROWS(Deals[#All])"],
    ["=Deals[[#Totals],[ROI]]", "=Deals[[#Totals],[Cost '#]]", "=SUM(Deals)", "=TopDeals"],
    [null, "=Deals[@ROI]", "=Deals[@Cost '#]", "=OFFSET(A1,1,1)"],
  ]);
  const names = [{ name: "TopDeals", formula: "=MAX(Deals[ROI])" }];
  const refs = (tables?: TableDef[]) => aivalueDependents([pipeline, summary], names, tables).map((d) => `${d.sheet}!${d.ref}${d.uncertain ? "?" : ""}`);

  it("a formula reading an AIVALUE column is found, one reading only other columns is not", () => {
    expect(refs([DEALS])).toEqual([
      "Pipeline!B2",
      "Pipeline!B3",
      "Pipeline!B4",
      "Pipeline!B5",
      "Summary!A1",
      "Summary!D1",
      "Summary!A2",
      "Summary!C2",
      "Summary!D2",
      "Summary!B3",
      "Summary!D3?",
    ]);
  });

  it("without the tables read, a table reference still counts, as unknowable", () => {
    expect(refs(undefined)).toContain("Summary!B1?");
  });
});
