/*
 * Which formulas read a cell, answered once per area: the scan asks for every cell that
 * becomes dependent, and an area reports its readers the first time a cell inside it is
 * asked for, then never again. So `=A2/SUM($A:$A)` copied down 20,000 rows costs one
 * report of one shared area, not 20,000 × 20,000 containment checks: the whole scan stays
 * linear in the number of formulas and cells (issue 11, finding 9).
 *
 * Narrow areas (a few columns: cells, column ranges, whole columns) go into a segment
 * tree over rows for each column they cover, short wide ones (whole rows) into one over
 * columns for each row; a tree node's list holds only areas that contain every cell under
 * the node, so a lookup empties the lists on its path without checking anything. The few
 * areas both wide and tall are checked one by one.
 */
import { MAX_COL, MAX_ROW } from "./formulaRefs";

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

interface Entry<T> extends Box {
  readers: T[];
  done: boolean;
}

/** Lists per node of an implicit segment tree over 1..size; a stab empties its path. */
class Stabber<E> {
  private readonly nodes = new Map<number, E[]>();
  constructor(private readonly size: number) {}

  insert(lo: number, hi: number, item: E, node = 1, from = 1, to = this.size): void {
    if (hi < from || to < lo) return;
    if (lo <= from && to <= hi) {
      const list = this.nodes.get(node);
      if (list) list.push(item);
      else this.nodes.set(node, [item]);
      return;
    }
    const mid = (from + to) >> 1;
    this.insert(lo, hi, item, 2 * node, from, mid);
    this.insert(lo, hi, item, 2 * node + 1, mid + 1, to);
  }

  stab(x: number, visit: (item: E) => void): void {
    for (let node = 1, from = 1, to = this.size; ; ) {
      const list = this.nodes.get(node);
      if (list) {
        this.nodes.delete(node);
        list.forEach(visit);
      }
      if (from === to) return;
      const mid = (from + to) >> 1;
      if (x <= mid) [node, to] = [2 * node, mid];
      else [node, from] = [2 * node + 1, mid + 1];
    }
  }
}

/** Areas narrower or shorter than this are indexed per column or per row. */
const NARROW = 8;

/** A number for a cell of the `sheet`-th sheet: Map lookups on numbers are far cheaper than on strings. */
export const cellKey = (sheet: number, row: number, col: number): number => (sheet * (MAX_ROW + 1) + row) * (MAX_COL + 1) + col;

/** Readers by the areas they read, on the sheets numbered in workbook order. */
export class AreaIndex<T> {
  private readonly cells = new Map<number, T[]>();
  private readonly identical = new Map<string, Entry<T>>();
  private readonly columns = new Map<number, Stabber<Entry<T>>>();
  private readonly rows = new Map<number, Stabber<Entry<T>>>();
  private readonly big = new Map<number, Entry<T>[]>();

  add(s: number, box: Box, reader: T): void {
    if (box.top === box.bottom && box.left === box.right) {
      const k = cellKey(s, box.top, box.left);
      const list = this.cells.get(k);
      if (list) list.push(reader);
      else this.cells.set(k, [reader]);
      return;
    }
    const key = `${s}!${box.top}!${box.left}!${box.bottom}!${box.right}`;
    const known = this.identical.get(key);
    if (known) {
      known.readers.push(reader);
      return;
    }
    const entry: Entry<T> = { ...box, readers: [reader], done: false };
    this.identical.set(key, entry);
    const tree = (map: Map<number, Stabber<Entry<T>>>, k: number, size: number) => {
      let t = map.get(k);
      if (!t) map.set(k, (t = new Stabber(size)));
      return t;
    };
    if (box.right - box.left < NARROW) {
      for (let c = box.left; c <= box.right; c++) tree(this.columns, s * (MAX_COL + 1) + c, MAX_ROW).insert(box.top, box.bottom, entry);
    } else if (box.bottom - box.top < NARROW) {
      for (let r = box.top; r <= box.bottom; r++) tree(this.rows, s * (MAX_ROW + 1) + r, MAX_COL).insert(box.left, box.right, entry);
    } else {
      const list = this.big.get(s);
      if (list) list.push(entry);
      else this.big.set(s, [entry]);
    }
  }

  /** The readers of every area holding this cell that has not reported before. */
  take(s: number, row: number, col: number): T[] {
    const k = cellKey(s, row, col);
    const out: T[] = this.cells.get(k) ?? [];
    this.cells.delete(k);
    const report = (e: Entry<T>) => {
      if (e.done) return;
      e.done = true;
      out.push(...e.readers);
    };
    this.columns.get(s * (MAX_COL + 1) + col)?.stab(row, report);
    this.rows.get(s * (MAX_ROW + 1) + row)?.stab(col, report);
    const big = this.big.get(s);
    if (big) {
      const before = out.length;
      for (const e of big) if (row >= e.top && row <= e.bottom && col >= e.left && col <= e.right) report(e);
      if (out.length > before) this.big.set(s, big.filter((e) => !e.done));
    }
    return out;
  }
}
