/*
 * The Templates tab's "Upgrade contracts" in Chromium against the fake Office host: a contract the
 * previous version inserted (the committed fixture) gets its actuals in one Excel.run of four
 * syncs, the message says which contract, nothing else changes, a second click leaves it alone,
 * and a refused write leaves the workbook as it was and says so.
 */
import type { Page } from "playwright-core";
import { paneTests } from "../../harness/browser";
import { contractBeforeActuals, type SheetPicture } from "../helpers/legacyContract";
import type { SheetModel } from "../helpers/excelFake";
import { cellAt, inHost, snapshot, steer } from "./host";

jest.setTimeout(120_000);

const pane = paneTests();

/** Puts the previous version's contract into the page's workbook, as test/helpers/legacyContract does in Node. */
function seed(page: Page): Promise<void> {
  return inHost(
    page,
    (h, p: SheetPicture) => {
      const Sheet = h.model.sheets[0].constructor as new (name: string) => SheetModel;
      const s = new Sheet(p.name);
      s.names = p.names.map((n) => ({ name: n.slice(0, n.indexOf("=")), ref: n.slice(n.indexOf("=") + 1) }));
      s.charts = p.charts.map((c) => JSON.parse(c));
      for (const line of p.cells) {
        const parts = line.split(" | ");
        const content = parts.slice(1, -2).join(" | ");
        const cell = s.cell(parts[0]);
        if (content.startsWith("=")) cell.formula = content;
        else if (content !== "null") cell.value = JSON.parse(content);
      }
      h.model.sheets.push(s);
    },
    contractBeforeActuals(),
  );
}

const names = (page: Page) => inHost(page, (h) => h.model.sheet("Value Contract").names.map((n) => n.name));

describe("Upgrade contracts in the task pane", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
    await seed(page);
  });

  afterEach(async () => {
    await page?.close();
  });

  test("adds actuals to the earlier contract in four syncs, says so, and leaves it alone the second time", async () => {
    const before = (await snapshot(page)).runs.length;
    const verdict = await cellAt(page, "Value Contract", "B79");
    await page.getByTestId("upgrade-contracts").click();
    await page.getByText("Added actuals to “Value Contract”.").waitFor();
    expect((await snapshot(page)).runs.slice(before)).toEqual([4]);
    expect(await names(page)).toEqual(expect.arrayContaining(["ActualValue", "ActualCost", "ReforecastBreakeven", "StopRule", "AllocationKey"]));
    expect(await cellAt(page, "Value Contract", "B79")).toEqual(verdict);
    expect(await cellAt(page, "Budget", "A1")).toEqual({ value: "Existing data" });
    await page.getByText("the print area is as it was").waitFor();

    await page.getByTestId("upgrade-contracts").click();
    await page.getByText("No contract was changed.").waitFor();
    await page.getByText("Already with actuals, left alone: “Value Contract”.").waitFor();
    expect((await snapshot(page)).runs.slice(before)).toEqual([4, 2]);
  });

  test("a write Excel refuses part-way leaves the contract as it was and says what happened", async () => {
    const before = await names(page);
    await steer(page, { failNext: "chart.setPosition" });
    await page.getByTestId("upgrade-contracts").click();
    await page.getByText("Not upgraded.").waitFor();
    await page.getByText(/Nothing was changed/).waitFor();
    expect(await names(page)).toEqual(before);
    expect(await cellAt(page, "Value Contract", "J137")).toBeUndefined();
  });
});
