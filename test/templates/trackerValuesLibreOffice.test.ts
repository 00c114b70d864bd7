/*
 * The values tracker without the add-in: LibreOffice recalculates it beside a value contract
 * that links to it. Every native cell of the tracker equals HyperFormula's at 1e-9, LibreOffice's
 * z equals the core's Welch z, and the contract's actual value reads the tracker's money by
 * month through the same SUMIFS link a share tracker feeds.
 */
import { DetailedCellError } from "hyperformula";
import { pooledMoments, type Moments } from "../../src/core/pooledMoments";
import { welchZ } from "../../src/core/welchZ";
import { cellRef, parseRange } from "../../src/sheet/a1";
import { measurementTracker, TRACKER_NAMES as T, VALUES_TRACKER_EXAMPLE as EX } from "../../src/templates/measurementTracker";
import { CONTRACT_ACTUAL_NAMES as A, valueContract } from "../../src/templates/valueContract";
import { XlsxBook } from "../../scripts/xlsx/writer";
import { recalculate, resultAt } from "../../harness/libreoffice";
import { loadIntoHyperFormula } from "../../harness/workbookEngine";

const TIMEOUT = 240_000;
const TRACKER = "Measurement Tracker";
const CONTRACT = "Value Contract";

test("LibreOffice computes the values tracker natively as HyperFormula does, and the contract reads its months", async () => {
  const options = { example: true, trackerKind: "values" } as const;
  const book = new XlsxBook();
  const trackerSpec = measurementTracker(options);
  const contractSpec = valueContract({ example: true, trackerSheet: TRACKER });
  book.insert(trackerSpec, options);
  book.insert(contractSpec, { example: true });
  const buffer = await book.toBuffer();
  const engine = await loadIntoHyperFormula(buffer);
  const file = await recalculate(buffer);
  const ws = file.getWorksheet(TRACKER)!;
  // Native cells only: UPLIFT is the add-in's and #NAME? without it.
  const native = engine.formulas.filter((f) => f.sheet === TRACKER && !/AIVALUE\./.test(f.formula));
  expect(native.length).toBeGreaterThan(26 * 20);
  const mismatches = native.flatMap((f) => {
    const expected = engine.value(TRACKER, f.ref);
    const raw = resultAt(ws, f.ref);
    const got = raw instanceof Date ? raw.getTime() / 86400000 + 25569 : raw;
    const same =
      typeof expected === "number" && typeof got === "number"
        ? Math.abs(got - expected) <= 1e-9 * Math.max(1, Math.abs(expected))
        : expected instanceof DetailedCellError
          ? (got as { error?: string } | null)?.error === expected.value
          : got === expected || (expected === "" && got === 0);
    return same ? [] : [`${f.ref} ${f.formula}: LibreOffice ${JSON.stringify(got)}, HyperFormula ${JSON.stringify(expected)}`];
  });
  expect(mismatches).toEqual([]);
  const ref = (name: string) => trackerSpec.sheets[0].names.find((n) => n.name === name)!.ref.replace(/\$/g, "");
  const baseline = pooledMoments(EX.baselineCounts, EX.baselineMeans, EX.baselineSds) as Moments;
  const treated = pooledMoments(EX.treatedCounts, EX.treatedMeans, EX.treatedSds) as Moments;
  expect(Math.abs((resultAt(ws, ref("LatestZ")) as number) + (welchZ(baseline, treated) as number))).toBeLessThanOrEqual(1e-9);
  expect(resultAt(ws, ref(T.Rule))).toBe("SIGNAL");
  // The contract's first three months of actual value are the tracker's January to March.
  const value = parseRange(contractSpec.sheets[0].names.find((n) => n.name === A.ActualValue)!.ref);
  const months = parseRange(ref(T.MonthlyValue));
  for (let k = 0; k < 3; k++) {
    const fromTracker = engine.value(TRACKER, cellRef(months.top + k, months.left)) as number;
    expect(typeof fromTracker).toBe("number");
    expect(engine.value(CONTRACT, cellRef(value.top + k, value.left))).toBeCloseTo(fromTracker, 9);
  }
  engine.hf.destroy();
}, TIMEOUT);
