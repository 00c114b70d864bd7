/*
 * The freeze's decisions without a workbook: which cells are read, what each frozen cell
 * becomes, the copies' names, the stamp, the log rows, and the refusals.
 */
import { BoardPackError } from "../../src/boardpack/error";
import { planFreeze, planReads, type FreezeScan, type ReadValues } from "../../src/boardpack/freezePlan";
import { FROZEN_MARK, LOG_MARK } from "../../src/boardpack/marks";
import { aivalueDependents, type SheetFormulas } from "../../src/boardpack/portability";
import { sheetOf } from "../helpers/sheetFormulas";

const NOW = new Date(2026, 10, 22, 9, 30);

const sheet = sheetOf;

function scanOf(...sheets: SheetFormulas[]): FreezeScan {
  return { sheets, dependents: aivalueDependents(sheets) };
}

/** Values as Excel would report them for each run the plan asks to read. */
const answer = (runs: { run: { refs: string[] } }[], value: (ref: string) => [unknown, string]): ReadValues[] =>
  runs.map(({ run }) => ({ values: run.refs.map((r) => [value(r)[0]]), valueTypes: run.refs.map((r) => [value(r)[1]]) }));

describe("planReads", () => {
  it("reads the dependent cells of the chosen sheets in column runs, and replaces only their earlier copies", () => {
    const scan = scanOf(
      sheet("VC", [["=AIVALUE.ROI(1,2)", "=A1*2", "x"], ["=AIVALUE.ROI(3,4)", "=1+1", ""]]),
      sheet("Other", [["=AIVALUE.ROI(5,6)"]]),
      sheet("VC (board)", [["1"]], [{ name: FROZEN_MARK, formula: '="VC"' }]),
      sheet("Other (board)", [["1"]], [{ name: FROZEN_MARK, formula: '="Other"' }]),
    );
    const reads = planReads(scan, ["VC", "Missing"]);
    expect(reads.chosen).toEqual(["VC"]);
    expect(reads.replaced).toEqual(["VC (board)"]);
    expect(reads.runs.map((r) => [r.run.refs, r.formulas])).toEqual([
      [["A1", "A2"], ["=AIVALUE.ROI(1,2)", "=AIVALUE.ROI(3,4)"]],
      [["B1"], ["=A1*2"]],
    ]);
    expect(reads.anchors.map((d) => d.ref)).toEqual(["A1", "B1", "A2"]);
  });
});

describe("planFreeze", () => {
  const scan = scanOf(sheet("VC", [["=AIVALUE.ROI(1,2)", "=A1&\"%\"", "=NA()"], ["=AIVALUE.VERDICT(1,2,3,4,5)", "=1+1", "=2/0"]]));
  const values: Record<string, [unknown, string]> = {
    A1: [0.5, "Double"],
    A2: ["SCALE", "String"],
    B1: ["0.5%", "String"],
  };
  const reads = planReads(scan, ["VC"]);

  it("writes values as constants, text that Excel would read as a number as text, and logs each cell", () => {
    const p = planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), [null, null, null], NOW);
    expect(p.asOf).toBe("2026-11-22 09:30");
    expect(p.copies.map((c) => [c.name, c.frozen])).toEqual([["VC (board)", 3]]);
    const [copy] = p.copies;
    expect(copy.writes).toEqual([
      { rowIndex: 0, columnIndex: 0, contents: [[0.5], ["SCALE"]] },
      { rowIndex: 0, columnIndex: 1, contents: [["0.5%"]] },
    ]);
    // The stamp sits two columns right of the used range, in its first row.
    expect(copy.stamp).toMatchObject({ rowIndex: 0, columnIndex: 4 });
    expect(copy.stamp.text).toMatch(/^Values as of 2026-11-22 09:30\. Frozen copy of 'VC'/);
    expect(copy.mark).toBe('="VC"');
    expect(p.log).toEqual({
      sheet: "Board Pack Log",
      create: true,
      firstRow: 2,
      rows: [
        ["2026-11-22 09:30", "VC (board)", "VC", "A1", "'=AIVALUE.ROI(1,2)", 0.5],
        ["2026-11-22 09:30", "VC (board)", "VC", "A2", "'=AIVALUE.VERDICT(1,2,3,4,5)", "SCALE"],
        ["2026-11-22 09:30", "VC (board)", "VC", "B1", "'=A1&\"%\"", "0.5%"],
      ],
    });
    expect(p.warnings).toEqual([]);
  });

  it("keeps an error as the native formula that gives it, and refuses one it cannot keep before writing anything", () => {
    const na = planFreeze(scan, reads, answer(reads.runs, (r) => (r === "A1" ? ["#N/A", "Error"] : values[r])), [null, null, null], NOW);
    expect(na.copies[0].writes[0].contents[0]).toEqual(["=NA()"]);
    expect(() => planFreeze(scan, reads, answer(reads.runs, (r) => (r === "A2" ? ["#BUSY!", "Error"] : values[r])), undefined, NOW)).toThrow(BoardPackError);
  });

  it("freezes a spill whole, and warns when this Excel cannot report spills", () => {
    const spill = { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1, values: [[0.5], [0.7]], valueTypes: [["Double"], ["Double"]] };
    const p = planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), [spill, null, null], NOW);
    expect(p.copies[0].writes[2]).toEqual({ rowIndex: 0, columnIndex: 0, contents: [[0.5], [0.7]] });
    expect(p.copies[0].frozen).toBe(4);
    expect(planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), undefined, NOW).warnings.join(" ")).toMatch(/spilled arrays/);
  });

  it("appends to the existing log, and names copies around the sheets already there", () => {
    const log = sheet("Board Pack Log", [["Values as of"], ["x"], ["y"]], [{ name: LOG_MARK, formula: "='Board Pack Log'!$A$1" }]);
    const taken = sheet("VC (board)", [["kept by hand"]]);
    const withLog = scanOf(...scan.sheets, log, taken);
    const r = planReads(withLog, ["VC"]);
    const p = planFreeze(withLog, r, answer(r.runs, (ref) => values[ref]), undefined, NOW);
    expect(p.copies[0].name).toBe("VC (board 2)");
    expect(p.log).toMatchObject({ sheet: "Board Pack Log", create: false, firstRow: 4 });
  });
});
