/*
 * The canonical form of a formula whose AIVALUE calls Excel could not resolve: a workbook
 * calculated before the add-in loaded keeps them as `_xldudf_AIVALUE_ROI(…)`, sometimes
 * behind a link to another add-in (`[2]!_xldudf_…`, office-js #2568), or stuck at #NAME?
 * (office-js #6611); re-entering `=AIVALUE.ROI(…)` makes Excel bind it again. Works on
 * tokens, so text in quotes and everything else in the formula stay exactly as they were.
 */
import { tokenize, tokenTypes } from "@borgar/fx";

const ORPHAN = /^_xldudf_AIVALUE_(.+)$/i;

/**
 * `formula` with every orphaned AIVALUE call written as `AIVALUE.NAME`.
 *
 * @example canonicalFormula("=[2]!_xldudf_AIVALUE_ROI(A1,B1)") // "=AIVALUE.ROI(A1,B1)"
 */
export function canonicalFormula(formula: string): string {
  const out: string[] = [];
  for (const token of tokenize(formula, { withLocation: false })) {
    const orphan = token.type === tokenTypes.FUNCTION ? ORPHAN.exec(token.value) : null;
    if (!orphan) {
      out.push(token.value);
      continue;
    }
    // The tokenizer reads a link prefix as "[", a number, "]" and "!": drop it with the orphan.
    const n = out.length;
    if (n >= 4 && out[n - 4] === "[" && /^\d+$/.test(out[n - 3]) && out[n - 2] === "]" && out[n - 1] === "!") out.length = n - 4;
    out.push(`AIVALUE.${orphan[1].toUpperCase()}`);
  }
  return out.join("");
}
