/*
 * The monthly board routine, model-based (fast-check commands): over 12 simulated months a
 * planner inserts templates, types inputs, renames and protects sheets, links a deck to
 * frozen copies and the summary, duplicates a copy by hand, freezes and refreshes the
 * summary and the portfolio, opens the workbook where Excel left AIVALUE formulas stuck
 * (#NAME? or `_xldudf_`) and repairs them, while a co-author adds sheets between syncs and Excel refuses a random command.
 * After every step: nothing the user made or kept is deleted or changed, no formula in
 * them became #REF!, every frozen copy just made holds no AIVALUE dependency, the log
 * lists each copy by id with as many rows as cells frozen, and the pane's message is true.
 */
import fc from "fast-check";
import { aivalueDependents } from "../../src/boardpack/portability";
import { canonicalFormula } from "../../src/boardpack/canonical";
import { freezeMessage, summaryMessage } from "../../src/boardpack/messages";
import { freezeSheets, scanForBoardPack } from "../../src/office/freeze";
import { insertTemplate } from "../../src/office/insert";
import { refreshPortfolio } from "../../src/office/portfolio";
import { repairStuckFormulas } from "../../src/office/repair";
import { scanWorkbook } from "../../src/office/scan";
import { refreshBoardSummary } from "../../src/office/summary";
import { quoteSheet } from "../../src/sheet/a1";
import { evidenceLadder } from "../../src/templates/evidenceLadder";
import { valueContract } from "../../src/templates/valueContract";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";

const ALL = requirementsUpTo("1.12");
// 20 runs took 164 s of CPU (1,039 steps), so 200 take about 27 CPU-minutes: npm test runs 5,
// ROUTINE_RUNS=200 npx jest test/office/boardPackRoutine runs the full count.
const RUNS = Number(process.env.ROUTINE_RUNS ?? 5);
// npm test replays one seed, so CI is reproducible; ROUTINE_SEED=random explores, and
// ROUTINE_SEED with ROUTINE_PATH (and ROUTINE_REPLAY, the commands' replayPath) replays one
// counterexample as fast-check printed it. Found
// so far and fixed: seed -2060079269 (a renamed source's backup copy left behind by a
// refused re-freeze); seed 721695622 path "10:0:0:0:0:4:1:1:1:1:2:2:1:1:1:3:2:6" replay "3E:B".
const SEED = process.env.ROUTINE_SEED === "random" ? undefined : Number(process.env.ROUTINE_SEED ?? 15381811);
const PATH = process.env.ROUTINE_PATH;
const MONTHS = 12;

class Routine {
  model = new WorkbookModel();
  /** Sheets the user made or kept, by id, with what they held after the user's last step. */
  user = new Map<string, string>();
  month = 0;
  failNext?: number;
  coAuthorAt?: number;
  coAuthors = 0;
  /** Sheets co-authors added: theirs, not the add-in's doing. */
  theirs = new Set<string>();
  steps = 0;

  /** The workbook as the add-in must leave it when refused: co-authors' sheets aside. */
  state(): string {
    const m = this.model.clone();
    m.sheets = m.sheets.filter((s) => !this.theirs.has(s.id));
    return m.state();
  }

  private look(s: SheetModel): string {
    const cells = [...s.cells].filter(([, c]) => c.formula !== undefined || (c.value !== undefined && c.value !== "")).sort(([a], [b]) => a.localeCompare(b));
    return JSON.stringify({ name: s.name, cells: cells.map(([ref, c]) => [ref, c.formula ?? c.value]), names: s.names, protected: s.protected });
  }

  /** After a step of the user's: what each of their sheets holds now is what must survive. */
  own(s?: SheetModel): void {
    if (s) this.user.set(s.id, "");
    for (const id of this.user.keys()) {
      const sheet = this.model.sheets.find((x) => x.id === id);
      if (sheet) this.user.set(id, this.look(sheet));
    }
  }

  now(): Date {
    return new Date(2026, this.month, 20, 9, 30 + this.steps++);
  }

