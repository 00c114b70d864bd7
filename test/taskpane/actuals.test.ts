/*
 * The Actuals tab in headless Chromium against the fake Office host: FOCUS exports picked,
 * read in the Web Worker, previewed; bad input in words; a large generated export
 * cancelled mid-import with the workbook unchanged; the pane usable while the worker
 * reads; accessibility and widths. Every test opens its own page.
 */
import { createWriteStream, mkdtempSync, readFileSync } from "fs";
import os from "os";
import path from "path";
import type { Page } from "playwright-core";
import { paneTests } from "../../harness/browser";
import { seriousViolations } from "../../harness/axe";
import { emptyTally, focusPieces } from "../../harness/focusGenerator";
import { BILLING_SYNCS } from "../../src/office/billing";
import { TEMPLATE_MARKS } from "../../src/templates/marks";
import { cellAt, inHost, snapshot, steer } from "./host";

jest.setTimeout(180_000);

const FIXTURES = path.resolve(__dirname, "../fixtures/focus");
const tmp = mkdtempSync(path.join(os.tmpdir(), "aivalue-actuals-"));
const shots = process.env.UPDATE_DOCS ? path.resolve(__dirname, "../../docs") : tmp;
/** Large enough that the import takes many progress reports on any machine. */
const LARGE_ROWS = 300_000;
const large = path.join(tmp, "generated-large.csv");

const pane = paneTests();

async function writeLarge(): Promise<void> {
  const out = createWriteStream(large);
  for (const piece of focusPieces({ rows: LARGE_ROWS, seed: 13, extraColumns: 4 }, emptyTally())) {
    if (!out.write(piece)) await new Promise((resolve) => out.once("drain", resolve));
  }
  await new Promise((resolve) => out.end(resolve));
}

beforeAll(writeLarge);

/** Opens the Actuals tab and picks files: fixture names, a path (read by the browser from disk), or files made in the test. */
async function pick(page: Page, files: (string | { name: string; text: string })[]): Promise<void> {
  await page.getByRole("tab", { name: "Actuals" }).click();
  const input = page.getByTestId("actuals-files");
  if (files.length === 1 && typeof files[0] === "string" && path.isAbsolute(files[0])) return input.setInputFiles(files[0]);
  await input.setInputFiles(
    files.map((f) =>
      typeof f === "string"
        ? { name: f, mimeType: "text/csv", buffer: readFileSync(path.join(FIXTURES, f)) }
        : { name: f.name, mimeType: "text/csv", buffer: Buffer.from(f.text) },
    ),
  );
}

/** A published example with some rows' Tags replaced by text that is not JSON. */
function withBadTags(rows: number): string {
  const [header, ...lines] = readFileSync(path.join(FIXTURES, "multi_model_usage.csv"), "utf8").trim().split(/\r?\n/);
  const body = Array.from({ length: rows }, (_, i) => `${lines[i % lines.length]}`);
  return [`${header},Tags`, ...lines.map((l) => `${l},"{""ai-value-contract"":""pilot""}"`), ...body.map((l) => `${l},{not json`)].join("\n") + "\n";
}

