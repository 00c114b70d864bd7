/* The weekly table after go-live: observations, the cumulative test against the boundary, and the money; with its chart. */
import { calc, input } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { EXAMPLE } from "./data";
import { WEEK, type TrackerSheet } from "./sheet";
import { weekTable } from "./weekTable";

const HEADERS: Record<keyof typeof WEEK, string> = {
  week: "Week",
  starts: "Starts",
  successes: "Successes",
  trials: "Trials",
  controlSuccesses: "Control successes",
  controlTrials: "Control trials",
  rate: "Rate this week",
  cumSuccesses: "Successes so far",
  cumTrials: "Trials so far",
  cumRate: "Rate so far",
  refSuccesses: "Reference successes",
  refTrials: "Reference trials",
  refRate: "Reference rate",
  delta: "Delta (points)",
  uplift: "UPLIFT",
  z: "z so far",
  pValue: "SIGNIFICANCE (p)",
  boundary: "Boundary (z)",
  crossed: "Crossed (1 rise, −1 fall)",
  planned: "Share of planned trials",
  mde: "MDE today",
  extra: "Extra successes",
  value: "Value",
  month: "Month",
  chartMetric: "Chart: rate so far",
  chartBoundary: "Chart: rate that signals",
  chartReference: "Chart: baseline mean",
  chartTarget: "Chart: target",
};

/** One week's formulas, row `r` of a table whose first week is on row `f`. */
function weekRow(r: number, f: number, ex: typeof EXAMPLE | undefined, i: number): (Cell | undefined)[] {
  const at = (c: keyof typeof WEEK) => WEEK[c].at(r);
  const sofar = (c: keyof typeof WEEK) => `SUM(${WEEK[c].at(f, false).replace(/(\d+)$/, "$$$1")}:${at(c)})`;
  const has = `N(${at("trials")})>0`;
  const ok = `ISNUMBER(${at("refRate")})`;
  const pooled = `(${at("cumSuccesses")}+${at("refSuccesses")})/(${at("cumTrials")}+${at("refTrials")})`;
  const variance = (p: string) => `${p}*(1-${p})*(1/${at("cumTrials")}+1/${at("refTrials")})`;
  return [
    i === 0 ? { v: 1, s: "calc", fmt: "integer" } : calc(`=${WEEK.week.at(r - 1)}+1`, "integer"),
    calc(i === 0 ? '=IF(ISNUMBER(GoLive),GoLive,"")' : `=IF(ISNUMBER(${WEEK.starts.at(r - 1)}),${WEEK.starts.at(r - 1)}+DaysPerWeek,"")`, "date"),
    input(ex?.treatedSuccesses[i], "integer"),
    input(ex?.treatedTrials[i], "integer"),
    input(undefined, "integer"),
    input(undefined, "integer"),
    calc(`=IF(${has},${at("successes")}/${at("trials")},"")`, "percent"),
    calc(`=IF(${has},${sofar("successes")},"")`, "integer"),
    calc(`=IF(${has},${sofar("trials")},"")`, "integer"),
    calc(`=IF(${has},${at("cumSuccesses")}/${at("cumTrials")},"")`, "percent"),
    calc(`=IF(${has},IF(CompareWith="Control group",${sofar("controlSuccesses")},BaselineSuccesses),"")`, "integer"),
    calc(`=IF(${has},IF(CompareWith="Control group",${sofar("controlTrials")},BaselineTrials),"")`, "integer"),
    calc(`=IF(AND(${has},N(${at("refTrials")})>0),${at("refSuccesses")}/${at("refTrials")},"")`, "percent"),
    calc(`=IF(${ok},${at("cumRate")}-${at("refRate")},"")`, "percent"),
    calc(`=IF(${ok},AIVALUE.UPLIFT(${at("refRate")},${at("cumRate")}),"")`, "percent"),
    calc(`=IF(${ok},IF(OR(${pooled}=0,${pooled}=1),0,${at("delta")}/SQRT(${variance(pooled)})),"")`, "decimal"),
    calc(`=IF(${ok},AIVALUE.SIGNIFICANCE(${at("refSuccesses")},${at("refTrials")},${at("cumSuccesses")},${at("cumTrials")},Tails),"")`, "pValue"),
    calc(`=IF(AND(ISNUMBER(${at("z")}),${at("week")}<=Looks),BoundaryConstant*SQRT(Looks/${at("week")}),"")`, "decimal"),
    calc(`=IF(ISNUMBER(${at("boundary")}),IF(${at("z")}>=${at("boundary")},1,IF(AND(Tails=2,${at("z")}<=-${at("boundary")}),-1,0)),"")`, "integer"),
    calc(`=IF(AND(${has},ISNUMBER(NeededTrials)),${at("cumTrials")}/NeededTrials,"")`, "percent"),
    calc(`=IF(${ok},AIVALUE.MDE(${at("refRate")},INT(HARMEAN(${at("cumTrials")},${at("refTrials")})/Inflation),Alpha,Power,Tails),"")`, "percent"),
    calc(`=IF(${ok},${at("successes")}-${at("refRate")}*${at("trials")},"")`, "number"),
    calc(`=IF(ISNUMBER(${at("extra")}),${at("extra")}*ValuePerSuccess,"")`, "currency"),
    calc(`=IF(ISNUMBER(${at("starts")}),DATE(YEAR(${at("starts")}),MONTH(${at("starts")}),1),"")`, "date"),
    // Charts skip #N/A but draw "" as 0: the chart columns say "no point" with NA().
    calc(`=IF(ISNUMBER(${at("cumRate")}),${at("cumRate")},NA())`, "percent"),
    calc(`=IF(ISNUMBER(${at("boundary")}),${at("refRate")}+${at("boundary")}*SQRT(${variance(at("refRate"))}),NA())`, "percent"),
    calc("=IF(ISNUMBER(BaselineRate),BaselineRate,NA())", "percent"),
    calc("=IF(ISNUMBER(TargetRate),TargetRate,NA())", "percent"),
  ];
}

export function weeksSection(t: TrackerSheet): void {
  const ex = t.options.example ? EXAMPLE : undefined;
  weekTable(t, {
    cols: WEEK,
    headers: HEADERS,
    row: (r, f, i) => weekRow(r, f, ex, i),
    names: [
      ["WeekNumbers", "week"],
      ["WeekSuccesses", "successes"],
      ["WeekTrials", "trials"],
      ["WeekControlSuccesses", "controlSuccesses"],
      ["WeekControlTrials", "controlTrials"],
      ["WeekZ", "z"],
      ["WeekPValues", "pValue"],
      ["WeekBoundary", "boundary"],
      ["WeekCrossed", "crossed"],
      ["WeekValue", "value"],
      ["WeekMonths", "month"],
    ],
    inputs: [["successes", "controlTrials", { whole: { min: 0, max: 1e9 }, prompt: "A whole number of successes or trials; leave future weeks blank." }]],
    guide: "Each week adds its trials to the test. A week signals when z so far reaches the boundary, which starts high and falls to just above the usual bar at the last planned look; weeks after it no longer test. Value: extra successes against the reference rate × the value of one.",
    guideFrom: "uplift",
    guideTo: "value",
    chartTo: "refRate",
    chart: { title: "Rate so far against the baseline, the target and the sequential boundary", metric: "Rate so far", boundary: "Rate that signals this week", yTitle: "Share" },
  });
}
