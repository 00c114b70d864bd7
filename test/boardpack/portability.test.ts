import { aivalueDependents, references, type SheetFormulas } from "../../src/boardpack/portability";

const sheet = (name: string, formulas: unknown[][], names: SheetFormulas["names"] = []): SheetFormulas => ({ name, top: 1, left: 1, formulas, names });
const refs = (found: { sheet: string; ref: string }[]) => found.map((d) => `${d.sheet}!${d.ref}`);

describe("references", () => {
  it("reads cells, ranges, whole columns and rows, sheet-qualified or not", () => {
    const { areas } = references("=A1+$B$2*SUM(C3:D4)+SUM(E:E)+SUM(5:6)+'My Sheet'!F7+Other!G8", "S");
    expect(areas.map((a) => `${a.sheet}:${a.top},${a.left}-${a.bottom},${a.right}`)).toEqual([
      "S:1,1-1,1",
      "S:2,2-2,2",
      "S:3,3-4,4",
      "S:1,5-1048576,5",
      "S:5,1-6,16384",
      "My Sheet:7,6-7,6",
      "Other:8,7-8,7",
    ]);
  });

  it("reads names but not functions, booleans or text in quotes", () => {
    const { areas, names } = references('=IF(Realised>0,"A1 is text",TRUE)+\'Value Contract\'!Verdict', "S");
    expect(areas).toEqual([]);
    expect(names).toEqual([{ name: "Realised" }, { sheet: "Value Contract", name: "Verdict" }]);
  });
});

describe("aivalueDependents", () => {
  it("finds direct uses, including the orphaned _xldudf_ form", () => {
    const found = aivalueDependents([sheet("S", [["=AIVALUE.ROI(1,2)", "=_xldudf_AIVALUE_BREAKEVEN(1,2,3)", "=SUM(1,2)"]])]);
    expect(found.map((d) => [d.ref, d.direct])).toEqual([
      ["A1", true],
      ["B1", true],
    ]);
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

  it("handles long chains and wide fan-out", () => {
    const chain = Array.from({ length: 2000 }, (_, i) => [i === 0 ? "=AIVALUE.COSTOFDELAY(1,1)" : `=A${i}+1`]);
    expect(aivalueDependents([sheet("S", chain)])).toHaveLength(2000);
  });
});
