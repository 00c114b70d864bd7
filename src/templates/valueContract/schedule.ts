/* Sections 7 and 8 of a value contract: the monthly payback schedule (native formulas) and the review log. */
import { calc, columns, guide, header, input } from "../../sheet/builder";
import { parseCell } from "../../sheet/a1";
import { CHART_ROWS, HIDDEN_COLUMNS, actualsBlock } from "./actuals";
import { EXAMPLE, REVIEW_ROWS } from "./data";
import { COL, type ContractSheet } from "./sheet";

/** The schedule's columns, from A: the sixth holds the moment the cumulative comes back up to 0, in the month it does. */
const S = columns(["month", "value", "cost", "net", "cumulative", "crossing"]);

/** The horizon and the monthly cost the schedule carries: all four cost terms of the period. */
function scheduleCosts(c: ContractSheet): void {
  const b = c.b;
  c.row("Horizon", "Payback horizon", { v: c.horizon, s: "calc", fmt: "integer" }, "months", "Chosen when the contract was inserted; AIVALUE.BREAKEVEN looks as far. Insert a new contract for another horizon.");
  c.row("RunningCostPerMonth", "Running cost per month", calc("=MonthlyCost", "currency"), "currency / month", "The monthly lifecycle and transition lines of section 4.");
  const spread = (name: string, text: string, total: string, guidance: string) =>
    c.row(name, text, calc(`=IF(PeriodMonths>0,${total}/PeriodMonths,0)`, "currency"), "currency / month", guidance);
  spread("RiskCostPerMonth", "Risk and failure cost per month", "RiskCost", "The period's risk and failure cost spread evenly over its months, and carried at that rate after it.");
  spread("CannibalisationPerMonth", "Cannibalisation per month", "Cannibalisation", "The period's cannibalisation spread evenly over its months, and carried at that rate after it.");
  c.row("ScheduleMonthlyCost", "Cost per month in the schedule", calc("=RunningCostPerMonth+RiskCostPerMonth+CannibalisationPerMonth", "currency"), "currency / month", "What each month of the schedule costs.");
  b.skip();
}

/** Month 0 to the horizon, one formula per column copied down, and its J-curve. */
export function scheduleSection(c: ContractSheet): void {
  const b = c.b;
  b.pageBreak();
  b.section("7. Monthly payback schedule");
  scheduleCosts(c);
  const chartRow = b.row;
  b.skip(CHART_ROWS + 1);
  b.line([header("Month"), header("Value"), header("Cost"), header("Discounted net"), header("Cumulative"), header("Back at 0 (month)")]);
  const first = b.line([{ v: 0, s: "calc", fmt: "integer" }, undefined, undefined, undefined, calc("=-UpfrontCost", "currency")]);
  const last = first + c.horizon;
  for (let m = 1; m <= c.horizon; m++) {
    const r = b.row;
    const [month, before, now] = [S.month.at(r), S.cumulative.at(r - 1), S.cumulative.at(r)];
    b.line([
      calc(`=${S.month.at(r - 1)}+1`, "integer"),
      calc(`=MonthlyValue*IF(RampMonths>0,MIN(1,${month}/RampMonths),1)`, "currency"),
      calc("=ScheduleMonthlyCost", "currency"),
      calc(`=(${S.value.at(r)}-${S.cost.at(r)})*(1+DiscountRate)^(-${month}/12)`, "currency"),
      calc(`=${before}+${S.net.at(r)}`, "currency"),
      calc(`=IF(AND(${before}<0,${now}>=0),${S.month.at(r - 1)}-${before}/(${now}-${before}),"")`, "decimal"),
    ]);
  }
  const months = S.month.range(first, last, true);
  b.name("ScheduleMonths", months);
  b.name("ScheduleValue", S.value.range(first, last, true));
  b.name("ScheduleCumulative", S.cumulative.range(first, last, true));
  b.name("ScheduleCrossings", S.crossing.range(first, last, true));
  b.put(chartRow, COL.guide.index, [
    guide("Value ramps up over the ramp-up months; each month's net is discounted to today. Where the line comes back up to zero, the intervention has paid back."),
  ]);
  const actuals = actualsBlock(
    { first, last, month: S.month, value: S.value, cumulative: S.cumulative },
    { trackerSheet: c.options.trackerSheet, billingSheet: c.options.billingSheet, allocationKey: c.options.allocationKey, billingCurrency: c.options.billingCurrency },
    c.pick(EXAMPLE.actuals),
  );
  for (const block of actuals.blocks) {
    const { row, col } = parseCell(block.at);
    block.cells.forEach((cells, i) => b.put(row + i, col, cells));
  }
  actuals.names.forEach((n) => b.name(n.name, n.ref));
  actuals.merges.forEach((m) => b.merge(m));
  HIDDEN_COLUMNS.forEach((col) => b.hide(col));
  b.printAlso(actuals.printArea);
  b.chart({
    type: "line",
    title: "Cumulative position (the J-curve): plan and actual",
    categories: actuals.chart.categories,
    series: actuals.chart.series,
    from: COL.label.at(chartRow),
    to: COL.unit.at(chartRow + CHART_ROWS),
    xTitle: "Month",
    yTitle: "Cumulative net value",
    showHidden: true,
  });
  b.skip();
  breakevenRead(c);
  reconciliation(c);
  b.skip();
}