  /** A context as Excel.run gives one, with the refusal and the co-author queued for it. */
  context(): FakeContext {
    const ctx = new FakeContext(this.model);
    if (this.failNext !== undefined) ctx.failAt = this.failNext;
    const at = this.coAuthorAt;
    if (at !== undefined) {
      ctx.beforeSync = (n) => {
        if (n !== at) return;
        const s = new SheetModel(`Co-author ${++this.coAuthors}`);
        s.cell("A1").value = "their numbers";
        this.model.sheets.push(s);
        this.theirs.add(s.id);
        this.user.set(s.id, this.look(s));
      };
    }
    this.failNext = undefined;
    this.coAuthorAt = undefined;
    return ctx;
  }

  /** The invariants that hold after every step. */
  check(): void {
    for (const [id, look] of this.user) {
      const s = this.model.sheets.find((x) => x.id === id);
      expect(s ? this.look(s) : `deleted ${look.slice(0, 60)}`).toBe(look);
      for (const c of s!.cells.values()) expect(c.formula ?? "").not.toContain("#REF!");
    }
    expect(this.model.sheets.filter((s) => s.name.startsWith("~AIVALUE"))).toEqual([]);
  }
}

type Cmd = fc.AsyncCommand<object, Routine>;
const cmd = (label: string, run: (r: Routine) => Promise<void>): Cmd => ({
  check: () => true,
  run: async (_m, r) => {
    await run(r);
    r.check();
  },
  toString: () => label,
});

const contracts = (r: Routine) => r.model.sheets.filter((s) => s.names.some((n) => n.name === "AIVALUE_ValueContract") && !s.names.some((n) => n.name === "AIVALUE_FrozenFrom"));
const frozenCopies = (r: Routine) => r.model.sheets.filter((s) => s.names.some((n) => n.name === "AIVALUE_FrozenFrom") && !r.user.has(s.id));
const pick = <T>(xs: T[], i: number): T | undefined => (xs.length ? xs[i % xs.length] : undefined);

/** Contracts and ladders a workbook gets at most: enough for every interaction, small enough for 200 runs. */
const MAX_TEMPLATES = 3;

const insert = (kind: "contract" | "ladder", name: string) =>
  cmd(`insert ${kind} ${name}`, async (r) => {
    if (r.model.sheets.filter((s) => s.names.some((n) => n.name === "AIVALUE_ValueContract" || n.name === "AIVALUE_EvidenceLadder")).length >= MAX_TEMPLATES) return;
    const spec = kind === "contract" ? valueContract({ contractName: name, example: true }) : evidenceLadder({ example: true });
    const ctx = new FakeContext(r.model);
    await insertTemplate(ctx, spec, { example: true }, ALL);
    // Excel calculates: every formula shows a value the freeze can read.
    r.model.sheets.forEach((s) => s.cells.forEach((c) => c.formula !== undefined && c.value === undefined && (c.value = 1)));
    r.model.sheets.filter((s) => !r.user.has(s.id) && !s.names.some((n) => n.name.startsWith("AIVALUE_") && n.name !== "AIVALUE_ValueContract" && n.name !== "AIVALUE_EvidenceLadder")).forEach((s) => r.user.set(s.id, ""));
    r.own();
  });

const typeInput = (i: number, text: string) =>
  cmd(`type ${text}`, async (r) => {
    const s = pick(contracts(r), i);
    if (!s || s.protected) return;
    const ctx = new FakeContext(r.model);
    ctx.workbook.worksheets.getItem(s.id).getRange(s.names.find((n) => n.name === "Owner")!.ref).formulas = [[text]];
    await ctx.sync();
    r.own();
  });

const rename = (i: number, to: string, copy: boolean) =>
  cmd(`rename ${copy ? "a frozen copy" : "a sheet"} to ${to}`, async (r) => {
    const s = copy ? pick(frozenCopies(r), i) : pick(r.model.sheets.filter((x) => r.user.has(x.id)), i);
    if (!s || r.model.sheets.some((x) => x.name.toLowerCase() === to.toLowerCase())) return;
    const ctx = new FakeContext(r.model);
    ctx.workbook.worksheets.getItem(s.id).name = to;
    await ctx.sync();
    r.own(s);
  });

const protect = (i: number, copy: boolean) =>
  cmd(`protect ${copy ? "a frozen copy" : "a sheet"}`, async (r) => {
    const s = copy ? pick(frozenCopies(r), i) : pick(contracts(r), i);
    if (!s) return;
    s.protected = true;
    r.own(s);
  });

