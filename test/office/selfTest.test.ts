/*
 * "Check this Excel" against the recording fake with a real formula engine behind it
 * (HyperFormula and the AIVALUE plugin): it passes where Excel computes as the add-in
 * expects, names what differs where it does not, and leaves the workbook exactly as it was
 * — its own Board Pack Log included — also when Excel refuses any one of its commands.
 */
import { readFileSync } from "fs";
import path from "path";
import { freezeSheets } from "../../src/office/freeze";
import { runSelfTest } from "../../src/office/selfTest";
import { reportText } from "../../src/office/selfTestChecks";
import { SAMPLE_FOCUS } from "../../src/office/selfTestFocus";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { hyperFormulaCalc } from "../helpers/fakeCalc";

const ALL = requirementsUpTo("1.12");
const NOW = new Date(2026, 10, 27, 9, 30);
const noWait = { wait: () => Promise.resolve(), now: NOW };
/** Syncs of a run whose functions calculate at once: see the first test for the breakdown. */
const SYNCS = 23;

/**
 * A user's workbook: a sheet of their own with an AIVALUE formula, frozen once for a board
 * pack (so it has a Board Pack Log of its own rows), and a sheet whose name the self-test
 * would like to use. `extra` sheets of formulas make it larger without changing the test.
 */
async function usersWorkbook(extra = 0): Promise<WorkbookModel> {
  const model = new WorkbookModel();
  const plan = new SheetModel("Plan");
  plan.cell("A1").value = "Budget";
  plan.cell("B1").value = 1200;
  plan.cell("B2").formula = "=B1*2";
  plan.cell("B3").formula = "=AIVALUE.ROI(B1,B2)";
  plan.cell("B3").value = -0.5;
  const taken = new SheetModel("AIVALUE check functions");
  taken.cell("A1").value = "mine";
  model.sheets.push(plan, taken);
  for (let i = 1; i <= extra; i++) {
    const sheet = new SheetModel(`Region ${i}`);
    for (let r = 1; r <= 400; r++) sheet.cell(`A${r}`).formula = `=AIVALUE.ROI(${r},${r + 1})+Plan!B1`;
    model.sheets.push(sheet);
  }
  model.active = "Plan";
  await freezeSheets(new FakeContext(model), ["Plan"], ALL, new Date(2026, 9, 30, 17, 0));
  return model;
}

/** What the user made: constants and formulas (a formula's computed value is the engine's, not the user's). */
const snapshot = (m: WorkbookModel) =>
  JSON.stringify({
    sheets: m.sheets.map((s) => ({ name: s.name, cells: [...s.cells].map(([ref, c]) => [ref, c.formula ?? c.value, c.format, c.numberFormat]), names: s.names })),
    tables: m.tables,
    names: m.names,
    active: m.active,
  });

