/* The Help tab's request to Excel: "Check this Excel". */
import { runSelfTest } from "../../office/selfTest";
import { reportText, type SelfTestCheck } from "../../office/selfTestChecks";

/** The newest ExcelApi requirement set this Excel supports, for the self-test's report. */
function newestExcelApi(): string {
  let newest = "none";
  for (let minor = 1; minor <= 30; minor++) if (Office.context.requirements.isSetSupported("ExcelApi", `1.${minor}`)) newest = `1.${minor}`;
  return newest;
}

/** Runs "Check this Excel" (see office/selfTest.ts) and writes its report. */
export function checkThisExcel(onStep: (step: string) => void): Promise<{ checks: SelfTestCheck[]; report: string }> {
  return Excel.run(async (context) => {
    const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const checks = await runSelfTest(context, Office.context.requirements, { wait, onStep });
    const d = Office.context.diagnostics;
    const about = [`Run ${new Date().toISOString()}`, `Excel: ${d.host} on ${d.platform}, version ${d.version}; ExcelApi up to ${newestExcelApi()}`];
    return { checks, report: reportText(checks, about) };
  });
}
