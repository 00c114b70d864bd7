/*
 * "Check this Excel": a self-test that runs in the user's own Excel, for the behaviours no
 * test here can run — how this Excel registers and calculates the functions, binds the
 * templates' names and keeps their print setup. It writes scratch sheets, reads back what
 * Excel made of them, removes every one it added, and returns a report. A fixed number of
 * syncs: one to read the sheet names, one to write, at most `maxPolls` while the functions
 * calculate, one to remove the scratch sheets and one to confirm they are gone.
 */
import { columnLetter } from "../sheet/a1";
import { plan, uniqueSheetName, type PlannedSheet } from "../sheet/plan";
import type { TemplateOptions, TemplateSpec } from "../sheet/spec";
import { MASTER_CHECK } from "../templates/common";
import { TEMPLATE_MARKS } from "../templates/marks";
import { evidenceLadder } from "../templates/evidenceLadder";
import { priceBook } from "../templates/priceBook";
import { valueContract } from "../templates/valueContract";
import { workflowCost } from "../templates/workflowCost";
import { writeSheet } from "./insert";
import type { ExcelPort, PortBox, PortNames, PortRange, PortWorksheet } from "./port";
import { excelApi, type Requirements } from "./requirements";
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

export interface SelfTestOptions {
  /** Pauses between reads while the functions calculate (a timer in the pane, nothing in tests). */
  wait(ms: number): Promise<void>;
  /** Told each step in words, for the pane's progress line. */
  onStep?(step: string): void;
  /** Reads of the results before giving up on the functions finishing (default 20, a second apart). */
  maxPolls?: number;
}

/** Every sheet name starts with this, so a user who sees one mid-test knows what it is. */
const PREFIX = "AIVALUE check ";

/** The worked example's templates, the ladder first so the contract links to it by name. */
function scratchSpecs(taken: string[]): TemplateSpec[] {
  const options: TemplateOptions = { example: true };
  const rename = (spec: TemplateSpec): TemplateSpec => {
    const sheets = spec.sheets.map((s) => {
      const name = uniqueSheetName(`${PREFIX}${s.name}`, taken);
      taken.push(name);
      return { ...s, name };
    });
    return { ...spec, sheets };
  };
  const ladder = rename(evidenceLadder(options));
  const contract = rename(valueContract({ ...options, ladderSheet: ladder.sheets[0].name }));
  return [ladder, contract, rename(workflowCost(options)), rename(priceBook())];
}

interface Scratch {
  functionsSheet: string;
  /** The price book's sheet, whose master check differs by design. */
  priceBook: string;
  sheets: PlannedSheet[];
}

/** Queues the scratch sheets: the function cases in one grid, then the templates as the pane inserts them. */
function writeScratch(context: ExcelPort, taken: string[], tableNames: string[], has: (v: string) => boolean): Scratch {
  const cases = functionCases();
  const names = [...taken];
  const functionsSheet = uniqueSheetName(`${PREFIX}functions`, names);
  names.push(functionsSheet);
  const ws = context.workbook.worksheets.add(functionsSheet);
  // Labels as formulas that return text, so no label is ever parsed as a number or an error.
  ws.getRange(`A1:${columnLetter(cases.length)}2`).formulas = [cases.map((c) => `="${c.label}"`), cases.map((c) => c.formula)];
  // Names already unique (scratchSpecs), so each plan keeps them; tables accumulate across templates.
  const tablesTaken = [...tableNames];
  const sheets = scratchSpecs(names).flatMap((spec) => {
    const p = plan(spec, { sheetNames: taken, tableNames: tablesTaken }, { example: true });
    p.sheets.forEach((s) => tablesTaken.push(...s.tables.map((t) => t.name)));
    return p.sheets;
  });
  const warnings = new Set<string>();
  for (const s of sheets) writeSheet(context, s, has, warnings);
  const priceBook = sheets.find((s) => s.names.some((n) => n.name === TEMPLATE_MARKS.priceBook))?.name ?? "";
  return { functionsSheet, priceBook, sheets };
}

interface Reads {
  functions: PortRange;
  sheets: { planned: PlannedSheet; used: PortBox; names: PortNames; layout: PortWorksheet["pageLayout"] }[];
}

function queueReads(context: ExcelPort, scratch: Scratch): Reads {
  const rows = caseRows(functionCases());
  const sheets = context.workbook.worksheets;
  const functions = sheets.getItem(scratch.functionsSheet).getRange(`A1:${columnLetter(functionCases().length)}${rows}`).load("values");
  return {
    functions,
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

/** The price book's example rows are flagged until a user verifies them: by design, one check to resolve. */
const PRICE_BOOK_MASTER = "1 to resolve";

function judge(reads: Reads, scratch: Scratch): SelfTestCheck[] {
  const read: ReadSheet[] = reads.sheets.map((s) => ({
    sheet: s.planned.name,
    values: s.used.isNullObject ? [] : s.used.values,
    names: s.names.items,
    planned: s.planned.names.map((n) => n.name),
    master: s.planned.name === scratch.priceBook ? PRICE_BOOK_MASTER : "OK",
    chartOnly: s.planned.hiddenColumns,
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
  return [...judgeFunctions(functionCases(), reads.functions.values), ...judgeTemplates(read, MASTER_CHECK), judgePrint(print)];
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
  const ours = [scratch.functionsSheet, ...scratch.sheets.map((s) => s.name)];
  const checks: SelfTestCheck[] = [];
  try {
    options.onStep?.("Writing scratch sheets: every function's worked example and the four templates");
    await context.sync();
    const polls = options.maxPolls ?? 20;
    for (let poll = 1; ; poll++) {
      options.onStep?.(`Waiting for Excel to calculate (${poll})`);
      const reads = queueReads(context, scratch);
      await context.sync();
      const grids = [reads.functions.values, ...reads.sheets.map((s) => (s.used.isNullObject ? [] : s.used.values))];
      if (!stillCalculating(grids) || poll >= polls) {
        if (stillCalculating(grids)) checks.push({ title: "Calculation", ok: false, detail: `still calculating after ${polls} reads: the results below may be incomplete.` });
        checks.push(...judge(reads, scratch));
        break;
      }
      await options.wait(1000);
    }
  } catch (e) {
    checks.push({ title: "Scratch sheets", ok: false, detail: `Excel refused a step: ${e instanceof Error ? e.message : String(e)}` });
  }
  options.onStep?.("Removing the scratch sheets");
  checks.push(await removeScratch(context, ours));
  return checks;
}
