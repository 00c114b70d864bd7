/*
 * The AI Billing sheet recalculated by LibreOffice, as a recipient without the add-in would
 * see it: every published FOCUS example and a generated multi-currency export with credits
 * in one sheet, the native SUMIFS totals equal each currency's exact sums to the cent, and
 * the master check reads OK.
 */
import { readdirSync } from "fs";
import { checkLedger } from "../../src/billing";
import { aiBilling } from "../../src/templates/aiBilling";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { numberAt, recalculate, resultAt } from "../../harness/libreoffice";
import { FIXTURES, fixture, importBytes, ledgerOf } from "../billing/ledgers";
import { focusFile } from "../../harness/focusGenerator";

test("LibreOffice totals the table natively to the cent of every file's own sums, per currency", async () => {
  const key = { column: "BillingAccountId" };
  const published = readdirSync(FIXTURES).filter((f) => f.endsWith(".csv")).map((f) => fixture(f, key));
  const generated = importBytes("generated.csv", focusFile({ rows: 2000, seed: 7 }), { column: "SubAccountId" });
  // Files of one sheet share one key: the generated file is read by its sub-account, so it gets its own sheet.
  const ledgers = [ledgerOf(published), ledgerOf([generated])];
  const book = new XlsxBook();
  const names = ledgers.map((ledger) => book.insert(aiBilling(ledger)).sheets[0].name);
  const recalculated = await recalculate(await book.toBuffer());
  ledgers.forEach((ledger, i) => {
    const ws = recalculated.getWorksheet(names[i])!;
    const checks = checkLedger(ledger);
    expect(checks.length).toBe(i === 0 ? 1 : 2);
    const tableRows: number[] = [];
    ws.eachRow((row, r) => row.getCell(1).value === "The table (SUMIFS)" && tableRows.push(r));
    expect(tableRows).toHaveLength(checks.length);
    checks.forEach((check, j) => {
      expect(resultAt(ws, `C${tableRows[j]}`)).toBe(check.currency);
      // Closer than a cent: the native sum of the lines differs from the exact sum only by float rounding.
      expect(Math.abs(numberAt(ws, `K${tableRows[j]}`) - Number(check.text.filesBilled))).toBeLessThan(1e-6);
      expect(Math.abs(numberAt(ws, `L${tableRows[j]}`) - Number(check.text.filesEffective))).toBeLessThan(1e-6);
    });
    expect(resultAt(ws, "B3")).toBe("OK");
  });
}, 240_000);
