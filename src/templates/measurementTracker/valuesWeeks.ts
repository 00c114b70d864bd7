/*
 * A values tracker's weekly table: each week's cases, mean and standard deviation (and the
 * control group's), the pooled mean and variance so far, Welch's z against the reference, the
 * same O'Brien–Fleming boundary as a share tracker, and the money the improvement is worth.
 */
import { calc, columns, input } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { VALUES_EXAMPLE } from "./data";
import type { TrackerSheet } from "./sheet";
import { weekTable } from "./weekTable";

const HEADERS = {
  week: "Week",
  starts: "Starts",
  n: "Cases",
  mean: "Mean",
  sd: "Standard deviation",
  controlN: "Control cases",
  controlMean: "Control mean",
  controlSd: "Control standard deviation",
  cumN: "Cases so far",
  cumMean: "Mean so far",
  cumVariance: "Variance so far",
  refN: "Reference cases",
  refMean: "Reference mean",
  refVariance: "Reference variance",
  delta: "Delta",
  uplift: "UPLIFT",
  z: "z so far (improvement +)",
  pValue: "p-value",
  boundary: "Boundary (z)",
  crossed: "Crossed (1 better, −1 worse)",
  planned: "Share of planned cases",
  mde: "MDE today",
  value: "Value",
  month: "Month",
  chartMetric: "Chart: mean so far",
  chartBoundary: "Chart: mean that signals",
  chartReference: "Chart: baseline mean",
  chartTarget: "Chart: target",
};
type Key = keyof typeof HEADERS;
/** The same 28 columns from A as a share tracker's table, so the sections above line up with both. */
export const VWEEK = columns(Object.keys(HEADERS) as Key[]);

// A mean may be negative (margin per lead); cases are whole and a spread is never negative.
const CASES = { whole: { min: 0, max: 1e9 }, prompt: "A whole number of cases; leave future weeks blank." };
const MEAN = { decimal: { min: -1e15, max: 1e15 }, prompt: "The mean of the week's cases, as its report gives it." };
const SD = { decimal: { min: 0, max: 1e15 }, prompt: "The standard deviation of the week's cases: 0 or more." };

/** Cumulative count, Σn·m and Σ(n−1)s² + Σn·m² of the columns `n`, `m`, `s` from row `f` to `r`: a group's pooled moments. */
function pooled(n: Key, m: Key, s: Key, f: number, r: number) {
  const range = (c: Key) => `${VWEEK[c].at(f, true)}:${VWEEK[c].at(r)}`;
  return {
    count: `SUM(${range(n)})`,
    sum: `SUMPRODUCT(${range(n)},${range(m)})`,
    // Within-week spread plus each week's mean squared: with N·M² taken off, the variance of every case.
    squares: `SUMPRODUCT(${range(n)},${range(s)},${range(s)})-SUMSQ(${range(s)})+SUMPRODUCT(${range(n)},${range(m)},${range(m)})`,
  };
}

