/*
 * Which cells would break for a reader without the add-in: every formula that uses an
 * AIVALUE function (or its orphaned form, _xldudf_AIVALUE_…), and every formula that
 * reads such a cell, directly or through other cells and names, on any sheet. Pure
 * analysis of formula text; the Office.js side loads the formulas (office/scan.ts).
 */
import { cellRef, columnNumber } from "../sheet/a1";

export interface SheetFormulas {
  name: string;
  /** Top-left of `formulas` (the sheet's used range). */
  top: number;
  left: number;
  /** As range.formulas returns them: a formula is a string starting with "=". */
  formulas: unknown[][];
  /** Names scoped to this sheet, with their formulas as Excel gives them ("=Sheet!$B$5"). */
  names: { name: string; formula: string }[];
}

export interface Dependent {
  sheet: string;
  /** A1 address on its sheet. */
  ref: string;
  formula: string;
  /** True when the formula itself calls an AIVALUE function. */
  direct: boolean;
}

interface Area {
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const DIRECT = /\bAIVALUE\.|\b_xldudf_AIVALUE/i;
/** Rows per bucket of the range index. */
const BUCKET = 256;
const MAX_ROW = 1048576;
const MAX_COL = 16384;
/** Words that look like names but are not: boolean constants. */
const CONSTANTS = new Set(["TRUE", "FALSE"]);

const unquote = (sheet: string) => (sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet);

// An optional sheet, then a cell or range (A1, $A$1:B2, A:C, 3:5), or a name.
const TOKEN =
  /(?:('(?:[^']|'')+'|[A-Za-z_][\w.]*)!)?(?:(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?|(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})|(\$?\d+):(\$?\d+)|([A-Za-z_\\][\w.]*))(?![\w.(!])/g;

function cell(text: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(text)!;
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

/** The areas and names a formula reads. Text inside quotes is not a reference. */
export function references(formula: string, sheet: string): { areas: Area[]; names: { sheet?: string; name: string }[] } {
  const areas: Area[] = [];
  const names: { sheet?: string; name: string }[] = [];
  const body = formula.replace(/"(?:[^"]|"")*"/g, '""');
  for (const m of body.matchAll(TOKEN)) {
    const on = m[1] ? unquote(m[1]) : undefined;
    const target = on ?? sheet;
    if (m[2]) {
      const a = cell(m[2]);
      const b = m[3] ? cell(m[3]) : a;
      areas.push({ sheet: target, top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
    } else if (m[4]) {
      const [l, r] = [columnNumber(m[4].replace("$", "")), columnNumber(m[5].replace("$", ""))];
      areas.push({ sheet: target, top: 1, left: Math.min(l, r), bottom: MAX_ROW, right: Math.max(l, r) });
    } else if (m[6]) {
      const [t, b] = [Number(m[6].replace("$", "")), Number(m[7].replace("$", ""))];
      areas.push({ sheet: target, top: Math.min(t, b), left: 1, bottom: Math.max(t, b), right: MAX_COL });
    } else if (m[8] && !CONSTANTS.has(m[8].toUpperCase()) && !/^_xldudf_/i.test(m[8])) {
      names.push({ sheet: on, name: m[8] });
    }
  }
  return { areas, names };
}

/** Every formula cell that depends on an AIVALUE function, in sheet and row order. */
export function aivalueDependents(sheets: SheetFormulas[], workbookNames: { name: string; formula: string }[] = []): Dependent[] {
  const key = (sheet: string, row: number, col: number) => `${sheet.toLowerCase()}!${row}!${col}`;
  const resolveName = (onSheet: string | undefined, name: string, from: string): Area[] => {
    const scope = sheets.find((s) => s.name.toLowerCase() === (onSheet ?? from).toLowerCase());
    const def =
      scope?.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ??
      (onSheet ? undefined : workbookNames.find((n) => n.name.toLowerCase() === name.toLowerCase()));
    return def ? references(def.formula.replace(/^=/, ""), scope?.name ?? from).areas : [];
  };

  interface Node {
    sheet: string;
    row: number;
    col: number;
    formula: string;
    reads: Area[];
  }
  const nodes: Node[] = [];
  for (const s of sheets) {
    s.formulas.forEach((r, i) =>
      r.forEach((f, j) => {
        if (typeof f !== "string" || !f.startsWith("=")) return;
        const refs = references(f, s.name);
        const reads = [...refs.areas, ...refs.names.flatMap((n) => resolveName(n.sheet, n.name, s.name))];
        nodes.push({ sheet: s.name, row: s.top + i, col: s.left + j, formula: f, reads });
      }),
    );
  }

  // Worklist: a cell that becomes dependent wakes the formulas that read it. Single cells
  // are found by key; ranges by row bucket (tall ranges, such as whole columns, apart).
  const readers = new Map<string, Node[]>();
  const buckets = new Map<string, { area: Area; node: Node }[]>();
  const tall = new Map<string, { area: Area; node: Node }[]>();
  const push = <T>(map: Map<string, T[]>, k: string, v: T) => {
    const list = map.get(k);
    if (list) list.push(v);
    else map.set(k, [v]);
  };
  for (const n of nodes) {
    for (const a of n.reads) {
      const sheet = a.sheet.toLowerCase();
      if (a.top === a.bottom && a.left === a.right) push(readers, key(a.sheet, a.top, a.left), n);
      else if (a.bottom - a.top > BUCKET * 16) push(tall, sheet, { area: a, node: n });
      else for (let b = Math.floor(a.top / BUCKET); b <= Math.floor(a.bottom / BUCKET); b++) push(buckets, `${sheet}!${b}`, { area: a, node: n });
    }
  }
  const inside = (a: Area, n: Node) => n.row >= a.top && n.row <= a.bottom && n.col >= a.left && n.col <= a.right;
  const dependent = new Map<Node, boolean>();
  const queue = nodes.filter((n) => DIRECT.test(n.formula));
  queue.forEach((n) => dependent.set(n, true));
  while (queue.length > 0) {
    const n = queue.pop()!;
    const sheet = n.sheet.toLowerCase();
    const wakes = [
      ...(readers.get(key(n.sheet, n.row, n.col)) ?? []),
      ...[...(buckets.get(`${sheet}!${Math.floor(n.row / BUCKET)}`) ?? []), ...(tall.get(sheet) ?? [])].filter((x) => inside(x.area, n)).map((x) => x.node),
    ];
    for (const w of wakes) {
      if (dependent.has(w)) continue;
      dependent.set(w, false);
      queue.push(w);
    }
  }
  return nodes
    .filter((n) => dependent.has(n))
    .map((n) => ({ sheet: n.sheet, ref: cellRef(n.row, n.col), formula: n.formula, direct: dependent.get(n)! }));
}
