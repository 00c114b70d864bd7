/*
 * What one formula reads, from the tokens of a real Excel formula tokenizer (@borgar/fx)
 * rather than regular expressions: cells, ranges, whole columns and rows, on this sheet,
 * another sheet (quoted or not, any script: École!B2, 計画!B2) or a span of sheets
 * (North:South!B2); the defined names it uses; whether it calls an AIVALUE function,
 * in its canonical or orphaned (_xldudf_AIVALUE_…) form; its structured references
 * (resolved against the workbook's tables in tables.ts); and whether what it reads cannot
 * be known from its text (OFFSET, INDIRECT).
 */
import { parseA1Ref, parseStructRef, tokenize, tokenTypes } from "@borgar/fx";
import type { StructRef } from "./tables";

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

/** A rectangle, 1-based and inclusive, on one sheet or on every sheet of a 3-D span. */
export interface Area {
  /** The sheet, or the first and last sheet of a 3-D reference; undefined for the formula's own sheet. */
  sheets?: [string, string];
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FormulaReads {
  areas: Area[];
  /** Defined names used, with the sheet they were qualified with (`'Value Contract'!Realised`). */
  names: { sheet?: string; name: string }[];
  /** Structured references into this workbook's tables (`Deals[ROI]`, `[@ROI]`), unresolved. */
  structs: StructRef[];
  /** Calls an AIVALUE function (AIVALUE.ROI, or _xldudf_AIVALUE_ROI when Excel did not know it). */
  direct: boolean;
  /** Why what it reads cannot be known from its text, if it cannot. */
  dynamic?: string;
}

/** The function a cell calls when it needs the add-in. */
export const AIVALUE_FUNCTION = /^(?:\[\d+\]!)?(?:AIVALUE\.|_xldudf_AIVALUE_)/i;
/** Functions whose result is a reference computed at run time. */
const DYNAMIC = new Set(["OFFSET", "INDIRECT"]);

function area(top: number | null, left: number | null, bottom: number | null, right: number | null): Omit<Area, "sheets"> {
  // @borgar/fx leaves the missing side of A:A or 3:3 null; Excel means the whole sheet's extent.
  const t = top ?? 0;
  const l = left ?? 0;
  const b = bottom ?? MAX_ROW - 1;
  const r = right ?? MAX_COL - 1;
  return { top: Math.min(t, b) + 1, left: Math.min(l, r) + 1, bottom: Math.max(t, b) + 1, right: Math.max(l, r) + 1 };
}

/** The sheets a context names: one, or the two ends of a 3-D span; undefined for another workbook. */
function sheetsOf(context: string[]): [string, string] | undefined | null {
  if (context.length === 0) return undefined;
  // A reference into another workbook ([1]Sheet1!A1) cannot read this workbook's AIVALUE cells.
  if (context.length > 1 || /^\[/.test(context[0])) return null;
  // A sheet name cannot hold ":" (Excel refuses it), so the colon always separates a 3-D span.
  const [first, last = first] = context[0].split(":");
  return [first, last];
}

/** The areas, names and calls of a formula as range.formulas gives it ("=…"). */
export function formulaReads(formula: string): FormulaReads {
  const reads: FormulaReads = { areas: [], names: [], structs: [], direct: false };
  for (const token of tokenize(formula, { withLocation: false })) {
    if (token.type === tokenTypes.FUNCTION) {
      if (AIVALUE_FUNCTION.test(token.value)) reads.direct = true;
      else if (DYNAMIC.has(token.value.toUpperCase())) reads.dynamic ??= `${token.value.toUpperCase()} computes what it reads, so it cannot be told from the formula.`;
    } else if (token.type === tokenTypes.REF_STRUCT) {
      const ref = parseStructRef(token.value);
      if (!ref) reads.dynamic ??= "A table reference the scan cannot read, so what it reads cannot be told from the formula.";
      // A table of another workbook ([1]!Deals[ROI]) cannot read this workbook's AIVALUE cells.
      if (ref && sheetsOf(ref.context ?? []) !== null) reads.structs.push({ table: ref.table, columns: ref.columns, sections: ref.sections });
    } else if (token.type === tokenTypes.REF_RANGE || token.type === tokenTypes.REF_BEAM || token.type === tokenTypes.REF_NAMED) {
      const ref = parseA1Ref(token.value);
      if (!ref) continue;
      const sheets = sheetsOf(ref.context ?? []);
      if (sheets === null) continue;
      if ("name" in ref) reads.names.push(sheets ? { sheet: sheets[0], name: ref.name } : { name: ref.name });
      else {
        // One cell leaves bottom and right unset; A:A and 3:3 leave the open sides null.
        const { top, left, bottom = top, right = left } = ref.range;
        reads.areas.push({ sheets, ...area(top, left, bottom, right) });
      }
    }
  }
  return reads;
}