describe("the Actuals tab", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
  });

  afterEach(async () => {
    await page?.close();
  });

  test("previews a published example — months, models, tokens, exact totals — and writes nothing before asked", async () => {
    const before = await snapshot(page);
    await pick(page, ["multi_model_usage.csv"]);
    await page.getByRole("heading", { name: "multi_model_usage.csv" }).waitFor();
    await page.getByText("4 rows read: 4 AI usage, 0 other.").waitFor();
    await page.getByText("Months: 2025-05").waitFor();
    await page.getByText("solora-atlas-5.5: input 10,000,000 · output 2,000,000").waitFor();
    await page.getByText("solora-atlas-5.4-mini: input 3,000,000 · output 500,000").waitFor();
    const totals = page.getByRole("table", { name: "Totals of multi_model_usage.csv by currency" });
    expect(await totals.getByRole("row").nth(1).getByRole("cell").allTextContents()).toEqual(["USD", "104.50", "104.50", "0.00"]);
    await page.getByRole("button", { name: "Write to workbook" }).waitFor();
    // One read-only run: which files an AI Billing sheet already holds (there is none: sheets, then their names).
    const after = await snapshot(page);
    expect(after.runs.slice(before.runs.length)).toEqual([2]);
    expect({ ...after, runs: before.runs }).toEqual(before);
    expect(await cellAt(page, "Budget", "A1")).toEqual({ value: "Existing data" });
    await page.screenshot({ path: path.join(shots, "pane-actuals.png"), fullPage: true });
  });

  test("writes the AI Billing sheet in a fixed number of syncs; a second write of the same file rewrites it in place", async () => {
    await pick(page, ["multi_model_usage.csv"]);
    const write = page.getByRole("button", { name: "Write to workbook" });
    await write.waitFor();
    const before = (await snapshot(page)).runs.length;
    await write.click();
    await page.getByRole("status").filter({ hasText: "Wrote “AI Billing”: 1 file, 4 summary lines." }).waitFor();
    const after = await snapshot(page);
    // The write, then the sheet's files read again for the next import (sheets, names, blocks).
    expect(after.runs.slice(before)).toEqual([BILLING_SYNCS, 3]);
    expect(after.sheets).toEqual(["Budget", "AI Billing"]);
    expect(await cellAt(page, "Budget", "A1")).toEqual({ value: "Existing data" });
    const effective = await inHost(page, (h) => {
      const sheet = h.model.sheet("AI Billing");
      const [from, to] = sheet.names.find((n) => n.name === "BillingEffectiveCost")!.ref.replace(/\$/g, "").split(":");
      const col = from.replace(/\d+/, "");
      let sum = 0;
      for (let r = Number(from.replace(/\D+/, "")); r <= Number(to.replace(/\D+/, "")); r++) sum += Number(sheet.cells.get(`${col}${r}`)?.value ?? 0);
      return sum;
    });
    expect(effective).toBeCloseTo(104.5, 9);
    expect(await inHost(page, (h, mark) => h.model.sheet("AI Billing").names.some((n) => n.name === mark), TEMPLATE_MARKS.aiBilling)).toBe(true);

    await pick(page, ["multi_model_usage.csv"]);
    await page.getByText("Already on the AI Billing sheet, and replaced by the same file: multi_model_usage.csv.").waitFor();
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("status").filter({ hasText: "Updated “AI Billing”: 1 file, 4 summary lines." }).waitFor();
    expect((await snapshot(page)).sheets).toEqual(["Budget", "AI Billing"]);
  });

  test("keeps the files already on the sheet when another is written beside them, and says so", async () => {
    await pick(page, ["multi_model_usage.csv"]);
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByText("Wrote “AI Billing”").waitFor();
    await pick(page, ["per_token_foundation_model_api.csv"]);
    await page.getByText("Already on the AI Billing sheet, and kept beside these: multi_model_usage.csv.").waitFor();
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("status").filter({ hasText: "Updated “AI Billing”" }).waitFor();
    // Both files' provenance rows are on the sheet: the earlier import was not lost.
    const text = await inHost(page, (h) => [...h.model.sheet("AI Billing").cells.values()].map((c) => String(c.value ?? "")).join("\n"));
    expect(text).toContain("multi_model_usage.csv");
    expect(text).toContain("per_token_foundation_model_api.csv");
  });

  test("a write Excel refuses leaves the workbook as it was and says what to do", async () => {
    await pick(page, ["multi_model_usage.csv"]);
    await page.getByRole("button", { name: "Write to workbook" }).waitFor();
    const before = (await snapshot(page)).sheets;
    await steer(page, { failNext: "names.add" });
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("alert").filter({ hasText: "nothing was changed" }).waitFor();
    expect((await snapshot(page)).sheets).toEqual(before);
    await steer(page, { rejectNext: { code: "AccessDenied", message: "denied" } });
    await page.getByRole("button", { name: "Write to workbook" }).click();
    await page.getByRole("alert").filter({ hasText: "The workbook or sheet is protected, or open read-only" }).waitFor();
    expect((await snapshot(page)).sheets).toEqual(before);
  });

  test("takes files dropped on the drop zone", async () => {
    await page.getByRole("tab", { name: "Actuals" }).click();
    const text = readFileSync(path.join(FIXTURES, "per_token_foundation_model_api.csv"), "utf8");
    const dataTransfer = await page.evaluateHandle((csv) => {
      const data = new DataTransfer();
      data.items.add(new File([csv], "per_token_foundation_model_api.csv", { type: "text/csv" }));
      return data;
    }, text);
    await page.getByTestId("actuals-drop").dispatchEvent("dragover", { dataTransfer });
    await page.getByTestId("actuals-drop").dispatchEvent("drop", { dataTransfer });
    await page.getByRole("heading", { name: "per_token_foundation_model_api.csv" }).waitFor();
    await page.getByText("solora-saturn-4.8: input 8,400,000 · output 2,100,000").waitFor();
  });

  test("proposes the key most AI rows carry and re-reads by the key the user picks", async () => {
    await pick(page, [{ name: "tagged.csv", text: withBadTags(0) }]);
    const key = page.getByRole("combobox", { name: "Allocate costs by" });
    await key.waitFor();
    expect(await key.textContent()).toBe("Tag “ai-value-contract”: 4 rows, 1 value");
    await key.click();
    await page.getByRole("option", { name: /^Column PrincipalId/ }).click();
    await page.getByRole("combobox", { name: "Allocate costs by" }).filter({ hasText: /^Column PrincipalId: 4 rows, 1 value$/ }).waitFor();
  });

  test("a file that is not FOCUS names the missing columns; a FOCUS file without AI usage says so; nothing is written", async () => {
    const before = await snapshot(page);
    const ai = readFileSync(path.join(FIXTURES, "multi_model_usage.csv"), "utf8").split(/\r?\n/);
    const compute = ai[1].replace("AI and Machine Learning", "Compute").replace(/"\{.*\}"/, "").replace(/1000000 Tokens/g, "Hours").replace(/Tokens/g, "Hours");
    await pick(page, [
      { name: "budget.csv", text: "Month,Amount\n2025-05,100\n" },
      { name: "compute.csv", text: `${ai[0]}\n${compute}\n` },
    ]);
    await page.getByRole("alert").filter({ hasText: "budget.csv cannot be imported." }).getByText(/it has no "BilledCost", "EffectiveCost", .* columns/).waitFor();
    await page.getByRole("alert").filter({ hasText: "compute.csv cannot be imported." }).getByText(/none of its 1 rows is AI usage/).waitFor();
    expect(await page.getByRole("combobox", { name: "Allocate costs by" }).count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);
  });

  test("malformed rows are counted, the first ten shown by line number, and the rest imported only with consent", async () => {
    await pick(page, [{ name: "messy.csv", text: withBadTags(12) }]);
    await page.getByText("12 rows could not be read.").waitFor();
    await page.getByText("messy.csv (the first 10 of 12):").waitFor();
    const shown = await page.getByRole("listitem").filter({ hasText: /^Row \d+: Tags is not a JSON object/ }).allTextContents();
    expect(shown.map((s) => Number(/^Row (\d+)/.exec(s)?.[1]))).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    const consent = page.getByRole("checkbox", { name: "Leave these 12 rows out and import the rest" });
    expect(await consent.isChecked()).toBe(false);
    const write = page.getByRole("button", { name: "Write to workbook" });
    expect(await write.isDisabled()).toBe(true);
    await consent.check();
    expect(await write.isDisabled()).toBe(false);
  });

  test("Cancel mid-import of a large export stops the worker, says so and leaves the workbook unchanged; the pane stays usable", async () => {
    const before = await snapshot(page);
    await pick(page, [large]);
    const progress = page.getByTestId("actuals-progress");
    const rowsRead = async () => Number((/^([\d,]+) rows read/.exec((await progress.textContent()) ?? "")?.[1] ?? "0").replace(/,/g, ""));
    await page.waitForFunction(() => /^[1-9][\d,]* rows read/.test(document.querySelector("[data-testid=actuals-progress]")?.textContent ?? ""));
    const first = await rowsRead();
    // While the worker reads, the main thread handles clicks: another tab opens and works.
    await page.getByRole("tab", { name: "Functions" }).click();
    await page.getByRole("searchbox", { name: "Search functions" }).fill("break");
    await page.getByRole("button", { name: "AIVALUE.BREAKEVEN" }).waitFor();
    await page.getByRole("tab", { name: "Actuals" }).click();
    await page.waitForFunction(
      (n) => Number((/^([\d,]+) rows read/.exec(document.querySelector("[data-testid=actuals-progress]")?.textContent ?? "")?.[1] ?? "0").replace(/,/g, "")) > n,
      first,
    );
    const later = await rowsRead();
    expect(later).toBeGreaterThan(first);
    expect(later).toBeLessThan(LARGE_ROWS);
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByRole("status").filter({ hasText: "Import cancelled. Nothing was written: the workbook is as it was." }).waitFor();
    expect(await progress.count()).toBe(0);
    expect(await snapshot(page)).toEqual(before);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
  });

  test("has no serious or critical accessibility violations with a preview and malformed rows shown", async () => {
    await pick(page, ["per_token_foundation_model_api.csv", { name: "messy.csv", text: withBadTags(3) }]);
    await page.getByRole("heading", { name: "messy.csv" }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });
});

describe.each([300, 450])("the Actuals tab at %i px wide", (width) => {
  test("shows the preview of two files without scrolling sideways, and its file dialog opens from the keyboard", async () => {
    const { page } = await pane.open(width);
    await pick(page, ["cached_tokens_via_csp_marketplace.csv", { name: "messy.csv", text: withBadTags(11) }]);
    await page.getByRole("heading", { name: "messy.csv" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    // Enter on the button opens the file dialog: seen as the click it gives the file input (a
    // headless dialog event can race the key press on a loaded machine).
    await page.evaluate(() =>
      document.querySelector("[data-testid=actuals-files]")?.addEventListener("click", () => document.body.setAttribute("data-dialog", "asked"), { once: true }),
    );
    await page.getByRole("button", { name: "Choose FOCUS CSV files…" }).focus();
    await page.keyboard.press("Enter");
    await page.locator("body[data-dialog=asked]").waitFor({ state: "attached" });
    await page.close();
  });
});
