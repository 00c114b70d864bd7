/*
 * "Check this Excel" against the recording fake with a real formula engine behind it
 * (HyperFormula and the AIVALUE plugin): it passes where Excel computes as the add-in
 * expects, names what differs where it does not, and leaves the workbook exactly as it was
 * — also when Excel refuses any one of its commands.
 */
import { runSelfTest } from "../../src/office/selfTest";
import { reportText } from "../../src/office/selfTestChecks";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { hyperFormulaCalc } from "../helpers/fakeCalc";

const ALL = requirementsUpTo("1.9");
const noWait = { wait: () => Promise.resolve() };

/** A user's workbook: a sheet of their own, and one whose name the self-test would like to use. */
function usersWorkbook(): WorkbookModel {
  const model = new WorkbookModel();
  const plan = new SheetModel("Plan");
  plan.cell("A1").value = "Budget";
  plan.cell("B1").value = 1200;
  plan.cell("B2").formula = "=B1*2";
  const taken = new SheetModel("AIVALUE check functions");
  taken.cell("A1").value = "mine";
  model.sheets.push(plan, taken);
  model.active = "Plan";
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
    const model = usersWorkbook();
    const before = snapshot(model);
    const ctx = new FakeContext(model);
    ctx.calculate = hyperFormulaCalc({ busyFor: 4 });
    const steps: string[] = [];
    const checks = await runSelfTest(ctx, ALL, { ...noWait, onStep: (s) => steps.push(s) });
    expect(checks.filter((c) => !c.ok)).toEqual([]);
    expect(checks.map((c) => c.title)).toEqual(["Functions", "Error codes", "Templates", "Names", "Print setup", "Clean-up"]);
    expect(checks[0].detail).toMatch(/^17 worked examples/);
    // Read names, write, three reads (the engine answers #BUSY! through the first two), remove, confirm.
    expect(ctx.syncs).toBe(7);
    expect(steps.filter((s) => s.startsWith("Waiting"))).toHaveLength(3);
    expect(snapshot(model)).toBe(before);
    expect(Math.max(...ctx.requestBytes, ...ctx.responseBytes)).toBeLessThan(5_000_000);
  }, 120_000);

  test("names the function whose result differs from the add-in's own figure", async () => {
    const ctx = new FakeContext(usersWorkbook());
    ctx.calculate = hyperFormulaCalc({
      tamper: (_sheet, _ref, formula, value) => (/^=AIVALUE\.BREAKEVEN\(300/.test(formula) && typeof value === "number" ? value + 0.01 : value),
    });
    const checks = await runSelfTest(ctx, ALL, noWait);
    const functions = checks.find((c) => c.title === "Functions")!;
    expect(functions.ok).toBe(false);
    expect(functions.detail).toMatch(/1 of 17 differ: =AIVALUE\.BREAKEVEN\(/);
    expect(checks.find((c) => c.title === "Clean-up")!.ok).toBe(true);
  }, 120_000);

  test("says so when the functions never finish, and still cleans up", async () => {
    const model = usersWorkbook();
    const before = snapshot(model);
    const ctx = new FakeContext(model);
    ctx.calculate = hyperFormulaCalc({ busyFor: 99 });
    const checks = await runSelfTest(ctx, ALL, { ...noWait, maxPolls: 2 });
    expect(checks[0]).toEqual({ title: "Calculation", ok: false, detail: expect.stringMatching(/still calculating after 2 reads/) });
    expect(checks.find((c) => c.title === "Functions")!.ok).toBe(false);
    expect(snapshot(model)).toBe(before);
  }, 120_000);

  test("reports print setup Excel did not keep (office-js #1860: fit-to-page can be a no-op)", async () => {
    const ctx = new FakeContext(usersWorkbook());
    ctx.calculate = async (model) => {
      await hyperFormulaCalc()(model);
      for (const s of model.sheets) if (s.layout.zoom) s.layout.zoom = { scale: 100 };
    };
    const print = (await runSelfTest(ctx, ALL, noWait)).find((c) => c.title === "Print setup")!;
    expect(print.ok).toBe(false);
    expect(print.detail).toMatch(/zoom\.horizontalFitToPages: asked 1, Excel reports undefined/);
  }, 120_000);

  test("leaves the workbook as it was when Excel refuses any one of its commands", async () => {
    const probe = new FakeContext(usersWorkbook());
    await runSelfTest(probe, ALL, noWait);
    const commands = [...new Set(probe.log)].filter((c) => c !== "worksheet.delete");
    expect(commands.length).toBeGreaterThan(15);
    for (const command of commands) {
      const model = usersWorkbook();
      const before = snapshot(model);
      const ctx = new FakeContext(model);
      ctx.failOn = command;
      const checks = await runSelfTest(ctx, ALL, noWait);
      expect({ command, after: snapshot(model) }).toEqual({ command, after: before });
      expect(checks.find((c) => c.title === "Scratch sheets")).toMatchObject({ ok: false });
      expect(checks.find((c) => c.title === "Clean-up")).toMatchObject({ ok: true });
    }
  });

  test("refuses to start on an Excel without the API it reads print setup with", async () => {
    const ctx = new FakeContext(usersWorkbook());
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
