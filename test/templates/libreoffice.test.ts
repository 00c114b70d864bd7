/*
 * The worked-example file as someone without the add-in opens it: LibreOffice headless
 * recalculates it, and every formula that does not depend on an AIVALUE function must
 * equal the value HyperFormula (with the add-in's functions) computes for it. Cells that
 * do depend on one read #NAME? there, which is what the board-pack freeze is for.
 */
import type ExcelJS from "exceljs";
import { DetailedCellError } from "hyperformula";
import { parseRange, cellRef } from "../../src/sheet/a1";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { recalculate, resultAt } from "../../harness/libreoffice";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";

let engine: LoadedWorkbook;
let office: ExcelJS.Workbook;
let names: Map<string, string>;

beforeAll(async () => {
  const { book } = workedExample();
  const buffer = await book.toBuffer();
  engine = await loadIntoHyperFormula(buffer);
  // The saved file itself: an ExcelJS round trip would make the contracts' scoped names global.
  office = await recalculate(buffer);
  // sheet!Name → sheet!A1 range, from the plan of each sheet.
  names = new Map(
    workedExample().plans.flatMap((p) => p.sheets.flatMap((s) => s.names.map((n) => [`${s.name}!${n.name}`, `${s.name}!${n.ref.replace(/\$/g, "")}`]))),
  );
}, 240_000);

afterAll(() => engine?.hf.destroy());

/** Cells whose formula uses an AIVALUE function, directly or through other cells or names. */
function dependsOnAivalue(): Set<string> {
  const refs = (sheet: string, formula: string): string[] => {
    const out: string[] = [];
    const body = formula.replace(/"[^"]*"/g, "");
    for (const m of body.matchAll(/(?:('(?:[^']|'')+'|[A-Za-z_]\w*)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|[A-Za-z_]\w*)(?!\()/g)) {
      const target = m[1] ? m[1].replace(/^'|'$/g, "").replace(/''/g, "'") : sheet;
      const token = m[2].replace(/\$/g, "");
      const named = names.get(`${target}!${token}`);
      const ref = named ?? (/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/.test(token) ? `${target}!${token}` : undefined);
      if (!ref) continue;
      const [s, range] = ref.split("!");
      const r = parseRange(range);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) out.push(`${s}!${cellRef(row, col)}`);
    }
    return out;
  };
  const tainted = new Set(engine.formulas.filter((f) => f.formula.includes("AIVALUE.")).map((f) => `${f.sheet}!${f.ref}`));
  for (let grew = true; grew; ) {
    grew = false;
    for (const f of engine.formulas) {
      const key = `${f.sheet}!${f.ref}`;
      if (!tainted.has(key) && refs(f.sheet, f.formula).some((r) => tainted.has(r))) {
        tainted.add(key);
        grew = true;
      }
    }
  }
  return tainted;
}

/** A recalculated cell's result; ExcelJS reads a date-formatted number back as a Date, so it is turned back into Excel's serial. */
const officeValue = (sheet: string, ref: string) => {
  const v = resultAt(office.getWorksheet(sheet)!, ref);
  return v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v;
};

describe("the worked example recalculated by LibreOffice", () => {
  test("every native formula equals its value with the add-in", () => {
    const tainted = dependsOnAivalue();
    const native = engine.formulas.filter((f) => !tainted.has(`${f.sheet}!${f.ref}`));
    expect(native.length).toBeGreaterThan(300);
    const mismatches: string[] = [];
    for (const f of native) {
      const expected = engine.value(f.sheet, f.ref);
      const actual = officeValue(f.sheet, f.ref);
      // ExcelJS reads a date-formatted result back as a Date: compare its serial.
      const got = actual instanceof Date ? actual.getTime() / 86400000 + 25569 : actual;
      const same =
        typeof expected === "number" && typeof got === "number"
          ? Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
          : expected instanceof DetailedCellError
            ? // An error a native formula means to give (#N/A: a gap on a chart) must be the same error.
              (got as { error?: string } | null)?.error === expected.value
            : // ExcelJS reads a cached result of 0, FALSE or "" back as no result at all (see resultAt).
              got === expected || ((expected === "" || expected === false) && got === 0);
      if (!same) mismatches.push(`${f.sheet}!${f.ref} ${f.formula}: LibreOffice ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test("cells that need the add-in are the ones that say so, not silent wrong numbers", () => {
    const aivalueCells = engine.formulas.filter((f) => f.formula.includes("AIVALUE."));
    for (const f of aivalueCells) {
      // A row that is not filled yet (a future week) is blank with or without the add-in: it never calls the function.
      const blank = engine.value(f.sheet, f.ref) === "";
      expect({ cell: `${f.sheet}!${f.ref}`, value: officeValue(f.sheet, f.ref) }).toEqual({ cell: `${f.sheet}!${f.ref}`, value: blank ? 0 : { error: "#NAME?" } });
    }
  });
});
