/*
 * The freeze's decisions without a workbook: which cells are read, what each frozen cell
 * becomes, the copies' names, the stamp, the log rows, and the refusals.
 */
import { BoardPackError } from "../../src/boardpack/error";
import { copyName, cutUtf16, planFreeze, planReads, type FreezeScan, type ReadValues } from "../../src/boardpack/freezePlan";
import { LOG_MARK } from "../../src/boardpack/marks";
import { idMark, type SheetId } from "../../src/boardpack/ownSheets";
import { aivalueDependents, type SheetFormulas } from "../../src/boardpack/portability";
import { sheetOf } from "../helpers/sheetFormulas";

const NOW = new Date(2026, 10, 22, 9, 30);

/** Each sheet's id is its name with "id:" before it. */
const idsOf = (scan: FreezeScan, protect: string[] = []): SheetId[] => scan.sheets.map((s) => ({ name: s.name, id: `id:${s.name}`, protected: protect.includes(s.name) }));

/** A sheet as the scan reads it: the log's contents too, as the scan reads them for that sheet only. */
function sheet(name: string, grid: unknown[][], names: SheetFormulas["names"] = []): SheetFormulas {
  const s = sheetOf(name, grid, names);
  return names.some((n) => n.name === LOG_MARK) ? { ...s, contents: grid } : s;
}

function scanOf(...sheets: SheetFormulas[]): FreezeScan {
  return { sheets, dependents: aivalueDependents(sheets) };
}

/** Values as Excel would report them for each run the plan asks to read. */
const answer = (runs: { run: { refs: string[] } }[], value: (ref: string) => [unknown, string]): ReadValues[] =>
  runs.map(({ run }) => ({ values: run.refs.map((r) => [value(r)[0]]), valueTypes: run.refs.map((r) => [value(r)[1]]) }));

