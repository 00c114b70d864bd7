/*
 * What "Check this Excel" expects, and how it judges what Excel computed: pure, so the
 * same judgement runs in the user's Excel and in the tests. Expected figures come from
 * the functions' own declarations evaluated here in JavaScript — the same math the add-in
 * ships — so a mismatch is this Excel's doing (registration, argument passing, calculation).
 */
import { isCalcError } from "../core/calcError";
import type { Result } from "../functions/excelFunction";
import { LIBRARY } from "../functions/library";
import { formula } from "../functions/reference";
import { namedArea } from "./selfTestFigures";

/** One line of the report. */
export interface SelfTestCheck {
  title: string;
  ok: boolean;
  detail: string;
}

/** A formula the self-test enters, and what it must show. */
export interface FunctionCase {
  label: string;
  formula: string;
  expected: Result | { error: string };
}

/** Every function's worked example, and every declared error, as Excel must compute them. */
export function functionCases(): FunctionCase[] {
  return LIBRARY.flatMap((f) => {
    const example = f.evaluate(...f.example.args);
    const cases: FunctionCase[] = [
      { label: f.id, formula: formula(f, f.example.args), expected: isCalcError(example) ? { error: example.code } : example },
    ];
    for (const e of f.errors) cases.push({ label: `${f.id} ${e.code}`, formula: formula(f, e.example), expected: { error: e.code } });
    return cases;
  });
}

/** Rows the cases' grid needs: a header row, then the longest spilled result. */
export function caseRows(cases: readonly FunctionCase[]): number {
  return 1 + Math.max(1, ...cases.map((c) => (Array.isArray(c.expected) ? c.expected.length : 1)));
}

/** Results Excel shows while a custom function is still computing. */
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

/** Whether any value in the grids is still being computed. */
export function stillCalculating(grids: readonly (readonly (readonly unknown[])[])[]): boolean {
  return grids.some((g) => g.some((row) => row.some((v) => typeof v === "string" && PENDING.has(v))));
}

const close = (actual: unknown, expected: number) =>
  typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));

/** Why one case's column differs from what it must show, or undefined when it agrees. */
function mismatch(c: FunctionCase, column: readonly unknown[]): string | undefined {
  const shown = column[0];
  const e = c.expected;
  if (typeof e === "object" && !Array.isArray(e)) return shown === e.error ? undefined : `${c.formula} shows ${String(shown)}, not ${e.error}`;
  if (Array.isArray(e)) {
    const bad = e.findIndex((row, i) => !close(column[i], row[0]));
    return bad < 0 ? undefined : `${c.formula} row ${bad + 1} shows ${String(column[bad])}, not ${e[bad][0]}`;
  }
  if (typeof e === "number") return close(shown, e) ? undefined : `${c.formula} shows ${String(shown)}, not ${e}`;
  return shown === e ? undefined : `${c.formula} shows ${String(shown)}, not ${e}`;
}

/**
 * Judges the cases' grid: row 0 holds the labels, case i's result starts in row 1 of
 * column i and spills down it.
 */
export function judgeFunctions(cases: readonly FunctionCase[], grid: readonly (readonly unknown[])[]): SelfTestCheck[] {
  const wrong = (kind: (c: FunctionCase) => boolean) =>
    cases.flatMap((c, i) => (kind(c) ? [mismatch(c, grid.slice(1).map((row) => row[i]))] : [])).filter((m): m is string => m !== undefined);
  const isError = (c: FunctionCase) => typeof c.expected === "object" && !Array.isArray(c.expected);
  const examples = cases.filter((c) => !isError(c)).length;
  const badExamples = wrong((c) => !isError(c));
  const badErrors = wrong(isError);
  return [
    {
      title: "Functions",
      ok: badExamples.length === 0,
      detail:
        badExamples.length === 0
          ? `${examples} worked examples equal the add-in's own figures to 1e-9.`
          : `${badExamples.length} of ${examples} differ: ${badExamples.slice(0, 5).join("; ")}`,
    },
    {
      title: "Error codes",
      ok: badErrors.length === 0,
      detail:
        badErrors.length === 0
          ? `${cases.length - examples} bad inputs show the error code they are declared to.`
          : `${badErrors.length} show another result: ${badErrors.slice(0, 5).join("; ")}`,
    },
  ];
}

