/*
 * The portfolio computed by HyperFormula with the AIVALUE plugin: the worked example's three
 * contracts summed by value chain, mandate, rung and capital call equal the same sums worked
 * out here from the contracts' inputs, each contract's line equals the contract's own outputs,
 * and the edge cases (ties, a contract outside the lists, a blank contract, no contract) say
 * what they are instead of misstating money.
 */
import { DetailedCellError } from "hyperformula";
import { parseRange } from "../../src/sheet/a1";
import type { TemplateSpec } from "../../src/sheet/spec";
import { FROZEN_MARK } from "../../src/boardpack/marks";
import { TEMPLATE_MARKS } from "../../src/templates/marks";
import { findContracts, livePortfolios, portfolio, PORTFOLIO_NAMES as PN } from "../../src/templates/portfolio";
import { ALL } from "../../src/templates/portfolio/names";
import { valueContract } from "../../src/templates/valueContract";
import { CONTRACT_ACTUAL_NAMES as A, CONTRACT_NAMES as C } from "../../src/templates/valueContract/names";
import { P as BLOCK } from "../../src/templates/portfolio/contracts";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE } from "../../src/templates/valueContract/examples";
import { exampleContract } from "../../src/templates/valueContract/variant";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { XlsxBook } from "../../scripts/xlsx/writer";
import type { Plan } from "../../src/sheet/plan";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";
import { CONTRACTS, byHand } from "./portfolioByHand";
import { trackerStandIn } from "../helpers/linkedSheets";

const lower = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));

describe("findContracts", () => {
  test("finds contracts by mark or, before marks, by their names; skips frozen copies; records the actuals' names each has", () => {
    const legacy = Object.values(C).filter((n) => n !== C.MasterCheck && n !== C.Benefits);
    const found = findContracts([
      { name: "Lead scoring", names: lower([TEMPLATE_MARKS.valueContract, A.ActualValueToDate, A.ActualMonths]) },
      { name: "Evidence Ladder", names: lower([TEMPLATE_MARKS.evidenceLadder]) },
      { name: "Old contract", names: lower(legacy) },
      { name: "Lead scoring (frozen)", names: lower([TEMPLATE_MARKS.valueContract, FROZEN_MARK]) },
    ]);
    expect(found.map((c) => c.sheet)).toEqual(["Lead scoring", "Old contract"]);
    expect([...found[0].has]).toEqual([A.ActualValueToDate, A.ActualMonths]);
    expect([...found[1].has]).toEqual([]);
  });
});

test("livePortfolios names the portfolio a refresh replaces, never a frozen copy nor a sheet without the mark", () => {
  expect(
    livePortfolios([
      { name: "Portfolio", names: lower([TEMPLATE_MARKS.portfolio, PN.MasterCheck]) },
      { name: "Portfolio (board)", names: lower([TEMPLATE_MARKS.portfolio, FROZEN_MARK]) },
      { name: "My portfolio notes", names: lower([PN.Planned]) },
    ]),
  ).toEqual(["Portfolio"]);
});

describe("the portfolio's shape", () => {
  test("with no contract: one clear line, its mark, and no formula that could err", () => {
    const sheet = portfolio([], "2026-11-27 09:00").sheets[0];
    const cells = sheet.blocks.flatMap((b) => b.cells.flat()).filter((c) => c !== undefined);
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    expect(cells.map((c) => c.v)).toContain("No value contracts in this workbook yet: insert one from the AI Value pane, then refresh the portfolio.");
    expect(sheet.names).toEqual([{ name: TEMPLATE_MARKS.portfolio, ref: "$A$1" }]);
  });

  test("reads the actuals only from a contract that has them, and leaves the others blank, never 0", () => {
    const spec = portfolio(
      [
        { sheet: "Old", has: new Set() },
        { sheet: "New one", has: new Set([A.ActualValueToDate, A.ActualMonths, A.ReforecastBreakeven, A.StopRule]) },
      ],
      "now",
    );
    const sheet = spec.sheets[0];
    const ref = (name: string) => parseRange(sheet.names.find((n) => n.name === name)!.ref);
    const cells = sheet.blocks[0].cells;
    const at = (name: string, i: number) => cells[ref(name).top - 1 + i][ref(name).left - 1];
    expect(at(ALL.realised, 0)).toEqual({ s: "calc" });
    expect(at(ALL.months, 0)?.v).toBe("not tracked");
    expect(at(ALL.realised, 1)?.f).toBe(`=IF(L${ref(ALL.realised).top + 1}>0,'New one'!${A.ActualValueToDate},"")`);
    expect(at(ALL.months, 1)?.f).toBe(`='New one'!${A.ActualMonths}`);
    const formulas = cells.flat().map((c) => c?.f ?? "").join("\n");
    expect(formulas).not.toMatch(/\bOld!Actual|\bOld!StopRule|\bOld!Reforecast/);
    expect(formulas).toContain(`=""&'New one'!${A.StopRule}`);
  });
});

