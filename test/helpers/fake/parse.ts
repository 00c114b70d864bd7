/*
 * How Excel reads a string written through range.formulas or range.values (en-US):
 * "If the string starts with plus, minus or equal, Excel interprets it as a formula"
 * and text that looks like a number, percentage, currency, date, time, boolean or error
 * becomes one (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member;
 * the table sample writes "1/1/2017" and "$120" and gets a date and a number:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables). A leading
 * apostrophe keeps text as text and is not stored (OfficeDev/office-js#6687).
 */
import { checkFormula } from "./refs";

export type Parsed = { formula: string } | { value: string | number | boolean; error?: boolean };

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Days since 1899-12-30, Excel's serial for dates after February 1900. */
function serial(y: number, m: number, d: number): number | undefined {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (m < 1 || m > 12 || back.getUTCDate() !== d || y < 1900 || y > 9999) return undefined;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

const year = (y: string | undefined, thisYear: number) => (y === undefined ? thisYear : y.length <= 2 ? (Number(y) < 30 ? 2000 : 1900) + Number(y) : Number(y));
const month = (m: string) => (/^\d+$/.test(m) ? Number(m) : MONTHS.indexOf(m.slice(0, 3).toLowerCase()) + 1);

function time(text: string | undefined): number | undefined {
  if (text === undefined) return 0;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m) return undefined;
  let h = Number(m[1]);
  if (m[4]) h = (h % 12) + (m[4].toLowerCase() === "pm" ? 12 : 0);
  if (h > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) return undefined;
  return (h * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86400;
}

/** A date, a date and time, or a time as Excel's serial number, or undefined. */
function dateSerial(text: string, thisYear: number): number | undefined {
  const [datePart, ...rest] = text.trim().split(/\s+(?=\d{1,2}:)/);
  const t = time(rest[0]);
  if (t === undefined) return undefined;
  if (/^\d{1,2}:\d{2}/.test(datePart)) return time(datePart);
  const mon = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
  const forms: [RegExp, (m: RegExpExecArray) => [number, number, number]][] = [
    [/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
    [/^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/, (m) => [year(m[3], thisYear), Number(m[1]), Number(m[2])]],
    [new RegExp(`^(\\d{1,2})[- ]${mon}(?:[- ](\\d{2}|\\d{4}))?$`, "i"), (m) => [year(m[3], thisYear), month(m[2]), Number(m[1])]],
    [new RegExp(`^${mon}[- ](\\d{1,2})$`, "i"), (m) => [thisYear, month(m[1]), Number(m[2])]],
  ];
  for (const [re, parts] of forms) {
    const m = re.exec(datePart);
    if (!m) continue;
    const d = serial(...parts(m));
    return d === undefined ? undefined : d + t;
  }
  return undefined;
}

/** A number as Excel reads typed text: separators, currency, percent, parentheses for negatives. */
function number(text: string): number | undefined {
  const m = /^\s*(\()?([+-])?\s*(\$)?\s*([+-])?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(e[+-]?\d+)?\s*(%)?\s*(\))?\s*$/i.exec(text);
  if (!m || Boolean(m[1]) !== Boolean(m[8]) || (m[2] && m[4])) return undefined;
  const n = Number(m[5].replace(/,/g, "") + (m[6] ?? "")) / (m[7] ? 100 : 1);
  return m[1] || m[2] === "-" || m[4] === "-" ? -n : n;
}

/** What Excel stores for `entry` written into a cell; `textFormat` when the cell is formatted as text (@). */
export function parseEntry(entry: string, textFormat: boolean, thisYear: number): Parsed {
  if (entry.startsWith("'")) return { value: entry.slice(1) };
  if (textFormat) return { value: entry };
  const n = number(entry);
  if (n !== undefined) return { value: n };
  if (entry.startsWith("=")) return { formula: checkFormula(entry) };
  if (/^[+\-@]/.test(entry)) return { formula: checkFormula(`=${entry}`) };
  const upper = entry.trim().toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  if (ERRORS.includes(upper)) return { value: upper, error: true };
  const d = dateSerial(entry, thisYear);
  return d === undefined ? { value: entry } : { value: d };
}
