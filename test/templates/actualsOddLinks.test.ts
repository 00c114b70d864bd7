/*
 * Links that must not break on what users name things: a tracker whose sheet name needs quoting
 * (an apostrophe, a space) and allocation keys holding SUMIFS's wildcards and operators. The billed
 * cost matches the key exactly (case aside, as Excel compares text), in HyperFormula and natively in
 * LibreOffice alike.
 */
import { cellRef, parseRange } from "../../src/sheet/a1";
import { CONTRACT_ACTUAL_NAMES as A, valueContract } from "../../src/templates/valueContract";
import type { TemplateSpec } from "../../src/sheet/spec";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { recalculate, resultAt } from "../../harness/libreoffice";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";
import { billingStandIn, trackerStandIn } from "../helpers/linkedSheets";
import { withInputs } from "./sheetEngine";

const TRACKER = "Lead's tracker (Q1)";
const renamed = (spec: TemplateSpec, name: string): TemplateSpec => ({ ...spec, sheets: [{ ...spec.sheets[0], name }] });

test("a quoted sheet name and a key of wildcards and operators: only the key's own rows are billed, in both engines", async () => {
  const book = new XlsxBook();
  const spec = withInputs(valueContract({ example: true, trackerSheet: TRACKER, billingSheet: "AI Billing" }), { AllocationKey: "<>TEAM*?~", ActualCurrency: "USD", OtherActualCost: 0 });
  book.insert(spec);
  book.insert(renamed(trackerStandIn([["2026-01-01", 7200], ["2026-02-01", 15600]], "SIGNAL"), TRACKER));
  book.insert(
    billingStandIn([
      ["2026-01-01", "<>team*?~", "USD", 100],
      ["2026-01-01", "<>team*?~x", "USD", 10],
      ["2026-01-01", "team", "USD", 1000],
      ["2026-01-01", "=<>team*?~", "USD", 10000],
      ["2026-02-01", "<>Team*?~", "USD", 200],
      ["2026-02-01", "<>teamXY~", "USD", 20000],
    ]),
  );
  const buffer = await book.toBuffer();
  const sheet = spec.sheets[0];
  const refs = (name: string) => {
    const r = parseRange(sheet.names.find((n) => n.name === name)!.ref.replace(/\$/g, ""));
    return [0, 1, 2].map((i) => cellRef(r.top + i, r.left));
  };
  const engine = await loadIntoHyperFormula(buffer);
  expect(refs(A.ActualCost).map((ref) => engine.value(sheet.name, ref))).toEqual([100, 200, ""]);
  expect(refs(A.ActualValue).map((ref) => engine.value(sheet.name, ref))).toEqual([7200, 15600, ""]);
  engine.hf.destroy();
  const ws = (await recalculate(buffer)).getWorksheet(sheet.name)!;
  expect(refs(A.ActualCost).slice(0, 2).map((ref) => resultAt(ws, ref))).toEqual([100, 200]);
  expect(refs(A.ActualValue).slice(0, 2).map((ref) => resultAt(ws, ref))).toEqual([7200, 15600]);
}, 240_000);