describe("Check this Excel", () => {
  test("passes every check where Excel computes as the add-in does, in a fixed number of syncs, and leaves no trace", async () => {
    const model = await usersWorkbook();
    expect(model.sheets.map((s) => s.name)).toContain("Board Pack Log");
    const before = snapshot(model);
    const ctx = new FakeContext(model);
    ctx.calculate = hyperFormulaCalc({ busyFor: 10 });
    const steps: string[] = [];
    const checks = await runSelfTest(ctx, ALL, { ...noWait, onStep: (s) => steps.push(s) });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.title)).toEqual(["Functions", "Error codes", "Templates", "Names", "Worked-example figures", "Print setup", "Repair #NAME?", "Freeze", "Clean-up"]);
    expect(checks[0].detail).toMatch(/^17 worked examples/);
    expect(checks[2].detail).toMatch(/^7 sheets computed with no error value; 7 master checks/);
    expect(checks[4].detail).toMatch(/^4 figures/);
    expect(checks[6].detail).toMatch(/^=_xldudf_AIVALUE_ROI\(.*\) was entered again as =AIVALUE\.ROI\(/);
    expect(checks[7].detail).toMatch(/froze \d+ cells, shows every value the contract does and depends on no AIVALUE function/);
    // The fixed syncs, plus two more reads while the engine answers #BUSY!.
    expect(ctx.syncs).toBe(SYNCS + 2);
    expect(steps.filter((s) => s.startsWith("Waiting"))).toHaveLength(3);
    // The user's own Board Pack Log, its rows and every other cell are as they were; no log of the check's stays.
    expect(snapshot(model)).toBe(before);
    expect(Math.max(...ctx.requestBytes, ...ctx.responseBytes)).toBeLessThan(5_000_000);
  }, 300_000);

  test("takes the same number of syncs in a workbook twenty times larger, and leaves it as it was", async () => {
    // No engine: the syncs do not depend on what Excel computes, only on whether it is still computing.
    const counts: number[] = [];
    for (const extra of [0, 20]) {
      const model = await usersWorkbook(extra);
      const before = snapshot(model);
      const ctx = new FakeContext(model);
      await runSelfTest(ctx, ALL, noWait);
      counts.push(ctx.syncs);
      expect(snapshot(model)).toBe(before);
    }
    // Names (1), write (1), repair (6: a scan of its one sheet, 4, then the repair's 2), one read of the
    // results (1), the freeze and its check (12: both scans see the scratch sheets only), remove and confirm (2).
    expect(counts).toEqual([SYNCS, SYNCS]);
  }, 120_000);

  test("ships the FOCUS sample byte for byte as the specification publishes it", () => {
    expect(SAMPLE_FOCUS).toBe(readFileSync(path.join(__dirname, "../fixtures/focus/per_token_foundation_model_api.csv"), "utf8"));
  });

  test("names the function, the template figure and the repaired cell whose result differs from the add-in's own", async () => {
    const ctx = new FakeContext(await usersWorkbook());
    ctx.calculate = hyperFormulaCalc({
      tamper: (sheet, _ref, formula, value) => {
        if (/^=AIVALUE\.BREAKEVEN\(300/.test(formula) && typeof value === "number") return value + 0.01;
        if (/^=AIVALUE\.SAMPLESIZE\(BaselineRate/.test(formula) && typeof value === "number") return value + 1;
        // As Excel shows a formula it re-entered but could not bind.
        return sheet === "AIVALUE check repair" ? "#NAME?" : value;
      },
    });
    const checks = await runSelfTest(ctx, ALL, noWait);
    const find = (title: string) => checks.find((c) => c.title === title)!;
    expect(find("Functions")).toMatchObject({ ok: false, detail: expect.stringMatching(/1 of 17 differ: =AIVALUE\.BREAKEVEN\(/) });
    expect(find("Worked-example figures")).toMatchObject({ ok: false, detail: expect.stringMatching(/^AIVALUE check Measurement Track!FixedTrials \(SAMPLESIZE of the baseline and target\) reads \d+, not \d+$/) });
    expect(find("Repair #NAME?")).toMatchObject({ ok: false, detail: expect.stringMatching(/holds =AIVALUE\.ROI\(.*\) showing #NAME\?/) });
    expect(find("Clean-up").ok).toBe(true);
  }, 300_000);

  test("says so when the functions never finish, and still cleans up", async () => {
    const model = await usersWorkbook();
    const before = snapshot(model);
    const ctx = new FakeContext(model);
    ctx.calculate = hyperFormulaCalc({ busyFor: 99 });
    const checks = await runSelfTest(ctx, ALL, { ...noWait, maxPolls: 2 });
    expect(checks[0]).toEqual({ title: "Calculation", ok: false, detail: expect.stringMatching(/still calculating after 2 reads/) });
    expect(checks.find((c) => c.title === "Functions")!.ok).toBe(false);
    // A value still being computed is never frozen: the freeze refuses, and undoes what it did.
    expect(checks.find((c) => c.title === "Freeze")).toMatchObject({ ok: false, detail: expect.stringMatching(/#BUSY!: wait until Excel has finished calculating/) });
    expect(snapshot(model)).toBe(before);
  }, 300_000);

  test("reports print setup Excel did not keep (office-js #1860: fit-to-page can be a no-op)", async () => {
    const ctx = new FakeContext(await usersWorkbook());
    ctx.calculate = async (model) => {
      await hyperFormulaCalc()(model);
      for (const s of model.sheets) if (s.layout.zoom) s.layout.zoom = { scale: 100 };
    };
    const print = (await runSelfTest(ctx, ALL, noWait)).find((c) => c.title === "Print setup")!;
    expect(print.ok).toBe(false);
    expect(print.detail).toMatch(/zoom\.horizontalFitToPages: asked 1, Excel reports undefined/);
  }, 300_000);

  test("leaves the workbook as it was when Excel refuses any one of its commands", async () => {
    const probe = new FakeContext(await usersWorkbook());
    await runSelfTest(probe, ALL, noWait);
    // Deleting is the clean-up itself: refused, it is reported (never silently left), as the clean-up test shows.
    const commands = [...new Set(probe.log)].filter((c) => c !== "worksheet.delete");
    // The freeze's own commands are among them: copying the contract, renaming the copy, naming it.
    expect(commands).toEqual(expect.arrayContaining(["worksheet.copy", "worksheet.name", "names.add"]));
    expect(commands.length).toBeGreaterThan(20);
    for (const command of commands) {
      const model = await usersWorkbook();
      const before = snapshot(model);
      const ctx = new FakeContext(model);
      ctx.failOn = command;
      const checks = await runSelfTest(ctx, ALL, noWait);
      expect({ command, after: snapshot(model) }).toEqual({ command, after: before });
      // Refused inside the freeze, the freeze says so and undoes itself; anywhere else the run stops there.
      expect(checks.filter((c) => c.title === "Scratch sheets" || (c.title === "Freeze" && /refused/.test(c.detail)))).toEqual([expect.objectContaining({ ok: false })]);
      expect(checks.find((c) => c.title === "Clean-up")).toMatchObject({ ok: true });
    }
  });

  test("on an Excel that cannot copy sheets (before ExcelApi 1.10) it says the freeze was not run, and still repairs", async () => {
    const model = await usersWorkbook();
    const before = snapshot(model);
    const ctx = new FakeContext(model);
    const checks = await runSelfTest(ctx, requirementsUpTo("1.9"), noWait);
    expect(checks.find((c) => c.title === "Freeze")).toEqual({ title: "Freeze", ok: true, detail: expect.stringMatching(/^not run: this Excel cannot copy sheets/) });
    expect(ctx.log).not.toContain("worksheet.copy");
    expect(checks.find((c) => c.title === "Repair #NAME?")!.detail).toMatch(/1 cells re-entered|was entered again/);
    expect(snapshot(model)).toBe(before);
  }, 120_000);

  test("refuses to start on an Excel without the API it reads print setup with", async () => {
    const ctx = new FakeContext(await usersWorkbook());
    const checks = await runSelfTest(ctx, requirementsUpTo("1.8"), noWait);
    expect(checks).toEqual([{ title: "Excel version", ok: false, detail: expect.stringMatching(/ExcelApi 1\.9/) }]);
    expect(ctx.syncs).toBe(0);
  });

  test("writes a report a user can paste to support", () => {
    const text = reportText(
      [
        { title: "Functions", ok: true, detail: "17 worked examples equal the add-in's own figures to 1e-9." },
        { title: "Print setup", ok: false, detail: "zoom differs" },
      ],
      ["Excel on Windows 16.0.18000"],
    );
    expect(text.split("\n")).toEqual([
      "AIVALUE — Check this Excel",
      "Excel on Windows 16.0.18000",
      "Result: 1 of 2 checks failed.",
      "PASS  Functions: 17 worked examples equal the add-in's own figures to 1e-9.",
      "FAIL  Print setup: zoom differs",
    ]);
  });
});
