/* The baseline block: the periods before go-live (at least three months), their successes and trials, and the mean. */
import { calc, header, input } from "../../sheet/builder";
import { BASELINE_ROWS, EXAMPLE, PERIOD_KINDS } from "./data";
import { WEEK, type TrackerSheet } from "./sheet";

/** The baseline sits in the weekly table's first columns: period start, successes, trials, then the rate. */
const [START, SUCCESSES, TRIALS] = [WEEK.week, WEEK.starts, WEEK.successes];

export function baselineSection(t: TrackerSheet): void {
  const b = t.b;
  const ex = t.options.example ? EXAMPLE : undefined;
  b.section("4. Baseline before go-live");
  const kind = t.input("BaselinePeriods", "Baseline rows are", ex ? "Weeks" : undefined, "text", "", "Weeks or months. Give at least the last three months: 13 weekly rows, or 3 monthly ones.");
  b.dropdown(SUCCESSES.at(kind), "Baseline periods", PERIOD_KINDS, "Weekly or monthly rows.");
  const head = b.line([header("Period starts"), header("Successes"), header("Trials"), header("Rate")]);
  const first = b.row;
  for (let i = 0; i < BASELINE_ROWS; i++) {
    const r = b.row;
    b.line([
      input(ex ? ex.baselineStart + 7 * i : undefined, "date"),
      input(ex?.baselineSuccesses[i], "integer"),
      input(ex?.baselineTrials[i], "integer"),
      calc(`=IF(N(${TRIALS.at(r)})>0,${SUCCESSES.at(r)}/${TRIALS.at(r)},"")`, "percent"),
    ]);
  }
  const last = b.row - 1;
  b.put(head, WEEK.controlSuccesses.index, [{ v: "One row per week or month before go-live, oldest first: successes (e.g. opportunities) out of trials (e.g. leads).", s: "guide" }]);
  b.merge(`${WEEK.controlSuccesses.at(head)}:${WEEK.delta.at(head)}`);
  b.name("BaselineStarts", START.range(first, last, true));
  b.name("BaselineSuccessCounts", SUCCESSES.range(first, last, true));
  b.name("BaselineTrialCounts", TRIALS.range(first, last, true));
  b.validate({ ref: START.range(first, last), date: true, prompt: "The first day of the period." });
  b.validate({ ref: `${SUCCESSES.at(first)}:${TRIALS.at(last)}`, whole: { min: 0, max: 1e9 }, prompt: "A whole number of successes or trials." });
  t.row("BaselineSuccesses", "Baseline successes", calc("=SUM(BaselineSuccessCounts)", "integer"), "successes");
  t.row("BaselineTrials", "Baseline trials", calc("=SUM(BaselineTrialCounts)", "integer"), "trials");
  t.row("BaselineRate", "Baseline mean", calc('=IF(BaselineTrials>0,BaselineSuccesses/BaselineTrials,"")', "percent"), "share", "All the baseline's successes over all its trials: the rate the weeks after go-live are compared with.");
  b.skip();
}
