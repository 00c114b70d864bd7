/*
 * The Value Contract card's actuals pickers in Chromium against the fake Office host: a tracker
 * inserted by the pane and an AI Billing sheet already in the workbook are offered, the allocation
 * key is picked from the keys billed there from the keyboard, and the new contract's formulas read
 * them; a typed key with odd characters goes in as text; a sheet deleted after it was listed is
 * refused in words; the card stays accessible and inside 300 px.
 */
import type { Page } from "playwright-core";
import { paneTests } from "../../harness/browser";
import { seriousViolations } from "../../harness/axe";
import type { SheetModel } from "../helpers/excelFake";
import { inHost, snapshot } from "./host";

jest.setTimeout(120_000);

const pane = paneTests();

/** An AI Billing sheet as the import leaves it, reduced to what the pickers read: its mark and the key and currency columns. */
function seedBilling(page: Page, keys: [string, string][]): Promise<void> {
  return inHost(
    page,
    (h, rows) => {
      const Sheet = h.model.sheets[0].constructor as new (name: string) => SheetModel;
      const s = new Sheet("AI Billing");
      const last = rows.length + 1;
      s.names = [
        { name: "AIVALUE_AIBilling", ref: "='AI Billing'!$A$1" },
        { name: "BillingKey", ref: `='AI Billing'!$B$2:$B$${last}` },
        { name: "BillingCurrency", ref: `='AI Billing'!$C$2:$C$${last}` },
      ];
      rows.forEach(([key, currency], i) => {
        s.cell(`B${i + 2}`).value = key;
        s.cell(`C${i + 2}`).value = currency;
      });
      h.model.sheets.push(s);
    },
    keys,
  );
}

/** Inserts a tracker through its card; the tab then reads the workbook again and offers it. */
async function withSources(page: Page): Promise<void> {
  await seedBilling(page, [["lead-scoring-mm", "USD"], ["lead-scoring-mm", "EUR"], ["account-research-agent", "USD"], ["x".repeat(120), "USD"]]);
  await page.getByTestId("insert-measurementTracker").click();
  await page.getByText("Inserted “Measurement Tracker”.").waitFor();
  await page.getByRole("combobox", { name: "Actual value from" }).waitFor();
}

/** The scoped names' cells of the new contract: formula or value of the first month and of the inputs. */
const contract = (page: Page) =>
  inHost(page, (h) => {
    const s = h.model.sheet("Value Contract");
    const at = (name: string) => {
      const ref = s.names.find((n) => n.name === name)!.ref.replace(/^.*!/, "").replace(/\$/g, "").split(":")[0];
      const c = s.cells.get(ref);
      return c?.formula ?? c?.value;
    };
    return { value: at("ActualValue"), cost: at("ActualCost"), key: at("AllocationKey"), currency: at("ActualCurrency") };
  });

describe("the Value Contract card's actuals pickers", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
    await withSources(page);
  });

  afterEach(async () => {
    await page?.close();
  });

  test("links value to the tracker and cost to the AI Billing sheet on a key picked from the keyboard", async () => {
    await page.getByRole("combobox", { name: "Actual value from" }).click();
    await page.getByRole("option", { name: "Measurement Tracker" }).click();
    await page.getByRole("combobox", { name: "Actual cost from" }).click();
    await page.getByRole("option", { name: "AI Billing" }).click();
    const key = page.getByRole("combobox", { name: "Allocation key" });
    await key.focus();
    await page.keyboard.type("lead");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    expect(await key.inputValue()).toBe("lead-scoring-mm");
    await page.getByRole("combobox", { name: "Billing currency" }).click();
    await page.getByRole("option", { name: "EUR" }).click();
    const before = (await snapshot(page)).runs.length;
    await page.getByTestId("insert-valueContract").click();
    await page.getByText("Inserted “Value Contract”.").waitFor();
    // The insert, then the tab's one read of ladders, trackers and billing keys.
    expect((await snapshot(page)).runs.slice(before)).toEqual([3, 3]);
    const c = await contract(page);
    expect(c.value).toContain("'Measurement Tracker'!TrackerMonthlyValue");
    expect(c.cost).toContain("'AI Billing'!BillingEffectiveCost");
    expect([c.key, c.currency]).toEqual(["lead-scoring-mm", "EUR"]);
  });

  test("a typed key is kept exactly, as text; a key of spaces is refused before anything is written", async () => {
    await page.getByRole("combobox", { name: "Actual cost from" }).click();
    await page.getByRole("option", { name: "AI Billing" }).click();
    const key = page.getByRole("combobox", { name: "Allocation key" });
    await key.fill("   ");
    await page.getByText("A key of spaces matches nothing").waitFor();
    expect(await page.getByTestId("insert-valueContract").isDisabled()).toBe(true);
    await key.fill("=<>team*?~");
    await page.getByTestId("insert-valueContract").click();
    await page.getByText("Inserted “Value Contract”.").waitFor();
    const c = await contract(page);
    expect(c.key).toBe("=<>team*?~");
    // Every currency billed on the sheet is offered for a key it does not bill yet; with two, none is guessed.
    expect(c.currency).toBeUndefined();
  });

  test("a linked sheet deleted after it was listed: nothing is inserted, the pane says why and lists again", async () => {
    await page.getByRole("combobox", { name: "Actual value from" }).click();
    await page.getByRole("option", { name: "Measurement Tracker" }).click();
    await inHost(page, (h) => void (h.model.sheets = h.model.sheets.filter((s) => s.name !== "Measurement Tracker")));
    const sheets = (await snapshot(page)).sheets;
    await page.getByTestId("insert-valueContract").click();
    await page.getByRole("alert").filter({ hasText: "“Measurement Tracker” the new sheet would link to is no longer in this workbook" }).waitFor();
    expect((await snapshot(page)).sheets).toEqual(sheets);
    await page.getByRole("combobox", { name: "Actual value from" }).waitFor({ state: "detached" });
  });

  test("no serious or critical axe violations with the billing fields open, and no sideways scroll at 300 px", async () => {
    await page.setViewportSize({ width: 300, height: 900 });
    await page.getByRole("combobox", { name: "Actual cost from" }).click();
    await page.getByRole("option", { name: "AI Billing" }).click();
    await page.getByRole("combobox", { name: "Allocation key" }).click();
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });
});
