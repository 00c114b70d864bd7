/*
 * "Check this Excel": a self-test that runs in the user's own Excel, for the behaviours no
 * test here can run — how this Excel registers and calculates the functions, binds the
 * templates' names, keeps their print setup, repairs a stuck formula and freezes a copy.
 * It writes scratch sheets (selfTestScratch.ts), reads back what Excel made of them,
 * removes every one it added, and returns a report. A fixed number of syncs whatever the
 * workbook holds (test/office/selfTest.test.ts counts them), since everything past the
 * first read lists sheets or touches scratch sheets only: one read while the functions
 * calculate (at most `maxPolls`), the rest fixed by the scratch sheets' own size.
 */
import { columnLetter, parseCell } from "../sheet/a1";
import type { PlannedSheet } from "../sheet/plan";
import { MASTER_CHECK } from "../templates/common";
import type { ExcelPort, PortBox, PortNames, PortRange, PortWorksheet } from "./port";
import { excelApi, type Requirements } from "./requirements";
import { checkFreeze, judgeRepair, queueRepairRead, repairScratch } from "./selfTestBoardPack";
import {
  caseRows,
  functionCases,
  judgeFunctions,
  judgePrint,
  judgeTemplates,
  stillCalculating,
  type ReadSheet,
  type SelfTestCheck,
} from "./selfTestChecks";
import { judgeFigures, scratchFigures } from "./selfTestFigures";
import { scratchNames, writeScratch, type Scratch } from "./selfTestScratch";

export interface SelfTestOptions {
  /** Pauses between reads while the functions calculate (a timer in the pane, nothing in tests). */
  wait(ms: number): Promise<void>;
  /** Told each step in words, for the pane's progress line. */
  onStep?(step: string): void;
  /** Reads of the results before giving up on the functions finishing (default 20, a second apart). */
  maxPolls?: number;
  /** When the freeze says its values were taken (default: now). */
  now?: Date;
}

interface Reads {
  functions: PortRange;
  repair: PortRange;
  sheets: { planned: PlannedSheet; used: PortBox; names: PortNames; layout: PortWorksheet["pageLayout"] }[];
}

function queueReads(context: ExcelPort, scratch: Scratch): Reads {
  const rows = caseRows(functionCases());
  const sheets = context.workbook.worksheets;
  const functions = sheets.getItem(scratch.functionsSheet).getRange(`A1:${columnLetter(functionCases().length)}${rows}`).load("values");
  return {
    functions,
    repair: queueRepairRead(context, scratch.repair),
    sheets: scratch.sheets.map((planned) => {
      const ws = sheets.getItem(planned.name);
      return {
        planned,
        used: ws.getUsedRangeOrNullObject().load("values"),
        names: ws.names.load("items/name,items/formula"),
        layout: ws.pageLayout.load("orientation,zoom"),
      };
    }),
  };
}

/** What the writer asked of a sheet's print setup, flattened to compare with what Excel reports. */
function printAsked(s: PlannedSheet): Record<string, unknown> {
  return {
    orientation: s.page.orientation === "landscape" ? "Landscape" : "Portrait",
    "zoom.horizontalFitToPages": 1,
    ...(s.page.onePage ? { "zoom.verticalFitToPages": 1 } : {}),
  };
}

/** Columns whose cells a chart plots (#N/A there is a gap in a line, by design), hidden or not. */
function chartColumns(s: PlannedSheet): number[] {
  const refs = s.charts.flatMap((c) => c.series.map((x) => x.values));
  const cols = refs.flatMap((ref) => ref.replace(/\$/g, "").replace(/^.*!/, "").split(":").map((cell) => parseCell(cell).col));
  return [...new Set([...s.hiddenColumns, ...cols])];
}

/** Master checks that read otherwise by design: the price book's example rows are flagged until a user verifies them. */
const MASTERS: Partial<Record<keyof Scratch["marked"], string>> = { priceBook: "1 to resolve" };

