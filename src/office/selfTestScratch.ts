/*
 * The scratch sheets "Check this Excel" writes: every function's worked example in one grid,
 * a formula in the form Excel leaves stuck (for the repair check), and all seven templates
 * filled with the worked example, inserted as the pane inserts them. Every name starts with
 * "AIVALUE check ", so a user who sees one mid-test knows what it is.
 */
import { columnLetter, quoteSheet } from "../sheet/a1";
import { plan, uniqueSheetName, type PlannedSheet } from "../sheet/plan";
import type { TemplateOptions, TemplateSpec } from "../sheet/spec";
import { LIBRARY } from "../functions/library";
import { formula } from "../functions/reference";
import { aiBilling, costLink, NO_INPUTS } from "../templates/aiBilling";
import { evidenceLadder } from "../templates/evidenceLadder";
import { TEMPLATE_MARKS } from "../templates/marks";
import { measurementTracker } from "../templates/measurementTracker";
import { findContracts, portfolio } from "../templates/portfolio";
import { priceBook } from "../templates/priceBook";
import { valueContract } from "../templates/valueContract";
import { workflowCost } from "../templates/workflowCost";
import { writeSheet } from "./insert";
import type { ExcelPort } from "./port";
import { functionCases } from "./selfTestChecks";
import { sampleLedger } from "./selfTestFocus";

export const PREFIX = "AIVALUE check ";

/** The function the repair check enters stuck: its worked example, as Excel rewrites it when the add-in is not loaded (office-js #3558). */
const REPAIRED = LIBRARY.find((f) => f.id === "ROI")!;

/** The repair check's cell: what is written, what the repair must leave, and the value it must then show. */
export interface RepairCase {
  sheet: string;
  ref: string;
  stuck: string;
  canonical: string;
  expected: ReturnType<typeof REPAIRED.evaluate>;
}

export interface Scratch {
  functionsSheet: string;
  repair: RepairCase;
  /** The template sheets, in the order written. */
  sheets: PlannedSheet[];
  /** The sheet that holds each template's mark. */
  marked: Partial<Record<keyof typeof TEMPLATE_MARKS, string>>;
}

/** The portfolio's stamp: fixed, so a report from any day reads the same. */
const AS_OF = "the self-test";

/**
 * The worked example's templates: the ladder first so the contract links to it by name, the
 * AI Billing sheet (the built-in FOCUS sample) reconciled against the scratch workflow model,
 * and the portfolio over the scratch contract only — never over the user's contracts.
 */
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
  const workflow = rename(workflowCost(options));
  const ledger = sampleLedger();
  const key = ledger.lines[0]?.allocation ?? "";
  const inputs = { ...NO_INPUTS, costPerTask: new Map([[key, costLink(quoteSheet(workflow.sheets[0].name))]]), importedAt: new Map(ledger.files.map((f) => [f.sha256, AS_OF])) };
  const billing = rename(aiBilling(ledger, inputs, options));
  const contractSheet = contract.sheets[0];
  const folio = rename(portfolio(findContracts([{ name: contractSheet.name, names: new Set(contractSheet.names.map((n) => n.name.toLowerCase())) }]), AS_OF));
  return [ladder, contract, workflow, rename(priceBook()), rename(measurementTracker(options)), billing, folio];
}

/** Queues the scratch sheets: the function cases in one grid, the stuck formula, then the templates. */
export function writeScratch(context: ExcelPort, taken: readonly string[], tableNames: readonly string[], has: (v: string) => boolean): Scratch {
  const cases = functionCases();
  const names = [...taken];
  const claim = (base: string) => {
    const name = uniqueSheetName(`${PREFIX}${base}`, names);
    names.push(name);
    return name;
  };
  const functionsSheet = claim("functions");
  const ws = context.workbook.worksheets.add(functionsSheet);
  // Labels as formulas that return text, so no label is ever parsed as a number or an error.
  ws.getRange(`A1:${columnLetter(cases.length)}2`).formulas = [cases.map((c) => `="${c.label}"`), cases.map((c) => c.formula)];
  const canonical = formula(REPAIRED, REPAIRED.example.args);
  const repair: RepairCase = {
    sheet: claim("repair"),
    ref: "A1",
    stuck: canonical.replace(/^=AIVALUE\./, "=_xldudf_AIVALUE_"),
    canonical,
    expected: REPAIRED.evaluate(...REPAIRED.example.args),
  };
  context.workbook.worksheets.add(repair.sheet).getRange(repair.ref).formulas = [[repair.stuck]];
  // Names already unique (scratchSpecs), so each plan keeps them; tables accumulate across templates.
  const tablesTaken = [...tableNames];
  const sheets = scratchSpecs(names).flatMap((spec) => {
    const p = plan(spec, { sheetNames: [...taken], tableNames: tablesTaken }, { example: true });
    p.sheets.forEach((s) => tablesTaken.push(...s.tables.map((t) => t.name)));
    return p.sheets;
  });
  const warnings = new Set<string>();
  for (const s of sheets) writeSheet(context, s, has, warnings);
  const marked: Scratch["marked"] = {};
  for (const kind of Object.keys(TEMPLATE_MARKS) as (keyof typeof TEMPLATE_MARKS)[]) {
    const sheet = sheets.find((s) => s.names.some((n) => n.name === TEMPLATE_MARKS[kind]));
    if (sheet) marked[kind] = sheet.name;
  }
  return { functionsSheet, repair, sheets, marked };
}

/** Every scratch sheet's name. */
export const scratchNames = (s: Scratch): string[] => [s.functionsSheet, s.repair.sheet, ...s.sheets.map((p) => p.name)];
