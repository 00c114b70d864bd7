/*
 * Excel keeps table names and defined names in one namespace: a table may not take the
 * name of any defined name (workbook- or sheet-scoped), and a sheet-scoped name may not
 * take a table's. A planned template is fitted into the workbook's namespace here, before
 * anything is written: tables and the template's own names take the next free suffix and
 * every formula that used them follows; a name other sheets read by its spelling is never
 * renamed, and its clash is reported so the insert can refuse with what to rename.
 */
import { tokenize, tokenTypes } from "@borgar/fx";
import type { Content, Plan, PlannedSheet } from "./plan";

/** What the workbook already holds; compared case-insensitively, as Excel does. */
export interface Namespace {
  tables: Iterable<string>;
  /** Workbook-scoped names and every sheet's scoped names. */
  names: Iterable<string>;
}

/** A name the template must keep, held by a table the user made. */
export interface NameClash {
  sheet: string;
  name: string;
}

const lower = (xs: Iterable<string>) => new Set([...xs].map((x) => x.toLowerCase()));

/** The template's fixed names that the workbook's tables already hold: the insert must refuse. */
export function fixedClashes(p: Plan, tables: Iterable<string>, fixed: ReadonlySet<string>): NameClash[] {
  const held = lower(tables);
  return p.sheets.flatMap((s) => s.names.filter((n) => fixed.has(n.name.toLowerCase()) && held.has(n.name.toLowerCase())).map((n) => ({ sheet: s.name, name: n.name })));
}

/** What the pane says when fixed names are taken: which, and what to rename. */
export function clashMessage(clashes: NameClash[], again = "insert again"): string {
  const names = [...new Set(clashes.map((c) => c.name))];
  const list = names.map((n) => `“${n}”`).join(", ");
  const one = names.length === 1;
  return (
    `This workbook has ${one ? "a table" : "tables"} named ${list}, and the template needs ${one ? "that name" : "those names"} for cells other sheets read. ` +
    `Rename the table${one ? "" : "s"} (select a cell in ${one ? "it" : "each"}, then Table Design › Table Name), then ${again}. Nothing was changed.`
  );
}

/** `base`, or `base_2`, `base_3`…: the underscore keeps a name like ROI2 from reading as a cell. */
export function freeName(base: string, used: Set<string>, sep: string): string {
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!used.has(`${base}${sep}${i}`.toLowerCase())) return `${base}${sep}${i}`;
}

/** A formula with unqualified names and table references renamed; strings and other sheets' names untouched. */
export function renameInFormula(formula: string, names: ReadonlyMap<string, string>, tables: ReadonlyMap<string, string>): string {
  if (names.size === 0 && tables.size === 0) return formula;
  return tokenize(formula, { withLocation: false })
    .map((t) => {
      if (t.type === tokenTypes.REF_NAMED) return names.get(t.value.toLowerCase()) ?? t.value;
      if (t.type === tokenTypes.REF_STRUCT) {
        const at = t.value.indexOf("[");
        const table = at > 0 ? tables.get(t.value.slice(0, at).toLowerCase()) : undefined;
        return table ? table + t.value.slice(at) : t.value;
      }
      return t.value;
    })
    .join("");
}

function renameSheet(s: PlannedSheet, names: Map<string, string>, tables: Map<string, string>): PlannedSheet {
  const cell = (c: Content): Content => (c.kind === "formula" ? { kind: "formula", formula: renameInFormula(c.formula, names, tables) } : c);
  return {
    ...s,
    names: s.names.map((n) => ({ ...n, name: names.get(n.name.toLowerCase()) ?? n.name })),
    blocks: s.blocks.map((b) => ({ ...b, contents: b.contents.map((row) => row.map(cell)) })),
  };
}

/**
 * Fits the plan into the workbook's namespace: each table takes a name no table or defined
 * name holds, and each of the template's renamable names one no table holds. Call it only
 * once {@link fixedClashes} is empty: fixed names are left as they are.
 */
export function claimNames(p: Plan, taken: Namespace, fixed: ReadonlySet<string>): Plan {
  const tables = lower(taken.tables);
  const names = lower(taken.names);
  const own = new Set(p.sheets.flatMap((s) => s.names.map((n) => n.name.toLowerCase())));
  // Tables first, over every sheet: a structured reference may read a table on another sheet.
  const tableRenames = new Map<string, string>();
  const chosen = p.sheets.map((s) =>
    s.tables.map((t) => {
      const name = freeName(t.name, new Set([...tables, ...names, ...own]), "");
      tables.add(name.toLowerCase());
      if (name !== t.name) tableRenames.set(t.name.toLowerCase(), name);
      return name;
    }),
  );
  const sheets = p.sheets.map((s, i) => {
    const nameRenames = new Map<string, string>();
    const used = new Set([...s.names.map((n) => n.name.toLowerCase()), ...tables, ...names]);
    for (const n of s.names) {
      const key = n.name.toLowerCase();
      if (fixed.has(key) || !tables.has(key)) continue;
      const name = freeName(n.name, used, "_");
      used.add(name.toLowerCase());
      nameRenames.set(key, name);
    }
    return { ...renameSheet(s, nameRenames, tableRenames), tables: s.tables.map((t, j) => ({ ...t, name: chosen[i][j] })) };
  });
  return { ...p, sheets };
}
