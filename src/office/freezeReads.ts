/*
 * The freeze's reads (src/office/freeze.ts): the values of every cell it freezes, the
 * spills of array formulas, and the cells of other sheets that charts on the frozen sheets
 * plot, in as few syncs as Excel on the web's payload limits allow.
 */
import type { ChartReadValues, FreezeReads, ReadValues, SpillRead } from "../boardpack/freezePlan";
import type { ExcelPort } from "./port";
import { PAYLOAD_BUDGET } from "./scan";

/** Loads per sync: each is an action of about 100 bytes in the request, a spill read three. */
const READ_ACTIONS_PER_SYNC = 10000;

/**
 * The values of every dependent cell of the chosen sheets (a column run per load), of each
 * range a re-pointed chart series plots (one load each) and, on Excel that reports them
 * (ExcelApi 1.12), each dependent cell's spill, so a frozen array keeps every cell. Read in syncs of at most READ_ACTIONS_PER_SYNC loads and PAYLOAD_BUDGET bytes back
 * (a cell's value and type are counted at 64 bytes), so neither way passes Excel on the
 * web's 5 MB; the first sync also reads the sheets' ids.
 */
export async function readValues(context: ExcelPort, reads: FreezeReads, spillsToo: boolean): Promise<{ values: ReadValues[]; spills?: (SpillRead | null)[]; charts: ChartReadValues[] }> {
  const sheets = context.workbook.worksheets;
  type Job = () => () => void;
  const values: ReadValues[] = [];
  const charts: ChartReadValues[] = [];
  const spills: (SpillRead | null)[] = [];
  const jobs: { cost: number; actions: number; job: Job }[] = reads.runs.map(({ source, run }, i) => ({
    cost: run.rows * 64,
    actions: 1,
    job: () => {
      const r = sheets.getItem(source).getRangeByIndexes(run.top - 1, run.col - 1, run.rows, 1).load("values,valueTypes");
      return () => void (values[i] = { values: r.values, valueTypes: r.valueTypes });
    },
  }));
  reads.charts.forEach(({ read }, i) =>
    jobs.push({
      cost: read.rows * read.cols * 96,
      actions: 1,
      job: () => {
        const r = sheets.getItem(read.sheet).getRange(read.ref).load("values,valueTypes,numberFormat");
        return () => void (charts[i] = { values: r.values, valueTypes: r.valueTypes, numberFormat: r.numberFormat });
      },
    }),
  );
  if (spillsToo) {
    reads.anchors.forEach((d, i) =>
      jobs.push({
        cost: 64,
        actions: 3,
        job: () => {
          const s = sheets.getItem(d.sheet).getRange(d.ref).getSpillingToRangeOrNullObject().load("isNullObject,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes");
          return () => void (spills[i] = s.isNullObject ? null : s);
        },
      }),
    );
  }
  let at = 0;
  do {
    let cost = 0;
    let actions = 0;
    const done: (() => void)[] = [];
    while (at < jobs.length && (done.length === 0 || (cost + jobs[at].cost <= PAYLOAD_BUDGET && actions + jobs[at].actions <= READ_ACTIONS_PER_SYNC))) {
      cost += jobs[at].cost;
      actions += jobs[at].actions;
      done.push(jobs[at++].job());
    }
    await context.sync();
    done.forEach((f) => f());
  } while (at < jobs.length);
  return { values, spills: spillsToo ? spills : undefined, charts };
}