const link = (i: number) =>
  cmd("link the deck", async (r) => {
    const target = pick([...frozenCopies(r), ...r.model.sheets.filter((s) => s.names.some((n) => n.name === "AIVALUE_BoardSummary"))], i);
    if (!target) return;
    let deck = r.model.sheets.find((s) => s.name === "Deck");
    if (!deck) {
      deck = new SheetModel("Deck");
      r.model.sheets.push(deck);
    }
    deck.cell(`A${deck.cells.size + 1}`).formula = `=${quoteSheet(target.name)}!B5`;
    r.own(deck);
  });

const duplicate = (i: number) =>
  cmd("duplicate a frozen copy", async (r) => {
    const s = pick(frozenCopies(r), i);
    if (!s) return;
    const ctx = new FakeContext(r.model);
    const copy = ctx.workbook.worksheets.getItem(s.id).copy("End").load("id");
    await ctx.sync();
    r.own(r.model.sheet(copy.id));
  });

const refuse = (k: number) => cmd(`refuse command ${k}`, async (r) => void (r.failNext = k));
const coAuthor = (n: number) => cmd(`co-author at sync ${n}`, async (r) => void (r.coAuthorAt = n));

/** Freeze what the pane offers (all, or some), and check the outcome and the message. */
const freeze = (mask: number) =>
  cmd(`freeze ${mask}`, async (r) => {
    const offered = (await scanForBoardPack(new FakeContext(r.model), ALL)).perSheet.map((p) => p.sheet);
    const chosen = offered.filter((_, i) => mask === 0 || (mask >> i) & 1);
    if (chosen.length === 0) return;
    // Only a refusal or a protected sheet can stop a freeze: only then is the whole workbook compared.
    const before = r.failNext !== undefined || chosen.some((n) => r.model.sheet(n).protected) ? r.state() : undefined;
    const ids = new Set(r.model.sheets.map((s) => s.id));
    const result = await freezeSheets(r.context(), chosen, ALL, r.now()).catch((e: Error) => e);
    if (result instanceof Error) {
      expect(result.message).toMatch(/the workbook is as it was|Nothing was changed/);
      expect(before !== undefined && r.state() === before).toBe(true);
      return;
    }
    const message = freezeMessage(result);
    const log = r.model.sheet(result.log);
    const scan = await scanWorkbook(new FakeContext(r.model), ALL);
    const live = new Set(aivalueDependents(scan.sheets, scan.workbookNames).map((d) => d.sheet));
    for (const c of result.copies) {
      const sheet = r.model.sheet(c.copy);
      expect(live.has(c.copy)).toBe(false);
      expect(c.updated).toBe(ids.has(sheet.id));
      expect(message).toContain(`“${c.copy}” (${c.updated ? "refreshed in place" : "new"}`);
      const rows = [...log.cells].filter(([ref, cell]) => ref.startsWith("G") && cell.value === sheet.id);
      const dated = rows.filter(([ref]) => log.cells.get(`A${ref.slice(1)}`)?.value === result.asOf);
      // No formula here spills, so the log has a row for every frozen cell.
      expect(dated.length).toBe(c.frozen);
    }
  });

const summary = cmd("refresh the summary", async (r) => {
  const before = r.failNext !== undefined ? r.state() : undefined;
  const result = await refreshBoardSummary(r.context(), ALL, r.now()).catch((e: Error) => e);
  if (result instanceof Error) {
    // A new summary refused is removed; one refreshed in place is part-written, and says so.
    expect(result.message).toMatch(/part-written\. Refresh it again|InvalidArgument/);
    if (!/part-written/.test(result.message)) expect(before !== undefined && r.state() === before).toBe(true);
    return;
  }
  expect(summaryMessage(result)).toContain(`lists ${result.contracts.length} value contract`);
  expect(result.contracts).toEqual(contracts(r).map((s) => s.name));
});