function judge(reads: Reads, scratch: Scratch, repaired: number): SelfTestCheck[] {
  const master = (sheet: string) => {
    const kind = (Object.keys(scratch.marked) as (keyof Scratch["marked"])[]).find((k) => scratch.marked[k] === sheet);
    return (kind && MASTERS[kind]) ?? "OK";
  };
  const read: ReadSheet[] = reads.sheets.map((s) => ({
    sheet: s.planned.name,
    values: s.used.isNullObject ? [] : s.used.values,
    names: s.names.items,
    planned: s.planned.names.map((n) => n.name),
    master: master(s.planned.name),
    chartOnly: chartColumns(s.planned),
  }));
  const print = reads.sheets
    .filter((s) => s.planned.page)
    .map((s) => {
      const zoom = s.layout.zoom ?? {};
      return {
        sheet: s.planned.name,
        asked: printAsked(s.planned),
        got: { orientation: s.layout.orientation, "zoom.horizontalFitToPages": zoom.horizontalFitToPages, "zoom.verticalFitToPages": zoom.verticalFitToPages },
      };
    });
  return [
    ...judgeFunctions(functionCases(), reads.functions.values),
    ...judgeTemplates(read, MASTER_CHECK),
    judgeFigures(read, scratchFigures(scratch.marked)),
    judgePrint(print),
    judgeRepair(scratch.repair, repaired, reads.repair),
  ];
}

/** Deletes the scratch sheets still there, then confirms none is left: the clean-up's own check. */
async function removeScratch(context: ExcelPort, names: string[]): Promise<SelfTestCheck> {
  const ours = new Set(names.map((n) => n.toLowerCase()));
  const before = context.workbook.worksheets.load("items/name");
  await context.sync();
  before.items.filter((w) => ours.has(w.name.toLowerCase())).forEach((w) => w.delete());
  const after = context.workbook.worksheets.load("items/name");
  await context.sync();
  const left = after.items.filter((w) => ours.has(w.name.toLowerCase())).map((w) => w.name);
  return {
    title: "Clean-up",
    ok: left.length === 0,
    detail: left.length === 0 ? `the ${names.length} scratch sheets were removed; nothing else was touched.` : `could not remove ${left.join(", ")}: delete them by hand.`,
  };
}

/**
 * Runs the self-test and returns its checks. Whatever happens after the scratch sheets are
 * queued, it tries to remove them, and the report says whether it could.
 */
export async function runSelfTest(context: ExcelPort, requirements: Requirements, options: SelfTestOptions): Promise<SelfTestCheck[]> {
  const has = excelApi(requirements);
  if (!has("1.9")) {
    return [{ title: "Excel version", ok: false, detail: "This Excel does not support ExcelApi 1.9, which the self-test reads print setup with." }];
  }
  options.onStep?.("Reading the workbook's sheet names");
  const worksheets = context.workbook.worksheets.load("items/name");
  const tables = context.workbook.tables.load("items/name");
  await context.sync();
  const taken = worksheets.items.map((w) => w.name);
  const scratch = writeScratch(context, taken, tables.items.map((t) => t.name), has);
  // The freeze adds its copy and log here once it has made them, so they are removed too.
  const ours = scratchNames(scratch);
  const checks: SelfTestCheck[] = [];
  try {
    options.onStep?.("Writing scratch sheets: every function's worked example, a stuck formula and the seven templates");
    await context.sync();
    options.onStep?.("Repairing the stuck formula");
    const repaired = await repairScratch(context, requirements, scratch.repair);
    const polls = options.maxPolls ?? 20;
    for (let poll = 1; ; poll++) {
      options.onStep?.(`Waiting for Excel to calculate (${poll})`);
      const reads = queueReads(context, scratch);
      await context.sync();
      const grids = [reads.functions.values, reads.repair.values, ...reads.sheets.map((s) => (s.used.isNullObject ? [] : s.used.values))];
      if (!stillCalculating(grids) || poll >= polls) {
        if (stillCalculating(grids)) checks.push({ title: "Calculation", ok: false, detail: `still calculating after ${polls} reads: the results below may be incomplete.` });
        checks.push(...judge(reads, scratch, repaired));
        break;
      }
      await options.wait(1000);
    }
    options.onStep?.("Freezing a copy of the scratch contract");
    checks.push(await checkFreeze(context, requirements, scratchNames(scratch), scratch.marked.valueContract ?? "", options.now ?? new Date(), ours));
  } catch (e) {
    checks.push({ title: "Scratch sheets", ok: false, detail: `Excel refused a step: ${e instanceof Error ? e.message : String(e)}` });
  }
  options.onStep?.("Removing the scratch sheets");
  checks.push(await removeScratch(context, ours));
  return checks;
}
