/** A1-style addresses: column letters and 1-based row/column numbers. */

export function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "B5" or "$B$5" → { row: 5, col: 2 }. */
export function parseCell(ref: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`not a cell reference: ${ref}`);
  return { row: Number(m[2]), col: columnNumber(m[1]) };
}

export function cellRef(row: number, col: number, absolute = false): string {
  return absolute ? `$${columnLetter(col)}$${row}` : `${columnLetter(col)}${row}`;
}

/** "B5:D7" (or one cell) → its corners. */
export function parseRange(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b = a] = ref.split(":");
  const from = parseCell(a);
  const to = parseCell(b);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

// Excel requires quotes around a sheet name that it could read as something else: a cell
// (AI1, FY2026, Q1), an R1C1 reference (R, C, RC, R2D2, C3) or a boolean; unquoted, such a
// formula is refused ("There's a problem with this formula"). Quoting a name that did not
// need it is always accepted, so anything that starts like a reference is quoted.
const LOOKS_LIKE_REFERENCE = /^(?:[A-Za-z]{1,3}\d|[RrCc]\d|R?C?$|TRUE$|FALSE$)/i;

/** A sheet name as a formula must write it: quoted unless it is a plain word that reads as nothing else. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !LOOKS_LIKE_REFERENCE.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * True for a name Excel would accept for a sheet: 1 to 31 characters, none of \ / ? * [ ] :
 * nor a control character, not starting or ending with an apostrophe. A name read from the
 * workbook is checked again before it goes into a formula, so a hostile or corrupt file
 * cannot make the add-in write a formula other than the link it means.
 */
export function validSheetName(name: string): boolean {
  // eslint-disable-next-line no-control-regex
  return name.length >= 1 && name.length <= 31 && !/[\\/?*[\]:\u0000-\u001f]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
}
