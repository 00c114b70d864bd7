/*
 * axe-core on the task pane, run the same way by every pane test: the page is left to
 * settle first, and each serious or critical violation is named with its element and
 * axe's own summary, so a failure on a CI machine says what failed without a rerun.
 */
import { readFileSync } from "fs";
import type { Page } from "playwright-core";

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: AxeNode[];
}
type AxeWindow = Window & { axe?: { run: (context: object, options: object) => Promise<{ violations: AxeViolation[] }> } };

const AXE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/**
 * The serious and critical violations on the page now, as "rule (impact) at selector: summary".
 * Waits for running animations to end and two frames to paint, and a violation counts only
 * if a second scan a second later finds it too: once, on a loaded CI machine, a contrast
 * failure was caught that no rerun here could show (see the commit adding this file).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => Boolean((window as AxeWindow).axe)))) await page.evaluate(AXE);
  const first = await scan(page);
  if (first.length === 0) return first;
  await page.waitForTimeout(1000);
  const second = await scan(page);
  return second.filter((v) => first.includes(v));
}

function scan(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    const axe = (window as AxeWindow).axe!;
    // Fluent UI's focus manager (Tabster) places aria-hidden sentinels that pass focus on at
    // once; axe cannot know that, so they are left out of the scan.
    const result = await axe.run({ exclude: [["[data-tabster-dummy]"]] }, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}) at ${n.target.join(" ")}: ${(n.failureSummary ?? "").replace(/\s+/g, " ").trim()}`));
  });
}