describe("planReads", () => {
  it("reads the dependent cells of the chosen sheets in column runs", () => {
    const scan = scanOf(sheet("VC", [["=AIVALUE.ROI(1,2)", "=A1*2", "x"], ["=AIVALUE.ROI(3,4)", "=1+1", ""]]), sheet("Other", [["=AIVALUE.ROI(5,6)"]]));
    const reads = planReads(scan, ["VC", "Missing"]);
    expect(reads.chosen).toEqual(["VC"]);
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

  it("writes values as constants and every text quote-prefixed, so nothing changes type, and logs each cell as text", () => {
    const p = planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), [null, null, null], NOW, idsOf(scan));
    expect(p.asOf).toBe("2026-11-22 09:30");
    expect(p.copies.map((c) => [c.name, c.frozen, c.update])).toEqual([["VC (board)", 3, undefined]]);
    const [copy] = p.copies;
    expect(copy.writes).toEqual([
      { rowIndex: 0, columnIndex: 0, contents: [[0.5], ["'SCALE"]] },
      { rowIndex: 0, columnIndex: 1, contents: [["'0.5%"]] },
    ]);
    // The stamp sits two columns right of the used range, in its first row (below it, one row clear, when that passes XFD).
    expect(copy.stamp).toMatchObject({ rowIndex: 0, columnIndex: 4 });
    expect(copy.stamp.text).toMatch(/^'Values as of 2026-11-22 09:30\. Frozen copy of 'VC'/);
    expect(copy.mark).toBe('="VC"');
    expect(copy.temp).toBe("~AIVALUE freeze 1");
    expect(p.log).toEqual({
      sheet: "Board Pack Log",
      firstRow: 2,
      rows: [
        { copy: 0, cells: ["'2026-11-22 09:30", "'VC (board)", "'VC", "'A1", "'=AIVALUE.ROI(1,2)", 0.5, "", "'id:VC"] },
        { copy: 0, cells: ["'2026-11-22 09:30", "'VC (board)", "'VC", "'A2", "'=AIVALUE.VERDICT(1,2,3,4,5)", "'SCALE", "", "'id:VC"] },
        { copy: 0, cells: ["'2026-11-22 09:30", "'VC (board)", "'VC", "'B1", "'=A1&\"%\"", "'0.5%", "", "'id:VC"] },
      ],
    });
    expect(p.warnings).toEqual([]);
  });

  it("freezes an error as its literal, a newer error as its text with a warning, a blank text as =\"\", and refuses a pending one before writing", () => {
    const as = (a1: [unknown, string]) => planFreeze(scan, reads, answer(reads.runs, (r) => (r === "A1" ? a1 : values[r])), [null, null, null], NOW, idsOf(scan));
    expect(as(["#N/A", "Error"]).copies[0].writes[0].contents[0]).toEqual(["=#N/A"]);
    expect(as(["#NAME?", "Error"]).copies[0].writes[0].contents[0]).toEqual(["=#NAME?"]);
    const spill = as(["#SPILL!", "Error"]);
    expect(spill.copies[0].writes[0].contents[0]).toEqual(["'#SPILL!"]);
    expect(spill.warnings.join(" ")).toMatch(/#SPILL!/);
    expect(as(["", "String"]).copies[0].writes[0].contents[0]).toEqual(['=""']);
    expect(() => as(["#BUSY!", "Error"])).toThrow(BoardPackError);
  });

  it("freezes a spill whole, and warns when this Excel cannot report spills", () => {
    const spill = { rowIndex: 0, columnIndex: 0, rowCount: 2, columnCount: 1, values: [[0.5], [0.7]], valueTypes: [["Double"], ["Double"]] };
    const p = planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), [spill, null, null], NOW, idsOf(scan));
    expect(p.copies[0].writes[2]).toEqual({ rowIndex: 0, columnIndex: 0, contents: [[0.5], [0.7]] });
    expect(p.copies[0].frozen).toBe(4);
    expect(planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), undefined, NOW, idsOf(scan)).warnings.join(" ")).toMatch(/spilled arrays/);
  });

  const logOf = (rows: string[][]) =>
    sheet("Board Pack Log", [["Values as of", "", "", "", "", "", "Copy id", "Source id"], ...rows], [{ name: LOG_MARK, formula: idMark("id:Board Pack Log") }]);

  it("refreshes in place the copy its log names, by id, and keeps one the user renamed or protected", () => {
    const entry = (copy: string) => ["2026-10-01 09:00", copy, "VC", "A1", "=AIVALUE.ROI(1,2)", "0.5", `id:${copy}`, "id:VC"];
    const inPlace = scanOf(...scan.sheets, logOf([entry("VC (board)")]), sheet("VC (board)", [[1, 2, 3, 4, 5, 6]]));
    const r = planReads(inPlace, ["VC"]);
    const p = planFreeze(inPlace, r, answer(r.runs, (ref) => values[ref]), undefined, NOW, idsOf(inPlace));
    expect(p.copies[0]).toMatchObject({ name: "VC (board)", update: { id: "id:VC (board)", area: "A1:F2", backup: "~AIVALUE backup 1" } });
    expect(p.log).toMatchObject({ sheet: "Board Pack Log", id: "id:Board Pack Log", firstRow: 3 });

    // Renamed by the user: the log's name no longer matches, so it is theirs.
    const renamed = idsOf(inPlace).map((x) => (x.name === "VC (board)" ? { ...x, name: "VC Nov board pack" } : x));
    const kept = planFreeze(inPlace, r, answer(r.runs, (ref) => values[ref]), undefined, NOW, renamed);
    expect(kept.copies[0]).toMatchObject({ name: "VC (board)", update: undefined });
    expect(kept.kept).toEqual(["VC Nov board pack"]);
    const locked = planFreeze(inPlace, r, answer(r.runs, (ref) => values[ref]), undefined, NOW, idsOf(inPlace, ["VC (board)"]));
    expect(locked.copies[0]).toMatchObject({ name: "VC (board 2)", update: undefined });
  });

  it("takes a copy of the log, or a sheet merely named like a copy, for the user's", () => {
    const copied = sheet("Board Pack Log (2)", [["x"]], [{ name: LOG_MARK, formula: idMark("id:Board Pack Log") }]);
    const taken = sheet("VC (board)", [["kept by hand"]]);
    const withCopy = scanOf(...scan.sheets, copied, taken);
    const r = planReads(withCopy, ["VC"]);
    const p = planFreeze(withCopy, r, answer(r.runs, (ref) => values[ref]), undefined, NOW, idsOf(withCopy));
    expect(p.copies[0]).toMatchObject({ name: "VC (board 2)", update: undefined });
    expect(p.log).toMatchObject({ sheet: "Board Pack Log", firstRow: 2 });
    expect(p.log.id).toBeUndefined();
  });

  it("refuses a protected source before writing, and never stamps past column XFD", () => {
    expect(() => planFreeze(scan, reads, answer(reads.runs, (r) => values[r]), undefined, NOW, idsOf(scan, ["VC"]))).toThrow(/VC is protected.*Nothing was changed/);
    const wide: SheetFormulas = { name: "Wide", used: { top: 3, left: 16380, bottom: 3, right: 16384 }, cells: [{ row: 3, col: 16380, formula: "=AIVALUE.ROI(1,2)" }], names: [] };
    const w = scanOf(wide);
    const r = planReads(w, ["Wide"]);
    const p = planFreeze(w, r, answer(r.runs, () => [1, "Double"]), undefined, NOW, idsOf(w));
    expect(p.copies[0].stamp).toMatchObject({ rowIndex: 4, columnIndex: 16379 });
  });
});

describe("sheet names", () => {
  it("cuts 31-character names on UTF-16 boundaries, never inside an emoji", () => {
    const source = "Pipeline 📈📈📈📈📈📈📈📈📈📈📈";
    const name = copyName(source, new Set());
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).toBe(`${cutUtf16(source, 23)} (board)`);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(name)).toBe(false);
  });
});
