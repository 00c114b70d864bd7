/*
 * Time from navigation to an interactive task pane in headless Chromium: the built pane
 * against the fake Office host, until the Templates tab and its first button are usable.
 */
import { buildFakeOffice, launchChromium, openTaskpane, serveDist } from "../harness/browser";

export async function benchTaskpane(): Promise<void> {
  const fakeOffice = await buildFakeOffice();
  const { server, origin } = await serveDist();
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const { page } = await openTaskpane(browser, origin, fakeOffice);
      await page.getByTestId("insert-valueContract").waitFor({ state: "visible" });
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    times.sort((a, b) => a - b);
    console.log(`\nTask pane in headless Chromium (320 px): interactive ${times[3].toFixed(0)} ms after navigation (median of 7; min ${times[0].toFixed(0)}, max ${times[6].toFixed(0)})`);
  } finally {
    await browser.close();
    server.close();
  }
}