/** The first month the cumulative comes back up to zero, read from the schedule in native formulas (BREAKEVEN's rule). */
function breakevenRead(c: ContractSheet): void {
  const b = c.b;
  b.field("Months with a negative position", calc(`=COUNTIF(ScheduleCumulative,"<0")`, "integer"), { name: "NegativeMonths", unit: "months" });
  b.field("Break-even read from the schedule", calc('=IF(COUNT(ScheduleCrossings)>0,MIN(ScheduleCrossings),IF(NegativeMonths=0,0,"not reached"))', "decimal"), {
    name: "ScheduleBreakeven",
    unit: "months",
    guide: "The first time the cumulative comes back up to zero, interpolated inside its month; 0 only if it is never negative. It reads the same without the add-in.",
  });
  b.field("Agreement tolerance", input(0.0001, "decimal"), { name: "Tolerance", unit: "months" });
}

/** The schedule's value over the evaluation period against the period's benefits, so the two halves of the sheet agree. */
function reconciliation(c: ContractSheet): void {
  c.row("SchedulePeriodValue", "Value in the evaluation period, from the schedule", calc('=SUMIFS(ScheduleValue,ScheduleMonths,">=1",ScheduleMonths,"<="&PeriodMonths)', "currency"), "currency", "Months 1 to the period's end, before discounting.");
  c.row("ReconciliationGap", "Less the period's total benefits (section 5)", calc("=SchedulePeriodValue-Benefits", "currency"), "currency", "Should be close to 0: the monthly value and the period benefits tell one story.");
  c.input("ValueTolerance", "Reconciliation tolerance", 0.01, "percent", "of benefits", "How far the schedule's period value may stray from the period's benefits before the check flags it.");
}

/** Section 8: one row per review, the worked example's two filled in. */
export function reviewLog(c: ContractSheet, reviews: (typeof EXAMPLE)["reviews"] | undefined): void {
  const b = c.b;
  b.section("8. Review log");
  const head = b.line([header("Date"), header("Reviewer"), header("Assumption changed"), header("Decision")]);
  for (let i = 0; i < REVIEW_ROWS; i++) {
    const row = reviews?.[i];
    const r = b.line([input(row?.[0], "date"), input(row?.[1], "text"), input(row?.[2], "text"), input(row?.[3], "text")]);
    if (i === 0) b.put(r, COL.guide.index, [guide("One row per review: what changed in the assumptions and what was decided.")]);
  }
  b.table("ReviewLog", `A${head}:D${b.row - 1}`);
  b.validate({ ref: `A${head + 1}:A${b.row - 1}`, date: true, prompt: "The review date." });
}
