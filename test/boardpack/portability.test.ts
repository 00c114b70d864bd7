/*
 * The pure scan: what a formula reads, from the tokenizer's tokens, and which cells depend
 * on AIVALUE — one test per case of issue 11, finding 6.
 */
import { canonicalFormula } from "../../src/boardpack/canonical";
import { formulaReads } from "../../src/boardpack/formulaRefs";
import { PortabilityGraph, aivalueDependents } from "../../src/boardpack/portability";
import { sheetOf as sheet } from "../helpers/sheetFormulas";

const refs = (found: { sheet: string; ref: string }[]) => found.map((d) => `${d.sheet}!${d.ref}`);

describe("formulaReads", () => {
  it("reads cells, ranges, whole columns and rows, sheet-qualified or not", () => {
    const { areas } = formulaReads("=A1+$B$2*SUM(C3:D4)+SUM(E:E)+SUM(5:6)+'My Sheet'!F7+Other!G8");
    expect(areas.map((a) => `${a.sheets?.join(":") ?? ""}|${a.top},${a.left}-${a.bottom},${a.right}`)).toEqual([
      "|1,1-1,1",
      "|2,2-2,2",
      "|3,3-4,4",
      "|1,5-1048576,5",
      "|5,1-6,16384",
      "My Sheet:My Sheet|7,6-7,6",
      "Other:Other|8,7-8,7",
    ]);
  });

  it("reads names but not functions, booleans or text in quotes", () => {
    const reads = formulaReads('=IF(Realised>0,"A1 is text",TRUE)+\'Value Contract\'!Verdict');
    expect(reads.areas).toEqual([]);
    expect(reads.names).toEqual([{ name: "Realised" }, { sheet: "Value Contract", name: "Verdict" }]);
    expect(reads.direct).toBe(false);
  });

  it("ignores references into other workbooks", () => {
    expect(formulaReads("=[1]Sheet1!A1+'[Book.xlsx]Plan'!B2").areas).toEqual([]);
  });
});

