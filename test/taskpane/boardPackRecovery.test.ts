/*
 * The board pack's one-click recovery in Chromium against the fake Office host: when Excel
 * refuses part of a refresh, or a freeze and then its undo, the message says what is left
 * and its button puts the workbook right, from the keyboard, with no accessibility violation.
 */
import type { Page } from "playwright-core";
import { seriousViolations } from "../../harness/axe";
import { paneTests } from "../../harness/browser";
import { cellAt, snapshot, steer } from "./host";

jest.setTimeout(120_000);

const pane = paneTests();

describe("board pack recovery in the task pane", () => {
  let page: Page;

  beforeEach(async () => {
    ({ page } = await pane.open());
    await page.getByLabel("Contract name").fill("Pilot");
    await page.getByTestId("insert-valueContract").click();
    await page.getByText("Inserted “Value Contract”.").waitFor();
    await page.getByRole("tab", { name: "Board pack" }).click();
  });

  afterEach(async () => {
    await page?.close();
  });

  test("a refresh Excel refuses part-way is finished by the message's button", async () => {
    await page.getByRole("button", { name: "Build or refresh the summary" }).click();
    await page.getByText(/“Board Summary” made/).waitFor();
    // Refused at the clear that starts the in-place rewrite, as Excel refuses a command part-way.
    await steer(page, { failNext: "range.clear.All" });
    await page.getByRole("button", { name: "Build or refresh the summary" }).click();
    await page.getByText(/“Board Summary” \(InvalidArgument\): it may be part-written\. Refresh it again/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Refresh “Board Summary” again" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/“Board Summary” refreshed in place \(links to it still work\): it lists 1 value contract/).waitFor();
    expect(await cellAt(page, "Board Summary", "A1")).toMatchObject({ value: expect.any(String) });
  });

  test("a freeze refused, and its undo refused too, is undone by the message's button", async () => {
    const before = (await snapshot(page)).sheets;
    await page.getByRole("button", { name: "Check portability" }).click();
    await page.getByText(/cells? on \d+ sheets? would show #NAME\?/).waitFor();
    // Excel refuses naming the temporary copy, then the undo's deletion of that copy.
    await steer(page, { failNext: ["worksheet.name", "worksheet.delete"] });
    await page.getByRole("button", { name: "Freeze copies" }).click();
    await page.getByText(/and then refused to undo it \(InvalidArgument: worksheet\.delete failed\)\. Press “Finish undoing the freeze” to try again/).waitFor();
    expect((await snapshot(page)).sheets).not.toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Finish undoing the freeze" }).focus();
    await page.keyboard.press("Enter");
    await page.getByText(/Everything it had done was undone: the workbook is as it was\./).waitFor();
    expect((await snapshot(page)).sheets).toEqual(before);
  });
});
