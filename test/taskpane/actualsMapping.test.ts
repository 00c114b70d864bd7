/*
 * The Actuals tab's steps after the preview, in headless Chromium against the fake Office
 * host: each allocation key mapped to a Workflow Cost Model (a native link written, kept with
 * the typed task counts on re-import), and the observed prices added to the Price Book once,
 * refused in words without one. Keyboard, axe and widths as for every pane feature.
 */
import { mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { paneTests } from "../../harness/browser";
import { seriousViolations } from "../../harness/axe";
import { BILLING_SYNCS } from "../../src/office/billing";
import { PRICE_BOOK_SYNCS } from "../../src/office/priceBookAppend";
import { BILLING_READ_NAMES } from "../../src/templates/aiBilling";
import { inHost, snapshot } from "./host";

jest.setTimeout(180_000);

const FIXTURES = path.resolve(__dirname, "../fixtures/focus");
const shots = process.env.UPDATE_DOCS ? path.resolve(__dirname, "../../docs") : mkdtempSync(path.join(os.tmpdir(), "aivalue-mapping-"));
const KEY = "support-assistant";

/** A published example whose rows carry the value contract's tag, so the import has one allocation key. */
function tagged(): string {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, "multi_model_usage.csv"), "utf8").trim().split(/\r?\n/);
  return [`${header},Tags`, ...lines.map((l) => `${l},"{""ai-value-contract"":""${KEY}""}"`)].join("\n") + "\n";
}

const pane = paneTests();

async function insert(page: Page, id: string, sheet: string): Promise<void> {
  await page.getByRole("tab", { name: "Templates" }).click();
  await page.getByTestId(`insert-${id}`).click();
  await page.getByText(`Inserted “${sheet}”.`).waitFor();
}

async function pick(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "Actuals" }).click();
  await page.getByTestId("actuals-files").setInputFiles({ name: "tagged.csv", mimeType: "text/csv", buffer: Buffer.from(tagged()) });
  await page.getByRole("button", { name: "Write to workbook" }).waitFor();
}

/** A cell of the AI Billing sheet on the row of `name`'s block whose column A is the key: its value and formula. */
function blockCell(page: Page, name: string, col: string, value?: number): Promise<{ value?: unknown; formula?: string }> {
  return inHost(
    page,
    (h, [block, column, key, typed]) => {
      const sheet = h.model.sheet("AI Billing");
      const [top, bottom] = sheet.names.find((n) => n.name === block)!.ref.replace(/[A-Z$]/g, "").split(":").map(Number);
      for (let r = top; r <= bottom; r++) {
        if (sheet.cells.get(`A${r}`)?.value !== key) continue;
        if (typed !== null) sheet.cell(`${column}${r}`).value = typed;
        const c = sheet.cells.get(`${column}${r}`);
        return { value: c?.value, formula: c?.formula };
      }
      throw new Error(`no ${key} in ${block}`);
    },
    [name, col, KEY, value ?? null] as const,
  );
}

