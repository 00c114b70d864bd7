/*
 * Reads what a new value contract can link to — evidence ladders, measurement trackers, AI Billing
 * sheets and the allocation keys they bill — in three syncs whatever the workbook holds: sheet names, their
 * scoped names, then each billing sheet's key and currency columns (at most MAX_KEY_ROWS rows, so
 * the response stays far under Excel's 5 MB). Every value read is validated before it is offered.
 */
import { parseRange } from "../sheet/a1";
import { BILLING_NAMES } from "../templates/aiBilling/names";
import { FROZEN_MARK } from "../boardpack/marks";
import { isEvidenceLadder } from "../templates/evidenceLadder";
import { TEMPLATE_MARKS } from "../templates/marks";
import { MAX_KEY_ROWS, billedKeys, isSheetName, type ActualsSources } from "../templates/valueContract/sources";
import { hasMark, nameRange, readSheets, type NamedSheet } from "./billingRead";
import type { ExcelPort, PortRange } from "./port";

const isFrozen = (s: NamedSheet) => s.names.some((n) => n.name.toLowerCase() === FROZEN_MARK.toLowerCase());

/** A one-column range of a billing name, cut to MAX_KEY_ROWS rows; null when the name is missing, broken or oddly shaped. */
function column(sheet: NamedSheet, name: string): { top: number; bottom: number; left: number } | null {
  const ref = nameRange(sheet.names.find((n) => n.name.toLowerCase() === name.toLowerCase()));
  if (ref === null) return null;
  const r = parseRange(ref);
  return r.left === r.right ? { top: r.top, bottom: Math.min(r.bottom, r.top + MAX_KEY_ROWS - 1), left: r.left } : null;
}

/** Ladders, trackers and billing sheets of the workbook (never frozen copies), with the keys billed on each; see the file comment. */
export async function readActualsSources(context: ExcelPort): Promise<ActualsSources> {
  const { sheets, handles } = await readSheets(context);
  const usable = sheets.filter((s) => isSheetName(s.name));
  const ladders = usable.filter((s) => isEvidenceLadder(new Set(s.names.map((n) => n.name.toLowerCase()))) && !isFrozen(s)).map((s) => s.name);
  const trackers = usable.filter((s) => hasMark(s, TEMPLATE_MARKS.measurementTracker)).map((s) => s.name);
  const reads = usable
    .filter((s) => hasMark(s, TEMPLATE_MARKS.aiBilling))
    .map((s) => {
      const [keys, currencies] = [column(s, BILLING_NAMES.Key), column(s, BILLING_NAMES.Currency)];
      const ws = handles.get(s.name);
      // The two columns must cover the same rows, or a key would be paired with another row's currency.
      const aligned = ws && keys && currencies && keys.top === currencies.top && keys.bottom === currencies.bottom;
      const load = (c: { top: number; bottom: number; left: number }): PortRange =>
        ws!.getRangeByIndexes(c.top - 1, c.left - 1, c.bottom - c.top + 1, 1).load("values");
      return { sheet: s.name, ranges: aligned ? [load(keys), load(currencies)] : null };
    });
  if (reads.some((r) => r.ranges !== null)) await context.sync();
  const billing = reads.map(({ sheet, ranges }) => ({
    sheet,
    keys: ranges ? billedKeys(ranges[0].values.map((row) => row[0]), ranges[1].values.map((row) => row[0])) : [],
  }));
  return { ladders, trackers, billing };
}
