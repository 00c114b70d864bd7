/*
 * HyperFormula recalculation of a 10,000-row sheet built on AIVALUE formulas against the
 * same sheet built on native formulas. Every row reads a shared price cell, so changing
 * it recalculates every formula.
 */
import { performance } from "perf_hooks";
import { HyperFormula } from "hyperformula";
import { registerAivalue } from "../harness/hyperformula";

const ROWS = 10_000;

/** Row 1: the shared price in A1. Rows 2…: inputs in B…H, four formulas in I…L. */
function sheet(aivalue: boolean): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [[3]];
  for (let i = 2; i <= ROWS + 1; i++) {
    const inputs = [1 + (i % 20), 1000 + i, 200 + (i % 300), 15, 500 + (i % 100), 20 + (i % 80), 0.1 + (i % 9) / 10];
    const formulas = aivalue
      ? [
          `=AIVALUE.WORKFLOWCOST(B${i}, C${i}, D${i}, $A$1, E${i})`,
          `=AIVALUE.ROI(F${i}, G${i}*$A$1)`,
          `=AIVALUE.CAPTURED(F${i}, G${i}, H${i})`,
          `=AIVALUE.COSTOFDELAY(F${i}*$A$1, B${i})`,
        ]
      : [`=B${i}*(C${i}*$A$1+D${i}*E${i})/1000000`, `=(F${i}-G${i}*$A$1)/(G${i}*$A$1)`, `=F${i}*G${i}*H${i}`, `=F${i}*$A$1/365*B${i}`];
    rows.push([null, ...inputs, ...formulas]);
  }
  return rows;
}

function measure(aivalue: boolean): { build: number; recalc: number } {
  const data = sheet(aivalue);
  const buildStart = performance.now();
  const hf = HyperFormula.buildFromArray(data, { licenseKey: "gpl-v3", smartRounding: false });
  const build = performance.now() - buildStart;
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const start = performance.now();
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[3 + k + 1]]);
    times.push(performance.now() - start);
  }
  hf.destroy();
  times.sort((a, b) => a - b);
  return { build, recalc: times[3] };
}

export async function benchRecalc(): Promise<void> {
  await registerAivalue();
  measure(true);
  measure(false);
  const ai = measure(true);
  const native = measure(false);
  console.log(`\nHyperFormula, ${ROWS.toLocaleString("en-US")} rows × 4 formulas`);
  console.log(`  build + first calculation: AIVALUE ${ai.build.toFixed(0)} ms, native ${native.build.toFixed(0)} ms, ratio ${(ai.build / native.build).toFixed(2)}`);
  console.log(`  recalculation after one input change: AIVALUE ${ai.recalc.toFixed(1)} ms, native ${native.recalc.toFixed(1)} ms, ratio ${(ai.recalc / native.recalc).toFixed(2)} (target ≤ 1.2)`);
}
