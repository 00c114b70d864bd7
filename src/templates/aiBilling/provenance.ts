/* Where every number came from: one row per imported file, with what became of its rows. */
import { fileRecord } from "../../billing/ledgerText";
import type { Provenance } from "../../billing/importer";
import { SheetBuilder, guide, header } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { COL, RECORD } from "./layout";
import { BILLING_READ_NAMES } from "./names";

const DELIMITERS: ReadonlyMap<string, string> = new Map([
  [",", "comma"],
  [";", "semicolon"],
  ["\t", "tab"],
]);

const text = (v: string): Cell => ({ v, fmt: "text" });
const count = (v: number): Cell => ({ v, fmt: "integer" });

/** Why rows were left out of the table, in words; "" when none were. */
export function skippedWhy(file: Provenance): string {
  const why = [
    file.rowsNotAi > 0 ? `${file.rowsNotAi.toLocaleString("en-US")} not AI usage (summed below, not in the table)` : "",
    file.rowsMalformed > 0 ? `${file.rowsMalformed.toLocaleString("en-US")} malformed (left out at the user's choice; their readable costs are summed below)` : "",
  ].filter(Boolean);
  return why.length === 0 ? "Every row is AI usage and in the table." : `Skipped: ${why.join("; ")}.`;
}

/** The provenance block; the rows are named so a re-import can read back each file's import time. */
export function provenance(b: SheetBuilder, files: readonly Provenance[], importedAt: ReadonlyMap<string, string>): void {
  b.section("Imported files");
  const head = b.line(
    [
      "File",
      "Bytes",
      "Delimiter",
      "SHA-256",
      "FOCUS version",
      "Rows read",
      "AI rows kept",
      "Skipped: not AI",
      "Skipped: malformed",
      "Currencies",
      "First month",
      "Last month",
      "Imported at",
    ].map((h) => header(h)),
  );
  b.put(head, RECORD.index, [header("Exact record (read by the next import; do not edit)")]);
  b.put(head, COL.note.index, [guide("Re-importing a file (same SHA-256) replaces its rows; another file for the same months adds its own. The sheet is rewritten by each import: keep notes elsewhere.")]);
  const first = b.row;
  for (const f of files) {
    const r = b.line([
      text(f.fileName),
      count(f.bytes),
      text(DELIMITERS.get(f.delimiter) ?? f.delimiter),
      text(f.sha256),
      text(f.focusVersion),
      count(f.rowsRead),
      count(f.rowsKept),
      count(f.rowsNotAi),
      count(f.rowsMalformed),
      text(f.currencies.join(", ")),
      text(f.months[0] ?? ""),
      text(f.months[f.months.length - 1] ?? ""),
      text(importedAt.get(f.sha256) ?? ""),
    ]);
    b.put(r, COL.note.index, [text(skippedWhy(f))]);
    b.put(r, RECORD.index, [{ v: fileRecord(f), s: "calc", fmt: "text" }]);
  }
  if (files.length === 0) b.skip();
  b.name(BILLING_READ_NAMES.Files, `${COL.key.at(first, true)}:${COL.list.at(b.row - 1, true)}`);
  b.name(BILLING_READ_NAMES.FileRecords, RECORD.range(first, b.row - 1, true));
  b.skip();
}
