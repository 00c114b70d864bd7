/*
 * A values tracker's baseline block: each period's cases, mean and standard deviation — what a
 * controller's weekly or monthly report gives (the raw cases are thousands of rows in another
 * system) — and the pooled mean and variance of all the cases behind them.
 */
import { calc, header, input } from "../../sheet/builder";
import { BASELINE_ROWS, PERIOD_KINDS, VALUES_EXAMPLE } from "./data";
import { WEEK, type TrackerSheet } from "./sheet";

const [START, COUNT, MEAN, SD] = [WEEK.week, WEEK.starts, WEEK.successes, WEEK.trials];

export function valuesBaselineSection(t: TrackerSheet): void {
  const b = t.b;
  const ex = t.options.example ? VALUES_EXAMPLE : undefined;
  b.section("4. Baseline before go-live");
  const kind = t.input("BaselinePeriods", "Baseline rows are", ex ? "Weeks" : undefined, "text", "", "Weeks or months. Give at least the last three months: 13 weekly rows, or 3 monthly ones.");
  b.dropdown(COUNT.at(kind), "Baseline periods", PERIOD_KINDS, "Weekly or monthly rows.");
  const head = b.line([header("Period starts"), header("Cases"), header("Mean"), header("Standard deviation")]);
  const first = b.row;
  for (let i = 0; i < BASELINE_ROWS; i++) {
    b.line([
      input(ex ? ex.baselineStart + 7 * i : undefined, "date"),
      input(ex?.baselineCounts[i], "integer"),
      input(ex?.baselineMeans[i], "decimal"),
      input(ex?.baselineSds[i], "decimal"),
    ]);
  }
  const last = b.row - 1;
  b.put(head, WEEK.controlSuccesses.index, [{ v: "One row per week or month before go-live, oldest first: the cases, their mean and their standard deviation, as the period's report gives them.", s: "guide" }]);
  b.merge(`${WEEK.controlSuccesses.at(head)}:${WEEK.delta.at(head)}`);
  b.name("BaselineStarts", START.range(first, last, true));
  b.name("BaselineCounts", COUNT.range(first, last, true));
  b.name("BaselineMeans", MEAN.range(first, last, true));
  b.name("BaselineSDs", SD.range(first, last, true));
  b.validate({ ref: START.range(first, last), date: true, prompt: "The first day of the period." });
  b.validate({ ref: COUNT.range(first, last), whole: { min: 0, max: 1e9 }, prompt: "A whole number of cases." });
  b.validate({ ref: SD.range(first, last), decimal: { min: 0, max: 1e15 }, prompt: "A standard deviation: 0 or more." });
  t.row("BaselineCount", "Baseline cases", calc("=SUM(BaselineCounts)", "integer"), "cases");
  t.row("BaselineMean", "Baseline mean", calc('=IF(BaselineCount>0,SUMPRODUCT(BaselineCounts,BaselineMeans)/BaselineCount,"")', "decimal"), "metric units", "All the baseline's cases together: each period's mean weighted by its cases.");
  // Σ(n−1)s² within periods plus Σn·m² − N·M² between them: the variance of every case, without the cases.
  t.row(
    "BaselineVariance",
    "Baseline variance",
    calc('=IF(BaselineCount>1,(SUMPRODUCT(BaselineCounts,BaselineSDs,BaselineSDs)-SUMSQ(BaselineSDs)+SUMPRODUCT(BaselineCounts,BaselineMeans,BaselineMeans)-BaselineCount*BaselineMean^2)/(BaselineCount-1),"")', "decimal"),
    "units²",
    "The spread of all the baseline's cases: within each period plus between the periods' means.",
  );
  t.row("BaselineSD", "Baseline standard deviation", calc('=IF(ISNUMBER(BaselineVariance),SQRT(BaselineVariance),"")', "decimal"), "metric units");
  b.skip();
}
