/*
 * Structured references resolved to the cells they cover, so a formula that reads an
 * AIVALUE result through a table (`Deals[ROI]`, `[@ROI]`, `Deals[#All]`) is found like one
 * that reads `D2:D9`, and one that reads only the table's other columns is not. Excel's
 * rules ("Using structured references with Excel tables",
 * https://support.microsoft.com/office/f5ed2452-2337-4f71-bed3-c8ae6d2b276e): no section
 * means #Data; #All is the whole table with its header and total rows; #Headers and
 * #Totals exist only when the table shows them; #This Row (`@`) is the data row of the
 * formula's own row; `[A]:[B]` spans the columns between. A missing table, column or row
 * is #REF! in Excel, which reads nothing.
 */
import type { Box } from "./areaIndex";
import type { Area } from "./formulaRefs";

export interface TableDef {
  name: string;
  sheet: string;
  /** The whole table, header and total rows included, 1-based. */
  box: Box;
  /** Column names left to right, as the header row holds them. */
  headers: string[];
  showHeaders: boolean;
  showTotals: boolean;
}

/** A structured reference as @borgar/fx parses it ("" for a table left unsaid: `[@Col]`). */
export interface StructRef {
  table?: string;
  columns?: string[];
  sections?: string[];
}

/** Where the formula holding a reference sits: `@` and an unnamed table depend on it. */
export interface Place {
  sheet: string;
  row: number;
  col: number;
}

export class TableIndex {
  private readonly named = new Map<string, TableDef>();
  /** Per sheet and column, the tables covering that column, by top row: the table around a cell in log time. */
  private readonly columns = new Map<string, TableDef[]>();

  constructor(tables: TableDef[]) {
    for (const t of tables) {
      // Table names and defined names are case-insensitive in Excel.
      this.named.set(t.name.toLowerCase(), t);
      for (let c = t.box.left; c <= t.box.right; c++) {
        const key = `${t.sheet.toLowerCase()}!${c}`;
        const list = this.columns.get(key);
        if (list) list.push(t);
        else this.columns.set(key, [t]);
      }
    }
    for (const list of this.columns.values()) list.sort((a, b) => a.box.top - b.box.top);
  }

  /** The table called `name`, if there is one. */
  byName(name: string): TableDef | undefined {
    return this.named.get(name.toLowerCase());
  }

  /** The table holding this cell (tables never overlap), if any. */
  around(p: Place): TableDef | undefined {
    const list = this.columns.get(`${p.sheet.toLowerCase()}!${p.col}`);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = list[mid].box;
      if (p.row < b.top) hi = mid - 1;
      else if (p.row > b.bottom) lo = mid + 1;
      else return list[mid];
    }
    return undefined;
  }

  /** The areas a structured reference written at `at` reads; empty where Excel shows #REF!. */
  resolve(ref: StructRef, at: Place): Area[] {
    const t = ref.table ? this.byName(ref.table) : this.around(at);
    if (!t) return [];
    const cols = columnSpan(t, ref.columns ?? []);
    if (!cols) return [];
    const rows = (ref.sections?.length ? ref.sections : ["data"]).flatMap((s) => sectionRows(t, s.toLowerCase(), at.row));
    return rows.map(([top, bottom]) => ({ sheets: [t.sheet, t.sheet], top, bottom, left: cols[0], right: cols[1] }));
  }
}

/** First and last sheet column of the columns named (all of them when none is). */
function columnSpan(t: TableDef, names: string[]): [number, number] | undefined {
  if (names.length === 0) return [t.box.left, t.box.right];
  const lower = t.headers.map((h) => h.toLowerCase());
  const at = names.map((n) => lower.indexOf(n.toLowerCase()));
  if (at.some((i) => i < 0)) return undefined;
  return [t.box.left + Math.min(...at), t.box.left + Math.max(...at)];
}

/** The rows of one section, as [top, bottom] pairs (none where the section does not exist). */
function sectionRows(t: TableDef, section: string, row: number): [number, number][] {
  const header = t.showHeaders ? t.box.top : undefined;
  const totals = t.showTotals ? t.box.bottom : undefined;
  const dataTop = t.box.top + (t.showHeaders ? 1 : 0);
  const dataBottom = t.box.bottom - (t.showTotals ? 1 : 0);
  switch (section) {
    case "all":
      return [[t.box.top, t.box.bottom]];
    case "data":
      return dataTop <= dataBottom ? [[dataTop, dataBottom]] : [];
    case "headers":
      return header === undefined ? [] : [[header, header]];
    case "totals":
      return totals === undefined ? [] : [[totals, totals]];
    case "this row":
      // Implicit intersection: the data row on the formula's own row, else #VALUE!.
      return row >= dataTop && row <= dataBottom ? [[row, row]] : [];
    default:
      return [];
  }
}
