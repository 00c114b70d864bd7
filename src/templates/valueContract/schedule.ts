/* Sections 7 and 8 of a value contract: the monthly payback schedule (native formulas) and the review log. */
import { calc, columns, guide, header, input } from "../../sheet/builder";
import { REVIEW_ROWS, SCHEDULE_MONTHS, type EXAMPLE } from "./data";
import { COL, type ContractSheet } from "./sheet";

/** The schedule's columns, from A. */
const S = columns(["month", "value", "cost", "net", "cumulative"]);

/** Month 0 to the horizon, one formula per column copied down, and its J-curve. */
export function scheduleSection(c: ContractSheet): void {
  const b = c.b;
  b.pageBreak();
  b.section("7. Monthly payback schedule");
  const head = b.line([header("Month"), header("Value"), header("Cost"), header("Discounted net"), header("Cumulative")]);
  b.put(head, COL.guide.index, [
    guide("Value ramps up over the ramp-up months; each month's net is discounted to today. Where the line crosses zero, the intervention has paid back."),
  ]);
  const first = b.line([{ v: 0, s: "calc", fmt: "integer" }, undefined, undefined, undefined, calc("=-UpfrontCost", "currency")]);
  const last = first + SCHEDULE_MONTHS;
  for (let m = 1; m <= SCHEDULE_MONTHS; m++) {
    const r = b.row;
    b.line([
      calc(`=${S.month.at(r - 1)}+1`, "integer"),
      calc(`=MonthlyValue*IF(RampMonths>0,MIN(1,${S.month.at(r)}/RampMonths),1)`, "currency"),
      calc("=MonthlyCost", "currency"),
      calc(`=(${S.value.at(r)}-${S.cost.at(r)})*(1+DiscountRate)^(-${S.month.at(r)}/12)`, "currency"),
      calc(`=${S.cumulative.at(r - 1)}+${S.net.at(r)}`, "currency"),
    ]);
  }
  const months = S.month.range(first, last, true);
  const cumulative = S.cumulative.range(first, last, true);
  b.name("ScheduleMonths", months);
  b.name("ScheduleCumulative", cumulative);
  b.chart({
    type: "line",
    title: "Cumulative position (the J-curve)",
    categories: months,
    series: [{ name: "Cumulative", values: cumulative }],
    from: COL.guide.at(first),
    to: COL.guide.at(first + 22),
    xTitle: "Month",
    yTitle: "Cumulative net value",
  });
  b.skip();
  breakevenRead(c);
  b.skip();
}

/** The zero crossing read from the schedule in native formulas, to agree with AIVALUE.BREAKEVEN. */
function breakevenRead(c: ContractSheet): void {
  const b = c.b;
  b.field("Horizon", calc(`=MAX(ScheduleMonths)`, "integer"), { name: "Horizon", unit: "months" });
  b.field("Months with a negative position", calc(`=COUNTIF(ScheduleCumulative,"<0")`, "integer"), { name: "NegativeMonths", unit: "months" });
  b.field(
    "Break-even read from the schedule",
    calc(
      '=IF(NegativeMonths=0,0,IF(NegativeMonths>Horizon,"not reached",NegativeMonths-1-INDEX(ScheduleCumulative,NegativeMonths)/(INDEX(ScheduleCumulative,NegativeMonths+1)-INDEX(ScheduleCumulative,NegativeMonths))))',
      "decimal",
    ),
    { name: "ScheduleBreakeven", unit: "months", guide: "The zero crossing interpolated inside its month, in native formulas: it reads the same without the add-in." },
  );
  b.field("Agreement tolerance", input(0.0001, "decimal"), { name: "Tolerance", unit: "months" });
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