function weekRow(r: number, f: number, i: number, ex: typeof VALUES_EXAMPLE | undefined): (Cell | undefined)[] {
  const at = (c: Key) => VWEEK[c].at(r);
  const has = `N(${at("n")})>0`;
  const control = `CompareWith="Control group"`;
  const ok = `AND(ISNUMBER(${at("cumVariance")}),ISNUMBER(${at("refVariance")}))`;
  const se = `SQRT(${at("cumVariance")}/${at("cumN")}+${at("refVariance")}/${at("refN")})`;
  const treated = pooled("n", "mean", "sd", f, r);
  const ctl = pooled("controlN", "controlMean", "controlSd", f, r);
  return [
    i === 0 ? { v: 1, s: "calc", fmt: "integer" } : calc(`=${VWEEK.week.at(r - 1)}+1`, "integer"),
    calc(i === 0 ? '=IF(ISNUMBER(GoLive),GoLive,"")' : `=IF(ISNUMBER(${VWEEK.starts.at(r - 1)}),${VWEEK.starts.at(r - 1)}+DaysPerWeek,"")`, "date"),
    input(ex?.treatedCounts[i], "integer"),
    input(ex?.treatedMeans[i], "decimal"),
    input(ex?.treatedSds[i], "decimal"),
    input(undefined, "integer"),
    input(undefined, "decimal"),
    input(undefined, "decimal"),
    calc(`=IF(${has},${treated.count},"")`, "integer"),
    calc(`=IF(${has},${treated.sum}/${at("cumN")},"")`, "decimal"),
    calc(`=IF(AND(${has},N(${at("cumN")})>1),(${treated.squares}-${at("cumN")}*${at("cumMean")}^2)/(${at("cumN")}-1),"")`, "decimal"),
    calc(`=IF(${has},IF(${control},${ctl.count},BaselineCount),"")`, "integer"),
    calc(`=IF(AND(${has},N(${at("refN")})>0),IF(${control},${ctl.sum}/${at("refN")},BaselineMean),"")`, "decimal"),
    calc(`=IF(AND(${has},N(${at("refN")})>1),IF(${control},(${ctl.squares}-${at("refN")}*${at("refMean")}^2)/(${at("refN")}-1),BaselineVariance),"")`, "decimal"),
    calc(`=IF(${ok},${at("cumMean")}-${at("refMean")},"")`, "decimal"),
    calc(`=IF(${ok},AIVALUE.UPLIFT(${at("refMean")},${at("cumMean")}),"")`, "percent"),
    // Signed so that an improvement is positive whichever way is better; no spread at all is no evidence (0).
    calc(`=IF(${ok},IF(${se}=0,0,Direction*${at("delta")}/${se}),"")`, "decimal"),
    calc(`=IF(ISNUMBER(${at("z")}),IF(Tails=1,1-NORMDIST(${at("z")},0,1,TRUE),2*(1-NORMDIST(ABS(${at("z")}),0,1,TRUE))),"")`, "pValue"),
    calc(`=IF(AND(ISNUMBER(${at("z")}),${at("week")}<=Looks),BoundaryConstant*SQRT(Looks/${at("week")}),"")`, "decimal"),
    calc(`=IF(ISNUMBER(${at("boundary")}),IF(${at("z")}>=${at("boundary")},1,IF(AND(Tails=2,${at("z")}<=-${at("boundary")}),-1,0)),"")`, "integer"),
    calc(`=IF(AND(${has},ISNUMBER(NeededTrials)),${at("cumN")}/NeededTrials,"")`, "percent"),
    // (z_a + z_b) standard errors, each group counted as its cases ÷ the sequential inflation.
    calc(`=IF(${ok},(ZAlpha+ZBeta)*SQRT(Inflation*(${at("cumVariance")}/${at("cumN")}+${at("refVariance")}/${at("refN")})),"")`, "decimal"),
    calc(`=IF(AND(${ok},ISNUMBER(ValuePerUnit)),Direction*(${at("mean")}-${at("refMean")})*${at("n")}*ValuePerUnit,"")`, "currency"),
    calc(`=IF(ISNUMBER(${at("starts")}),DATE(YEAR(${at("starts")}),MONTH(${at("starts")}),1),"")`, "date"),
    // Charts skip #N/A but draw "" as 0: the chart columns say "no point" with NA().
    calc(`=IF(ISNUMBER(${at("cumMean")}),${at("cumMean")},NA())`, "decimal"),
    calc(`=IF(ISNUMBER(${at("boundary")}),${at("refMean")}+Direction*${at("boundary")}*${se},NA())`, "decimal"),
    calc("=IF(ISNUMBER(BaselineMean),BaselineMean,NA())", "decimal"),
    calc("=IF(ISNUMBER(TargetMean),TargetMean,NA())", "decimal"),
  ];
}

export function valuesWeeksSection(t: TrackerSheet): void {
  const ex = t.options.example ? VALUES_EXAMPLE : undefined;
  weekTable(t, {
    cols: VWEEK,
    headers: HEADERS,
    row: (r, f, i) => weekRow(r, f, i, ex),
    names: [
      ["WeekNumbers", "week"],
      ["WeekTrials", "n"],
      ["WeekMeans", "mean"],
      ["WeekSDs", "sd"],
      ["WeekControlTrials", "controlN"],
      ["WeekControlMeans", "controlMean"],
      ["WeekControlSDs", "controlSd"],
      ["WeekZ", "z"],
      ["WeekPValues", "pValue"],
      ["WeekBoundary", "boundary"],
      ["WeekCrossed", "crossed"],
      ["WeekValue", "value"],
      ["WeekMonths", "month"],
    ],
    inputs: [
      ["n", "n", CASES],
      ["mean", "mean", MEAN],
      ["sd", "sd", SD],
      ["controlN", "controlN", CASES],
      ["controlMean", "controlMean", MEAN],
      ["controlSd", "controlSd", SD],
    ],
    guide: "Each week adds its cases to the test. A week signals when z so far (positive when the metric improves) reaches the boundary, which starts high and falls to just above the usual bar at the last planned look. Value: the week's improvement on the reference mean × its cases × the value of one unit.",
    guideFrom: "uplift",
    guideTo: "value",
    chartTo: "refMean",
    chart: { title: "Mean so far against the baseline, the target and the sequential boundary", metric: "Mean so far", boundary: "Mean that signals this week", yTitle: "Metric" },
  });
}
