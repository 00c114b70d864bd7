/*
 * The portfolio at 200 contracts (a scale test): the spec stays inside Excel's limits; a
 * refresh reads the contracts' scoped names in two syncs and writes the sheet in the insert
 * path's one, every request and response under Excel on the web's 5 MB; and a generated
 * workbook of 200 real contracts, computed in HyperFormula, totals to the sums worked out by
 * hand from the contracts' inputs.
 */
import { insertTemplate } from "../../src/office/insert";
import { plan } from "../../src/sheet/plan";
import { findContracts, portfolio, PORTFOLIO_NAMES as PN } from "../../src/templates/portfolio";
import { MANDATES, VALUE_CHAINS, valueContract } from "../../src/templates/valueContract";
import { RUNG_NAMES } from "../../src/core/rungs";
import { CONTRACT_ACTUAL_NAMES } from "../../src/templates/valueContract/names";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE, type ContractExample } from "../../src/templates/valueContract/examples";
import { exampleContract } from "../../src/templates/valueContract/variant";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { FakeContext, SheetModel, WorkbookModel, requirementsUpTo } from "../helpers/excelFake";
import { byHand } from "./portfolioByHand";

const LIMIT = 5 * 1024 * 1024;
const N = 200;
/** Excel's specifications and limits. */
const EXCEL = { rows: 1_048_576, columns: 16_384, formulaChars: 8_192, textChars: 32_767 };

/** Contract k: a variant of one of the seeds' cases, in a value chain, mandate and rung of its own. */
function generated(k: number): ContractExample {
  const base = k % 2 === 0 ? AGENT_EXAMPLE : ASSISTANT_EXAMPLE;
  const scale = 1 + k / 100;
  const i = base.inputs as Record<string, number>;
  return {
    ...base,
    contractName: `Contract ${k + 1}`,
    inputs: {
      ...base.inputs,
      ValueChain: VALUE_CHAINS[k % VALUE_CHAINS.length],
      Mandate: MANDATES[k % MANDATES.length],
      EvidenceLevel: RUNG_NAMES[k % RUNG_NAMES.length],
      IncrementalRevenue: i.IncrementalRevenue * scale,
      HoursReleased: i.HoursReleased * scale,
      MonthlyValue: i.MonthlyValue * scale,
    },
  };
}

test(`${N} contracts: inside Excel's limits, a refresh in three syncs under 5 MB each`, async () => {
  // A workbook of N contracts as Excel holds them: each sheet with the scoped names a contract defines,
  // every other one inserted before actuals existed (without their names).
  const names = valueContract({ example: true }).sheets[0].names;
  const actual = new Set<string>(Object.values(CONTRACT_ACTUAL_NAMES));
  const model = new WorkbookModel();
  for (let k = 0; k < N; k++) {
    const sheet = new SheetModel(k === 0 ? "Value Contract" : `Value Contract (${k + 1})`);
    sheet.names = names.filter((n) => k % 2 === 0 || !actual.has(n.name)).map((n) => ({ ...n }));
    model.sheets.push(sheet);
  }
  const ctx = new FakeContext(model);

  // What a refresh reads (as the board summary does): the sheets, then their scoped names.
  const worksheets = ctx.workbook.worksheets.load("items/name");
  await ctx.sync();
  const loaded = worksheets.items.map((ws) => ws.names.load("items/name"));
  await ctx.sync();
  const contracts = findContracts(worksheets.items.map((ws, i) => ({ name: ws.name, names: new Set(loaded[i].items.map((n) => n.name.toLowerCase())) })));
  expect(contracts).toHaveLength(N);
  expect(contracts.filter((c) => c.has.size > 0)).toHaveLength(N / 2);

  const spec = portfolio(contracts, "2026-11-27 09:00");
  const sheet = plan(spec, { sheetNames: model.sheets.map((s) => s.name), tableNames: [] }).sheets[0];
  const cells = sheet.blocks.flatMap((b) => b.contents.flat());
  const formulas = cells.flatMap((c) => (c.kind === "formula" ? [c.formula] : []));
  const [, bottom] = sheet.page.printArea.split(":");
  expect(Number(bottom.replace(/\D/g, ""))).toBeLessThan(EXCEL.rows);
  expect(Math.max(...sheet.blocks.map((b) => b.contents[0].length))).toBeLessThan(EXCEL.columns);
  expect(Math.max(...formulas.map((f) => f.length))).toBeLessThan(EXCEL.formulaChars);
  expect(Math.max(...cells.map((c) => (c.kind === "value" ? String(c.value).length : 0)))).toBeLessThan(EXCEL.textChars);

  const before = ctx.syncs;
  await insertTemplate(ctx, spec, {}, requirementsUpTo("1.12"));
  const write = ctx.syncs - before;
  // insertTemplate reads the names again (one sync), adds the sheet (one) and writes (one): a refresh needs only the write.
  expect(write).toBe(3);
  expect(Math.max(...ctx.requestBytes)).toBeLessThan(LIMIT);
  expect(Math.max(...ctx.responseBytes)).toBeLessThan(LIMIT);
  const mb = (n: number) => `${(n / 1048576).toFixed(2)} MB (${n} bytes)`;
  console.log(
    `${N} contracts: ${formulas.length} portfolio formulas (longest ${Math.max(...formulas.map((f) => f.length))} characters); ` +
      `reading the names ${mb(ctx.responseBytes[1])} in 2 syncs; writing the sheet ${mb(ctx.requestBytes[ctx.requestBytes.length - 1])} in 1 sync; ` +
      `largest request ${mb(Math.max(...ctx.requestBytes))}, largest response ${mb(Math.max(...ctx.responseBytes))}`,
  );
}, 120_000);

test(`${N} generated contracts computed in HyperFormula total to the sums worked out by hand`, async () => {
  const examples = Array.from({ length: N }, (_, k) => generated(k));
  const book = new XlsxBook();
  const plans = examples.map((ex) => book.insert(exampleContract(ex, { horizonMonths: 24 })));
  const sheets = plans.map((p) => ({ name: p.sheets[0].name, names: new Set(p.sheets[0].names.map((n) => n.name.toLowerCase())) }));
  book.insert(portfolio(findContracts(sheets), "2026-11-27 09:00"));
  const engine = await loadIntoHyperFormula(await book.toBuffer());
  const hand = examples.map(byHand);
  const sum = (f: (h: (typeof hand)[number]) => number) => hand.reduce((s, h) => s + f(h), 0);
  const close = (name: string, want: number) => {
    const got = engine.named("Portfolio", name) as number;
    expect({ name, diff: Math.abs(got - want) <= 1e-9 * Math.abs(want) }).toEqual({ name, diff: true });
  };
  expect(engine.named("Portfolio", PN.Contracts)).toBe(N);
  close(PN.Planned, sum((h) => h.benefits));
  close(PN.Evidenced, sum((h) => h.evidenced));
  close(PN.Cost, sum((h) => h.cost));
  close(PN.Weighted, sum((h) => h.weighted));
  close(PN.WeakEvidenceShare, hand.filter((h) => ["None", "Technical", "Behavioural"].includes(h.rung)).reduce((s, h) => s + h.benefits, 0) / sum((h) => h.benefits));
  expect(engine.named("Portfolio", PN.MasterCheck)).toBe("OK");
  engine.hf.destroy();
}, 600_000);
