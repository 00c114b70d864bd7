/*
 * Formula text as Excel treats it: sheet names that must be quoted, and the rewriting of
 * references when a sheet is renamed or deleted. Text inside "…" is never a reference.
 */

/** An Office.js error: `code` is what OfficeExtension.Error.code would be. */
export function excelError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}

// Excel writes a sheet name bare only when it is a plain word (letters of any script,
// digits, _ and .) that does not start with a digit and cannot be read as an A1 or R1C1
// reference or a boolean; anything else must be quoted or the formula is refused
// ("There's a problem with this formula"). Rules collected in jmcnamara/XlsxWriter#1078.
const COLUMN_MAX = 16384;
function looksLikeReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
  if (a1) {
    const col = [...a1[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    if (col <= COLUMN_MAX && Number(a1[2]) >= 1 && Number(a1[2]) <= 1048576) return true;
  }
  return /^(R\d*C?\d*|C\d*)$/i.test(name) || /^(TRUE|FALSE)$/i.test(name);
}

export function needsQuotes(name: string): boolean {
  return !/^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) || looksLikeReference(name);
}

export const quoted = (name: string) => (needsQuotes(name) ? `'${name.replace(/'/g, "''")}'` : name);

/** Splits a formula into pieces outside and inside string literals. */
function pieces(formula: string): { text: string; literal: boolean }[] {
  const out: { text: string; literal: boolean }[] = [];
  const re = /"(?:[^"]|"")*"/g;
  let at = 0;
  for (const m of formula.matchAll(re)) {
    out.push({ text: formula.slice(at, m.index), literal: false }, { text: m[0], literal: true });
    at = m.index! + m[0].length;
  }
  out.push({ text: formula.slice(at), literal: false });
  return out;
}

const QUALIFIER = /('(?:[^']|'')+'|[^\s!'"(),;:+\-*/^&=<>{}%@#]+)!/gu;
const bare = (q: string) => (q.startsWith("'") ? q.slice(1, -1).replace(/''/g, "'") : q);

/** The formula if Excel would accept it; else Excel's InvalidArgument. */
export function checkFormula(formula: string): string {
  let depth = 0;
  for (const p of pieces(formula)) {
    if (p.literal) continue;
    if ((p.text.match(/'/g)?.length ?? 0) % 2 !== 0) throw excelError("InvalidArgument", `unbalanced quote in ${formula}`);
    for (const ch of p.text.replace(/'(?:[^']|'')*'/g, "")) {
      depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
      if (depth < 0) throw excelError("InvalidArgument", `unbalanced parenthesis in ${formula}`);
    }
    for (const m of p.text.matchAll(QUALIFIER)) {
      if (!m[1].startsWith("'") && needsQuotes(m[1])) throw excelError("InvalidArgument", `sheet name ${m[1]} must be quoted in ${formula}`);
    }
  }
  if (depth !== 0 || (formula.split('"').length - 1) % 2 !== 0) throw excelError("InvalidArgument", `unbalanced formula ${formula}`);
  return formula;
}

/**
 * References to sheet `from` re-pointed at `to`, as Excel rewrites them when a sheet is
 * renamed, or turned into #REF! when it is deleted (`to` undefined) — permanently: the
 * formula keeps #REF! even if a sheet of that name comes back
 * (https://support.microsoft.com/office/how-to-correct-a-ref-error-822c8e46-e610-4d21-9c1c-5a7c6ba25e04).
 */
export function retarget(formula: string, from: string, to: string | undefined): string {
  // Most formulas never mention the sheet: skip them without parsing.
  const head = from.split("'")[0].slice(0, 8).toLowerCase();
  if (head && !formula.toLowerCase().includes(head)) return formula;
  return pieces(formula)
    .map((p) => (p.literal ? p.text : p.text.replace(QUALIFIER, (all, q: string) => (bare(q).toLowerCase() === from.toLowerCase() ? (to === undefined ? "#REF!" : `${quoted(to)}!`) : all))))
    .join("");
}