describe("finding 6: every reader of an AIVALUE result is found", () => {
  it("direct uses, including the orphaned _xldudf_ form and its [2]! link", () => {
    const found = aivalueDependents([sheet("S", [["=AIVALUE.ROI(1,2)", "=_xldudf_AIVALUE_BREAKEVEN(1,2,3)", "=[2]!_xldudf_AIVALUE_ROI(1,2)", "=SUM(1,2)", '="AIVALUE.ROI(1,2)"']])]);
    expect(found.map((d) => [d.ref, d.direct])).toEqual([
      ["A1", true],
      ["B1", true],
      ["C1", true],
    ]);
  });

  it("references to sheets with non-ASCII names, unquoted as Excel writes them (École!B2, 計画!B2)", () => {
    const ecole = sheet("École", [[null, null], [null, "=AIVALUE.ROI(1,2)"]]);
    const plan = sheet("計画", [[null, null], [null, "=École!B2*2"]]);
    const summary = sheet("Summary", [["=計画!B2+1", "=SUM('École'!B1:B3)", "=Ñandú!B2"]]);
    expect(refs(aivalueDependents([ecole, plan, summary]))).toEqual(["École!B2", "計画!B2", "Summary!A1", "Summary!B1"]);
  });

  it("named formulas that call AIVALUE, and names that point at such names, transitively", () => {
    const s = sheet("S", [["=Payback*2", "=Alias+1", "=Plain+1", "=Local*3"], [5]], [{ name: "Local", formula: "=Alias" }]);
    const workbookNames = [
      { name: "Payback", formula: "=AIVALUE.BREAKEVEN(S!$A$2,1,2)" },
      { name: "Alias", formula: "=Payback" },
      { name: "Plain", formula: "=S!$A$2" },
    ];
    const found = aivalueDependents([s], workbookNames);
    expect(found.map((d) => [d.ref, d.direct])).toEqual([
      ["A1", false],
      ["B1", false],
      ["D1", false],
    ]);
  });

  it("names that point at cells holding AIVALUE results, on their own sheet", () => {
    const contract = sheet("Value Contract", [["=AIVALUE.REALISED(1,0,0,0,0,0,0)"]], [{ name: "Realised", formula: "='Value Contract'!$A$1" }]);
    const summary = sheet("Summary", [["='Value Contract'!Realised", "=Realised"]]);
    // Unqualified, "Realised" on Summary is not the contract's sheet-scoped name.
    expect(refs(aivalueDependents([contract, summary]))).toEqual(["Value Contract!A1", "Summary!A1"]);
  });

  it("a cell of a PAYBACKCURVE spill read from another sheet", () => {
    const curve = sheet("Curve", [["=AIVALUE.PAYBACKCURVE(100,10,12)"], [-90], [-80]]);
    const deck = sheet("Deck", [["=Curve!A3", "=Curve!A9"]]);
    const graph = new PortabilityGraph([curve, deck]);
    expect(refs(graph.dependents())).toEqual(["Curve!A1"]);
    graph.spilled(0, { top: 1, left: 1, bottom: 12, right: 1 });
    expect(refs(graph.dependents())).toEqual(["Curve!A1", "Deck!A1", "Deck!B1"]);
  });

  it("3-D references span every sheet between their ends, in workbook order (SUM(North:South!B2))", () => {
    const north = sheet("North", [[1]]);
    const middle = sheet("Middle", [[null, null], [null, "=AIVALUE.ROI(1,2)"]]);
    const south = sheet("South", [[1]]);
    const total = sheet("Total", [["=SUM(North:South!B2)", "=SUM(North:North!B2)", "=SUM('South:North'!B1:B5)"]]);
    expect(refs(aivalueDependents([north, middle, south, total]))).toEqual(["Middle!B2", "Total!A1", "Total!C1"]);
  });

  it("OFFSET and INDIRECT cannot be told statically: counted, with the reason, when anything needs the add-in", () => {
    const formulas = [["=OFFSET(A3,1,0)", '=INDIRECT("B"&2)', "=Sales[Total]", "=A1+1"], [null, 7]];
    expect(aivalueDependents([sheet("S", formulas)])).toEqual([]);
    const found = aivalueDependents([sheet("S", formulas), sheet("T", [["=AIVALUE.ROI(1,2)"]])]);
    expect(found.map((d) => [d.ref, Boolean(d.uncertain)])).toEqual([
      ["A1", true],
      ["B1", true],
      ["C1", true],
      ["D1", false],
      ["A1", false],
    ]);
    expect(found[0].uncertain).toMatch(/OFFSET.*cannot be told/);
  });

  it("follows cells, ranges and names across sheets, and leaves independent formulas alone", () => {
    const contract = sheet(
      "Value Contract",
      [
        ["=AIVALUE.REALISED(1,0,0,0,0,0,0)", "=A1*2", "=SUM(A1:A3)", "=C5+1"],
        ["=Realised+1", 5, "=B2*3", null],
      ],
      [{ name: "Realised", formula: "='Value Contract'!$A$1" }],
    );
    const summary = sheet("Summary", [["='Value Contract'!Realised", "='Value Contract'!B2", "=SUM('Value Contract'!A1:B1)"]]);
    expect(refs(aivalueDependents([contract, summary]))).toEqual([
      "Value Contract!A1",
      "Value Contract!B1",
      "Value Contract!C1",
      "Value Contract!A2",
      "Summary!A1",
      "Summary!C1",
    ]);
  });

  it("whole-column shares of a total (=A2/SUM($A:$A)) and long chains", () => {
    const rows = Array.from({ length: 3000 }, (_, i) => [i === 0 ? "=AIVALUE.COSTOFDELAY(1,1)" : `=A${i}+1`, `=A${i + 1}/SUM($A:$A)`]);
    expect(aivalueDependents([sheet("S", rows)])).toHaveLength(6000);
  });
});

describe("canonicalFormula", () => {
  it("rewrites orphaned calls and their link prefix, and nothing else", () => {
    expect(canonicalFormula("=[2]!_xldudf_AIVALUE_ROI( A1 ,2)+_xldudf_aivalue_breakeven(1,2,3)")).toBe("=AIVALUE.ROI( A1 ,2)+AIVALUE.BREAKEVEN(1,2,3)");
    expect(canonicalFormula('=IF(A1>0,"_xldudf_AIVALUE_ROI(",AIVALUE.ROI(1,2))')).toBe('=IF(A1>0,"_xldudf_AIVALUE_ROI(",AIVALUE.ROI(1,2))');
  });
});
