/*
 * Sheets are found by what they are, not by what they are called: each template marks its
 * sheet with a scoped name and defines every name it exports, and the board summary still
 * lists a contract whose sheet was renamed.
 */
import { insertTemplate } from "../../src/office/insert";
import { refreshBoardSummary } from "../../src/office/summary";
import { TEMPLATES } from "../../src/templates";
import { isEvidenceLadder, LADDER_NAMES } from "../../src/templates/evidenceLadder";
import { isValueContract } from "../../src/templates/boardSummary";
import { MARK_REF, TEMPLATE_MARKS } from "../../src/templates/marks";
import { PRICE_BOOK_NAMES } from "../../src/templates/priceBook";
import { CONTRACT_NAMES, valueContract } from "../../src/templates/valueContract";
import { WORKFLOW_NAMES } from "../../src/templates/workflowCost";
import { TRACKER_NAMES } from "../../src/templates/measurementTracker";
import { FakeContext, requirementsUpTo } from "../helpers/excelFake";

const EXPORTED = { valueContract: CONTRACT_NAMES, evidenceLadder: LADDER_NAMES, workflowCost: WORKFLOW_NAMES, priceBook: PRICE_BOOK_NAMES, measurementTracker: TRACKER_NAMES };

describe.each(Object.keys(TEMPLATES) as (keyof typeof TEMPLATES)[])("%s", (id) => {
  const names = TEMPLATES[id]({ example: true }).sheets[0].names;

  test("marks its sheet with its own scoped name on A1", () => {
    expect(names).toContainEqual({ name: TEMPLATE_MARKS[id], ref: MARK_REF });
    const others = Object.entries(TEMPLATE_MARKS).filter(([other]) => other !== id);
    for (const [, mark] of others) expect(names.map((n) => n.name)).not.toContain(mark);
  });

  test("defines every name it exports, each once", () => {
    const defined = names.map((n) => n.name);
    for (const name of Object.values(EXPORTED[id])) expect(defined.filter((n) => n === name)).toHaveLength(1);
  });
});

test("the board summary finds a contract by its mark after the sheet is renamed", async () => {
  const ctx = new FakeContext();
  const all = requirementsUpTo("1.12");
  await insertTemplate(ctx, valueContract({ contractName: "Invoice matching" }), {}, all);
  ctx.model.sheet("Value Contract").name = "Invoices Q3";
  const result = await refreshBoardSummary(ctx, all, new Date(2026, 10, 27, 9, 0));
  expect(result.contracts).toEqual(["Invoices Q3"]);
  expect(ctx.model.sheet("Board Summary").cells.get("A5")?.formula).toBe(`='Invoices Q3'!${CONTRACT_NAMES.ContractName}`);
});

// Sheets inserted before marks existed carry the names their readers use but no mark;
// upgrading the add-in must not drop them from the summary or from the ladder list.
const unmark = (ctx: FakeContext, sheet: string) => {
  const s = ctx.model.sheet(sheet);
  s.names = s.names.filter((n) => !Object.values(TEMPLATE_MARKS).includes(n.name as never));
};

test("a contract inserted before marks existed is still on the board summary", async () => {
  const ctx = new FakeContext();
  const all = requirementsUpTo("1.12");
  await insertTemplate(ctx, valueContract({ contractName: "Legacy" }), {}, all);
  unmark(ctx, "Value Contract");
  const result = await refreshBoardSummary(ctx, all, new Date(2026, 10, 27, 9, 0));
  expect(result.contracts).toEqual(["Value Contract"]);
});

test("a ladder is recognised by its mark, or without one by the RungReached a contract links to", () => {
  const lower = (names: string[]) => new Set(names.map((n) => n.toLowerCase()));
  expect(isEvidenceLadder(lower([TEMPLATE_MARKS.evidenceLadder]))).toBe(true);
  expect(isEvidenceLadder(lower([LADDER_NAMES.RungReached, LADDER_NAMES.LadderFor]))).toBe(true);
  expect(isEvidenceLadder(lower([TEMPLATE_MARKS.valueContract, ...Object.values(CONTRACT_NAMES)]))).toBe(false);
  expect(isValueContract(lower(Object.values(LADDER_NAMES)))).toBe(false);
});