const num = (v: unknown) => {
  if (typeof v !== "number") throw new Error(`not a number: ${JSON.stringify(v instanceof DetailedCellError ? v.value : v)}`);
  return v;
};
const close = (got: unknown, want: number) => expect(Math.abs(num(got) - want)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(want)));

describe("the worked example's portfolio in HyperFormula", () => {
  let book: LoadedWorkbook;
  let plan: Plan;
  const P = "Portfolio";
  beforeAll(async () => {
    const example = workedExample();
    plan = example.plans.find((p) => p.template === "portfolio")!;
    book = await loadIntoHyperFormula(await example.book.toBuffer());
  }, 60_000);
  afterAll(() => book?.hf.destroy());

  /** The block's cell of contract i in the column a name spans, or in a column of the block. */
  const cell = (column: string | number, i: number) => {
    const ref = (name: string) => parseRange(plan.sheets[0].names.find((n) => n.name === name)!.ref);
    const col = typeof column === "number" ? column : ref(column).left;
    return book.hf.getCellValue({ sheet: book.hf.getSheetId(P)!, row: ref(ALL.name).top - 1 + i, col: col - 1 });
  };

  test("reads the three contracts, whose verdicts differ", () => {
    expect(num(book.named(P, PN.Contracts))).toBe(3);
    CONTRACTS.forEach((c, i) => expect(cell(ALL.call, i)).toBe(c.verdict));
  });

  test("totals equal the sums over the contracts worked out from their inputs", () => {
    const sum = (f: (h: ReturnType<typeof byHand>) => number) => CONTRACTS.reduce((s, c) => s + f(c.hand), 0);
    close(book.named(P, PN.Planned), sum((h) => h.benefits));
    close(book.named(P, PN.Cost), sum((h) => h.cost));
    close(book.named(P, PN.Evidenced), sum((h) => h.evidenced));
    close(book.named(P, PN.Weighted), sum((h) => h.weighted));
    close(book.named(P, PN.ROI), (sum((h) => h.benefits) - sum((h) => h.cost)) / sum((h) => h.cost));
    const weak = CONTRACTS.filter((c) => ["None", "Technical", "Behavioural"].includes(c.hand.rung));
    close(book.named(P, PN.WeakEvidenceShare), weak.reduce((s, c) => s + c.hand.benefits, 0) / sum((h) => h.benefits));
    close(book.named(P, PN.RealisedToDate), sum((h) => h.realised ?? 0));
    expect(book.named(P, PN.MasterCheck)).toBe("OK");
  });

  test("each value chain and mandate row sums its own contracts", () => {
    const rows = book.hf.getSheetValues(book.hf.getSheetId(P)!);
    const groupRow = (label: string, nth = 0) => rows.filter((r) => r[0] === label)[nth];
    for (const key of ["chain", "mandate"] as const) {
      for (const label of new Set(CONTRACTS.map((c) => c.hand[key]))) {
        const mine = CONTRACTS.filter((c) => c.hand[key] === label);
        const row = groupRow(label);
        expect(row[1]).toBe(mine.length);
        close(row[2], mine.reduce((s, c) => s + c.hand.benefits, 0));
        close(row[3], mine.reduce((s, c) => s + c.hand.evidenced, 0));
        close(row[5], mine.reduce((s, c) => s + c.hand.cost, 0));
        close(row[6], mine.reduce((s, c) => s + c.hand.weighted, 0));
        // Realised to date sums the contracts with actuals, and is blank, never 0, where none has any.
        const actual = mine.filter((c) => c.hand.realised !== undefined);
        if (actual.length === 0) expect(row[4]).toBe("");
        else close(row[4], actual.reduce((s, c) => s + c.hand.realised!, 0));
      }
    }
    // Grow revenue holds two contracts at two rungs: its shares split their planned value.
    const grow = groupRow("Grow revenue");
    close(grow[11], CONTRACTS[0].hand.benefits / (CONTRACTS[0].hand.benefits + CONTRACTS[1].hand.benefits));
    close(grow[12], CONTRACTS[1].hand.benefits / (CONTRACTS[0].hand.benefits + CONTRACTS[1].hand.benefits));
  });

  test("each contract's line equals the contract's own outputs", () => {
    CONTRACTS.forEach((c, i) => {
      const own = (name: string) => book.named(c.sheet, name);
      expect(cell(ALL.planned, i)).toBe(own(C.Benefits));
      expect(cell(ALL.cost, i)).toBe(own(C.TotalCost));
      expect(cell(ALL.weighted, i)).toBe(own(C.WeightedValue));
      expect(cell(ALL.call, i)).toBe(own(C.Verdict));
      expect(cell(ALL.chain, i)).toBe(own(C.ValueChain));
      expect(cell(ALL.rung, i)).toBe(c.hand.rung);
      expect(cell(ALL.realised, i)).toBe(c.hand.realised === undefined ? "" : own(A.ActualValueToDate));
      if (c.hand.realised !== undefined) close(cell(ALL.realised, i), c.hand.realised);
      expect(cell(BLOCK.reforecast.index, i)).toBe(own(A.ReforecastBreakeven));
      close(cell(ALL.ret, i), c.hand.ret);
    });
  });

  test("ranks by evidence-weighted return per unit of cost and lists each call's contracts by it", () => {
    const ranks = CONTRACTS.map((_, i) => cell(BLOCK.rank.index, i));
    const byReturn = [...CONTRACTS].sort((a, b) => b.hand.ret - a.hand.ret);
    expect(ranks).toEqual(CONTRACTS.map((c) => byReturn.indexOf(c) + 1));
    const rows = book.hf.getSheetValues(book.hf.getSheetId(P)!);
    const scale = rows.find((r) => r[0] === "SCALE")!;
    expect(scale[13]).toBe(AGENT_EXAMPLE.contractName);
    expect(rows.find((r) => r[0] === "STOP")![13]).toBe("none");
  });
});