/** Excel calculated the workbook before the add-in loaded: a contract's AIVALUE cell is left stuck (office-js #6611, #3558). */
const stick = (i: number, orphan: boolean) =>
  cmd(`stick an AIVALUE cell${orphan ? " as _xldudf_" : ""}`, async (r) => {
    const s = pick(contracts(r), i);
    const cell = s && [...s.cells.values()].find((c) => /^=AIVALUE\.\w+\(/.test(c.formula ?? ""));
    if (!cell) return;
    if (orphan) cell.formula = cell.formula!.replace(/AIVALUE\.(\w+)\(/, "_xldudf_AIVALUE_$1(");
    cell.value = "#NAME?";
    cell.valueType = "Error";
    r.own();
  });

/** Repair: only stuck cells change, each to its canonical formula; nothing on a protected sheet. */
const repair = cmd("repair #NAME?", async (r) => {
  const before = new Map(r.model.sheets.map((s) => [s.id, new Map([...s.cells].map(([ref, c]) => [ref, c.formula]))]));
  const scan = await scanWorkbook(new FakeContext(r.model), ALL);
  const result = await repairStuckFormulas(r.context(), scan).catch((e: Error) => e);
  for (const s of r.model.sheets) {
    for (const [ref, c] of s.cells) {
      const was = before.get(s.id)?.get(ref);
      if (c.formula === was) continue;
      expect(s.protected).toBe(false);
      expect(c.formula).toBe(canonicalFormula(was!));
    }
  }
  // Excel binds each re-entered formula (written again even when its text was already canonical) and calculates it.
  r.model.sheets.forEach((s) => s.cells.forEach((c) => c.formula !== undefined && c.value === undefined && ((c.value = 1), delete c.valueType)));
  if (!(result instanceof Error)) {
    const stuck = (s: SheetModel) => [...s.cells.values()].filter((c) => /_xldudf_/i.test(c.formula ?? "") || (c.value === "#NAME?" && /AIVALUE\./.test(c.formula ?? "")));
    for (const s of r.model.sheets) if (!s.protected) expect(stuck(s)).toEqual([]);
    for (const p of result.protectedSheets) expect(r.model.sheet(p.sheet).protected).toBe(true);
  }
  r.own();
});

const portfolioRefresh = cmd("refresh the portfolio", async (r) => {
  const before = r.failNext !== undefined ? r.state() : undefined;
  const result = await refreshPortfolio(r.context(), ALL, r.now()).catch((e: Error) => e);
  if (result instanceof Error) {
    expect(result.message).toMatch(/part-written\. Refresh it again|InvalidArgument/);
    if (!/part-written/.test(result.message)) expect(before !== undefined && r.state() === before).toBe(true);
    return;
  }
  expect(result.contracts).toEqual(contracts(r).map((s) => s.name));
});

const NAMES = ["Q1", "FY2026", "École", "R2D2", "VC Nov board pack", "计划", "TRUE", "AI1", "Pipeline 📈📈📈📈📈📈📈📈📈📈"];

const commands = [
  fc.constantFrom("Lead scoring", "Invoice matching", "-Draft", "67%", "=1+1").map((n) => insert("contract", n)),
  fc.constant(insert("ladder", "")),
  fc.tuple(fc.nat(), fc.constantFrom("Ana", "67%", "TRUE", "3/4", "#N/A", "-x")).map(([i, t]) => typeInput(i, t)),
  fc.tuple(fc.nat(), fc.constantFrom(...NAMES), fc.boolean()).map(([i, n, c]) => rename(i, n, c)),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, c]) => protect(i, c)),
  fc.nat().map(link),
  fc.nat().map(duplicate),
  fc.nat({ max: 400 }).map(refuse),
  fc.nat({ max: 12 }).map(coAuthor),
  fc.nat({ max: 7 }).map(freeze),
  fc.constant(summary),
  fc.tuple(fc.nat(), fc.boolean()).map(([i, o]) => stick(i, o)),
  fc.constant(repair),
  fc.constant(portfolioRefresh),
];

test(`the monthly routine, ${RUNS} runs of ${MONTHS} months`, async () => {
  const started = process.cpuUsage();
  let steps = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(fc.commands(commands, { maxCommands: 5, replayPath: process.env.ROUTINE_REPLAY }), { minLength: MONTHS, maxLength: MONTHS }), async (months) => {
      const routine = new Routine();
      for (const [m, month] of months.entries()) {
        routine.month = m;
        await fc.asyncModelRun(() => ({ model: {}, real: routine }), month);
        // The month's end: freeze what the pane offers, then refresh the summary.
        await freeze(0).run({}, routine);
        await summary.run({}, routine);
        steps += [...month].length + 2;
      }
    }),
    { numRuns: RUNS, seed: SEED, path: PATH },
  );
  const cpu = process.cpuUsage(started);
  console.log(`${RUNS} runs × ${MONTHS} months, ${steps} steps, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU`);
}, 3_600_000);