describe("the Actuals tab's mapping and observed prices", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
  });

  afterEach(async () => {
    await page?.close();
  });

  test("maps a key to a Workflow Cost Model with a native link; a re-import keeps the link and the typed task counts", async () => {
    await insert(page, "workflowCost", "Workflow Cost");
    await pick(page);
    const mapping = page.getByRole("combobox", { name: KEY });
    expect(await mapping.textContent()).toBe("Not mapped");
    await mapping.click();
    await page.getByRole("option", { name: "Workflow Cost" }).click();
    await page.getByRole("combobox", { name: KEY }).filter({ hasText: /^Workflow Cost$/ }).waitFor();
    await page.screenshot({ path: path.join(shots, "pane-actuals-mapping.png"), fullPage: true });

    const before = (await snapshot(page)).runs.length;
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("status").filter({ hasText: "Linked 1 key to a Workflow Cost Model" }).waitFor();
    expect((await snapshot(page)).runs.slice(before)).toEqual([BILLING_SYNCS, 3]);
    expect((await blockCell(page, BILLING_READ_NAMES.Mapping, "B")).formula).toBe("='Workflow Cost'!CostPerTask");
    // The monthly row's cost per task reads the link; completed tasks are left for the user.
    expect((await blockCell(page, BILLING_READ_NAMES.Tasks, "E")).value).toBeUndefined();
    await blockCell(page, BILLING_READ_NAMES.Tasks, "E", 1234);

    // The same file again: the mapping is shown as kept, and the write keeps it and the typed count.
    await pick(page);
    await page.getByTestId("mapping-kept-0").filter({ hasText: "Cost per task: ='Workflow Cost'!CostPerTask" }).waitFor();
    expect(await page.getByRole("combobox", { name: KEY }).count()).toBe(0);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("status").filter({ hasText: "What you typed in its reconciliation was kept." }).waitFor();
    expect((await blockCell(page, BILLING_READ_NAMES.Mapping, "B")).formula).toBe("='Workflow Cost'!CostPerTask");
    expect((await blockCell(page, BILLING_READ_NAMES.Tasks, "E")).value).toBe(1234);
  });

  test("says when there is no Workflow Cost Model, and writes the key not mapped", async () => {
    await pick(page);
    await page.getByText("This workbook has no Workflow Cost Model yet").waitFor();
    expect(await page.getByRole("combobox", { name: KEY }).isDisabled()).toBe(true);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("status").filter({ hasText: "Wrote “AI Billing”" }).waitFor();
    expect((await blockCell(page, BILLING_READ_NAMES.Mapping, "B")).formula).toBeUndefined();
  });

  test("adds the observed prices to the Price Book once, and refuses in words when there is none", async () => {
    await pick(page);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    const list = page.getByRole("list", { name: "Observed prices" });
    await list.waitFor();
    expect(await list.getByRole("listitem").allTextContents()).toEqual([
      "solora-atlas-5.4-mini, input: 0.75 USD per 1M tokens2025-05 · source “FOCUS export tagged.csv, 2025-05”",
      "solora-atlas-5.4-mini, output: 4.50 USD per 1M tokens2025-05 · source “FOCUS export tagged.csv, 2025-05”",
      "solora-atlas-5.5, input: 5.00 USD per 1M tokens2025-05 · source “FOCUS export tagged.csv, 2025-05”",
      "solora-atlas-5.5, output: 25.00 USD per 1M tokens2025-05 · source “FOCUS export tagged.csv, 2025-05”",
    ]);
    const add = page.getByRole("button", { name: "Add observed prices to the Price Book" });
    const sheets = (await snapshot(page)).sheets;
    let runs = (await snapshot(page)).runs.length;
    await add.click();
    await page.getByRole("status").filter({ hasText: "This workbook has no Price Book, so no price was added." }).waitFor();
    // Two syncs to find there is none; nothing written.
    expect((await snapshot(page)).runs.slice(runs)).toEqual([2]);
    expect((await snapshot(page)).sheets).toEqual(sheets);

    await insert(page, "priceBook", "Price Book");
    await page.getByRole("tab", { name: "Actuals" }).click();
    runs = (await snapshot(page)).runs.length;
    await add.click();
    await page.getByRole("status").filter({ hasText: "Added 2 dated rows to “Price Book”." }).waitFor();
    // The note read before the write ("no Price Book yet") follows what the append found.
    await page.getByText("They go into the empty rows of “Price Book”").waitFor();
    await add.click();
    await page.getByRole("status").filter({ hasText: "Nothing new was added to “Price Book”. 2 rows were already there" }).waitFor();
    expect((await snapshot(page)).runs.slice(runs)).toEqual([PRICE_BOOK_SYNCS, PRICE_BOOK_SYNCS - 1]);
    const rows = await inHost(page, (h) =>
      [...h.model.sheet("Price Book").cells.entries()].filter(([, c]) => c.value === "From FOCUS export").map(([ref]) => {
        const r = ref.slice(1);
        return ["B", "C", "D", "H", "I"].map((col) => h.model.sheet("Price Book").cells.get(`${col}${r}`)?.value);
      }),
    );
    expect(rows).toEqual([
      ["solora-atlas-5.4-mini", 0.75, 4.5, 45778, "FOCUS export tagged.csv, 2025-05 (USD)"],
      ["solora-atlas-5.5", 5, 25, 45778, "FOCUS export tagged.csv, 2025-05 (USD)"],
    ]);
  });

  test("has no serious or critical accessibility violations with the mapping and prices shown", async () => {
    await insert(page, "workflowCost", "Workflow Cost");
    await pick(page);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("list", { name: "Observed prices" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe.each([300, 450])("the mapping step at %i px wide", (width) => {
  test("fits without scrolling sideways and is chosen from the keyboard", async () => {
    const { page } = await pane.open(width);
    await insert(page, "workflowCost", "Workflow Cost");
    await pick(page);
    const mapping = page.getByRole("combobox", { name: KEY });
    await mapping.focus();
    await page.keyboard.press("Enter");
    await page.getByRole("option", { name: "Workflow Cost" }).waitFor();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await page.getByRole("combobox", { name: KEY }).filter({ hasText: /^Workflow Cost$/ }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await page.close();
  });
});