/** A workbook of contracts and the portfolio over them, computed. */
async function computed(contracts: TemplateSpec[]): Promise<{ book: LoadedWorkbook; value: (name: string) => unknown; rows: unknown[][] }> {
  const xlsx = new XlsxBook();
  const plans = contracts.map((c) => xlsx.insert(c));
  const sheets = plans.map((p) => ({ name: p.sheets[0].name, names: lower(p.sheets[0].names.map((n) => n.name)) }));
  xlsx.insert(portfolio(findContracts(sheets), "now"));
  const book = await loadIntoHyperFormula(await xlsx.toBuffer());
  return { book, value: (name) => book.named("Portfolio", name), rows: book.hf.getSheetValues(book.hf.getSheetId("Portfolio")!) };
}

describe("the portfolio's edge cases in HyperFormula", () => {
  test("equal returns share a rank, and both are listed under their call", async () => {
    const { book, rows } = await computed([exampleContract(AGENT_EXAMPLE), exampleContract({ ...AGENT_EXAMPLE, contractName: "Twin" })]);
    const block = rows.filter((r) => r[1] === "SCALE" && r[2] === "SCALE");
    expect(block.map((r) => r[4])).toEqual([1, 1]);
    expect(block.map((r) => r[23])).toEqual(["SCALE 1", "SCALE 2"]);
    expect(rows.find((r) => r[0] === "SCALE")![13]).toBe(`${AGENT_EXAMPLE.contractName}, Twin`);
    book.hf.destroy();
  }, 60_000);

  test("a tracker that says STOP moves its contract to STOP, whatever the verdict", async () => {
    const tracker = trackerStandIn([["2025-12-01", null]], "STOP");
    const { book, rows } = await computed([tracker, exampleContract(AGENT_EXAMPLE, { trackerSheet: "Measurement Tracker" })]);
    const line = rows.find((r) => r[0] === AGENT_EXAMPLE.contractName)!;
    expect({ call: line[1], verdict: line[2], stopRule: line[3] }).toEqual({ call: "STOP", verdict: "SCALE", stopRule: "STOP" });
    const stop = rows.find((r) => r[0] === "STOP")!;
    expect([stop[1], stop[13]]).toEqual([1, AGENT_EXAMPLE.contractName]);
    expect(rows.find((r) => r[0] === "SCALE")![1]).toBe(0);
    book.hf.destroy();
  }, 60_000);

  test("a contract outside the lists is counted under 'none' and flagged, its money still in the totals", async () => {
    const odd = exampleContract({ ...AGENT_EXAMPLE, inputs: { ...AGENT_EXAMPLE.inputs, ValueChain: "Pricing", Mandate: null } });
    const { book, value, rows } = await computed([odd, exampleContract(ASSISTANT_EXAMPLE)]);
    const none = rows.find((r) => r[0] === "No value chain, or one not in the list")!;
    expect(none[1]).toBe(1);
    close(none[2], byHand(AGENT_EXAMPLE).benefits);
    close(value(PN.Planned), byHand(AGENT_EXAMPLE).benefits + byHand(ASSISTANT_EXAMPLE).benefits);
    expect(value(PN.MasterCheck)).toBe("2 to resolve");
    book.hf.destroy();
  }, 60_000);

  test("a blank contract fails closed: the master check says so, nothing is summed as 0", async () => {
    const { book, value } = await computed([exampleContract(AGENT_EXAMPLE), valueContract({})]);
    expect(value(PN.MasterCheck)).not.toBe("OK");
    expect(value(PN.Contracts)).toBe(2);
    expect(value(PN.Planned)).toBe(byHand(AGENT_EXAMPLE).benefits);
    book.hf.destroy();
  }, 60_000);
});