/** A scratch template sheet as read back: its values from A1, and its scoped names with their formulas. */
export interface ReadSheet {
  sheet: string;
  /** Values of the used range, which starts at A1 on every template sheet. */
  values: readonly (readonly unknown[])[];
  names: readonly { name: string; formula: unknown }[];
  /** The names the plan defined on this sheet. */
  planned: readonly string[];
  /** What its master check must read: "OK", or what the template flags by design. */
  master: string;
  /** Columns (from 1) that feed only a chart, where #N/A is a gap in the line by design. */
  chartOnly: readonly number[];
}

/** Excel's error values as range.values reports them. */
const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!", "#BLOCKED!", "#CONNECT!", "#FIELD!", "#UNKNOWN!", "#BUSY!", "#GETTING_DATA"]);

/** Error values on the template sheets, their master checks, and whether every planned name is bound. */
export function judgeTemplates(sheets: readonly ReadSheet[], masterCheck: string): SelfTestCheck[] {
  const errors = sheets.flatMap((s) =>
    s.values.flatMap((row, r) =>
      row.flatMap((v, c) => {
        const gap = v === "#N/A" && s.chartOnly.includes(c + 1);
        return typeof v === "string" && ERRORS.has(v) && !gap ? [`${s.sheet} row ${r + 1} col ${c + 1}: ${v}`] : [];
      }),
    ),
  );
  const masters = sheets.flatMap((s) => {
    const n = s.names.find((x) => x.name.toLowerCase() === masterCheck.toLowerCase());
    if (!n) return [];
    const at = namedArea(n.formula);
    const value = at ? s.values[at.top - 1]?.[at.left - 1] : undefined;
    return [{ sheet: s.sheet, value, expected: s.master }];
  });
  const failing = masters.filter((m) => m.value !== m.expected);
  const unbound = sheets.flatMap((s) => {
    const bound = new Map(s.names.map((n) => [n.name.toLowerCase(), n.formula]));
    return s.planned.filter((p) => {
      const f = bound.get(p.toLowerCase());
      return typeof f !== "string" || f.includes("#REF!");
    }).map((p) => `${s.sheet}!${p}`);
  });
  const planned = sheets.reduce((n, s) => n + s.planned.length, 0);
  return [
    {
      title: "Templates",
      ok: errors.length === 0 && failing.length === 0 && masters.length > 0,
      detail:
        errors.length + failing.length === 0
          ? `${sheets.length} sheets computed with no error value; ${masters.length} master checks read as the worked example's do.`
          : [...errors.slice(0, 5), ...failing.map((m) => `${m.sheet} master check reads ${String(m.value)}, not ${m.expected}`)].join("; "),
    },
    {
      title: "Names",
      ok: unbound.length === 0,
      detail: unbound.length === 0 ? `${planned} worksheet-scoped names bound to their cells.` : `${unbound.length} not bound: ${unbound.slice(0, 5).join(", ")}`,
    },
  ];
}

/** The print setup the writer asked for, against what Excel reports back. */
export function judgePrint(read: readonly { sheet: string; asked: Record<string, unknown>; got: Record<string, unknown> }[]): SelfTestCheck {
  const differ = read.flatMap((r) =>
    Object.keys(r.asked)
      .filter((k) => JSON.stringify(r.asked[k]) !== JSON.stringify(r.got[k]))
      .map((k) => `${r.sheet} ${k}: asked ${JSON.stringify(r.asked[k])}, Excel reports ${JSON.stringify(r.got[k])}`),
  );
  return {
    title: "Print setup",
    ok: differ.length === 0,
    detail: differ.length === 0 ? `orientation and fit to page read back as set on ${read.length} sheets.` : differ.slice(0, 5).join("; "),
  };
}

/** The report as plain text a user can paste into an e-mail to support. */
export function reportText(checks: readonly SelfTestCheck[], about: readonly string[]): string {
  const failed = checks.filter((c) => !c.ok).length;
  return [
    "AIVALUE — Check this Excel",
    ...about,
    failed === 0 ? "Result: every check passed." : `Result: ${failed} of ${checks.length} checks failed.`,
    ...checks.map((c) => `${c.ok ? "PASS" : "FAIL"}  ${c.title}: ${c.detail}`),
  ].join("\n");
}
