/*
 * The board pack as a recipient without the add-in opens it: the frozen copies, saved and
 * recalculated by LibreOffice (which has no AIVALUE functions), show no #NAME? and every
 * cell equals the value the live sheet shows with the add-in.
 */
import type ExcelJS from "exceljs";
import { freezeSheets } from "../../src/office/freeze";
import { requirementsUpTo, type FakeContext } from "../helpers/excelFake";
import { exampleInFake } from "../helpers/exampleInFake";
import { fakeToXlsx } from "../helpers/fakeToXlsx";
import { recalculate, resultAt } from "../../harness/libreoffice";

let ctx: FakeContext;
let office: ExcelJS.Workbook;
let copies: { source: string; copy: string }[];

beforeAll(async () => {
  ctx = await exampleInFake();
  const result = await freezeSheets(ctx, ["Value Contract", "Evidence Ladder", "Workflow Cost"], requirementsUpTo("1.12"), new Date(2026, 10, 22, 9, 30));
  copies = result.copies;
  office = await recalculate(await fakeToXlsx(ctx.model));
}, 240_000);

const result = (sheet: string, ref: string) => resultAt(office.getWorksheet(sheet)!, ref);

describe("frozen copies recalculated by LibreOffice", () => {
  test("show no #NAME? anywhere", () => {
    const broken: string[] = [];
    for (const { copy } of copies) {
      office.getWorksheet(copy)!.eachRow((row) =>
        row.eachCell((cell) => {
          const v = result(copy, cell.address);
          if (typeof v === "object" && v !== null && (v as { error?: string }).error === "#NAME?") broken.push(`${copy}!${cell.address}`);
        }),
      );
    }
    expect(broken).toEqual([]);
  });

  test("equal the live values of the sheets they were frozen from", () => {
    const mismatches: string[] = [];
    let compared = 0;
    for (const { source, copy } of copies) {
      for (const [ref, live] of ctx.model.sheet(source).cells) {
        if (live.formula === undefined) continue;
        compared++;
        const shown = result(copy, ref);
        // LibreOffice formats a DATE() result as a date, which ExcelJS reads back as a Date: compare its serial.
        const got = shown instanceof Date ? shown.getTime() / 86400000 + 25569 : shown;
        const want = live.valueType === "Error" ? { error: live.value } : live.value;
        const same =
          typeof want === "number" && typeof got === "number"
            ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
            : JSON.stringify(got) === JSON.stringify(want) || ((want === "" || want === false) && got === 0);
        if (!same) mismatches.push(`${copy}!${ref} (${live.formula}): ${JSON.stringify(got)}, live ${JSON.stringify(want)}`);
      }
    }
    expect(compared).toBeGreaterThan(300);
    expect(mismatches).toEqual([]);
  });
});
