/*
 * The measurement tracker's card in the built task pane (headless Chromium, fake Office host):
 * a bad option shows its message and holds the insert back, the choices reach the sheet,
 * the card works from the keyboard alone, and axe-core finds nothing serious on it.
 */
import type { Page } from "playwright-core";
import { paneTests } from "../../harness/browser";
import { seriousViolations } from "../../harness/axe";
import { inHost, snapshot } from "./host";

jest.setTimeout(120_000);

const pane = paneTests();

/** The tracker sheet's named cells' values, read from the host's workbook. */
function named(page: Page, names: string[]): Promise<Record<string, unknown>> {
  return inHost(
    page,
    (h, wanted) => {
      const s = h.model.sheet("Measurement Tracker");
      return Object.fromEntries(wanted.map((n) => [n, s.cells.get(s.names.find((x) => x.name === n)?.ref.replace(/\$/g, "") ?? "")?.value ?? null]));
    },
    names,
  );
}

describe("the measurement tracker's card", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
    await page.getByRole("tab", { name: "Templates" }).click();
  });

  afterEach(async () => {
    await page?.close();
  });

  test("every field stays inside its card from 300 to 450 px", async () => {
    for (const width of [300, 450]) {
      await page.setViewportSize({ width, height: 900 });
      // The card is the element its title labels (aria-labelledby="measurementTracker-title").
      const card = await page.locator("[aria-labelledby='measurementTracker-title']").evaluate((c) => c.getBoundingClientRect().right);
      for (const label of ["Planned weekly looks", "False-signal rate (%)", "Power (%)"]) {
        const box = await page.getByLabel(label).boundingBox();
        expect(box!.x + box!.width).toBeLessThanOrEqual(card);
      }
    }
  });

  test("says what is wrong with an option and inserts nothing until it is right; then the choices reach the sheet", async () => {
    const insert = page.getByTestId("insert-measurementTracker");
    await page.getByLabel("Planned weekly looks").fill("40");
    await page.getByText("Enter a whole number of weeks from 2 to 26.").waitFor();
    await page.getByLabel("False-signal rate (%)").fill("25");
    await page.getByText("Enter a percentage from 0.1% to 20%.").waitFor();
    expect(await insert.getAttribute("aria-disabled")).toBe("true");
    const before = await snapshot(page);
    await insert.click({ force: true });
    expect((await snapshot(page)).sheets).toEqual(before.sheets);

    await page.getByLabel("Planned weekly looks").fill("8");
    await page.getByLabel("False-signal rate (%)").fill("10");
    await page.getByLabel("Power (%)").fill("90");
    await page.getByRole("radio", { name: /^Values/ }).check();
    await page.getByRole("radio", { name: /^One/ }).check();
    await page.getByRole("switch", { name: /control group/ }).check();
    expect(await page.getByText(/^Enter a/).count()).toBe(0);
    await insert.click();
    await page.getByText("Inserted “Measurement Tracker”.").waitFor();
    const runs = (await snapshot(page)).runs.slice(before.runs.length);
    expect(runs[0]).toBe(3);
    expect(await named(page, ["Looks", "Alpha", "Power", "Tails", "CompareWith"])).toEqual({ Looks: 8, Alpha: 0.1, Power: 0.9, Tails: 1, CompareWith: "Control group" });
    // The values kind: its baseline holds cases, means and standard deviations.
    expect(await inHost(page, (h) => h.model.sheet("Measurement Tracker").names.some((n) => n.name === "BaselineSDs"))).toBe(true);
  });

  test("is operable from the keyboard alone", async () => {
    await page.getByRole("radio", { name: /^Share/ }).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.getByRole("radio", { name: /^Values/ }).isChecked()).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("6");
    await page.getByRole("switch", { name: /control group/ }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("insert-measurementTracker");
    await page.keyboard.press("Enter");
    await page.getByText("Inserted “Measurement Tracker”.").waitFor();
    expect(await named(page, ["Looks"])).toEqual({ Looks: 6 });
  });

  test("has no serious or critical accessibility violations (axe-core), messages showing", async () => {
    await page.getByLabel("Planned weekly looks").fill("1");
    await page.getByLabel("Power (%)").fill("x");
    expect(await seriousViolations(page)).toEqual([]);
  });
});
