/*
 * Actuals beside the plan (templates v2): for each schedule month its start date, the actual
 * value and cost (inputs, or native SUMIFS on a linked measurement tracker and AI Billing
 * sheet), the actual position, its variance to plan and a re-forecast — actuals where there
 * are any, plan after — with its break-even read in native formulas and checked against
 * AIVALUE.BREAKEVEN. The block sits to the right of the plan's schedule, in the same rows,
 * so a contract made before it existed gets exactly the same block from the pane's upgrade.
 */
import { quoteSheet } from "../../sheet/a1";
import { Column, calc, columns, guide, header, input, label, output, unit } from "../../sheet/builder";
import { BILLING_NAMES } from "../aiBilling/names";
import { TRACKER_NAMES } from "../measurementTracker/names";
import { CONTRACT_ACTUAL_NAMES as A } from "./names";
import type { Block, Cell, NameSpec, Value } from "../../sheet/spec";

/**
 * The actuals table's columns, from I: H is the contract's list column, and keeping it out lets the
 * block print on pages of its own without the lists under the repeated title rows. R and S feed the chart only.
 */
export const AC = columns(["start", "value", "cost", "net", "cumulative", "variance", "refNet", "refCumulative", "refCrossing", "chartPlan", "chartActual"], 9);

/** Widths of I onwards; the chart-only columns are hidden. */
export const ACTUAL_WIDTHS = [12, 13, 13, 13, 13, 13, 13, 13, 12, 10, 10];
export const HIDDEN_COLUMNS = [AC.chartPlan.index, AC.chartActual.index];

/** Rows the plan's J-curve chart takes above the schedule's header row; the upgrade puts its chart beside it. */
export const CHART_ROWS = 20;

/** Where the plan's schedule is, found by the contract's names. */
export interface PlanSchedule {
  /** Row of month 0 and of the last month. */
  first: number;
  last: number;
  /** The plan's month, value and cumulative columns. */
  month: Column;
  value: Column;
  cumulative: Column;
}

/** Sheets the actuals read from, when linked (otherwise they are inputs), and what the pane's pickers typed for the user. */
export interface ActualsLinks {
  trackerSheet?: string;
  billingSheet?: string;
  /** Put into the contract's allocation key input (the user can change it there). */
  allocationKey?: string;
  /** Put into the billing currency input when the cost is linked. */
  billingCurrency?: string;
}

/** The worked example's actuals, month 1 first, its allocation key, and what a billing link needs beside it. */
export interface ActualsExample {
  allocationKey: string;
  months: [number, number][];
  /** Billing currency and the monthly cost billing cannot see, used when the cost is linked. */
  billing?: { currency: string; otherCost: number };
}

export interface ActualsBlock {
  blocks: Block[];
  names: NameSpec[];
  merges: string[];
  /** The plan and actual J-curves for the chart: categories and two adjacent columns. */
  chart: { categories: string; series: { name: string; values: string }[] };
  /** The block as a print area of its own (absolute A1). */
  printArea: string;
}

const check = (f: string): Cell => ({ f, s: "check", fmt: "integer" });

/**
 * Actual value of a month from the tracker: blank unless the tracker has a number for that month
 * (a row with a blank value is no actual, never a 0 that would count as a loss).
 */
function trackerValue(sheet: string, start: string): string {
  const [months, value] = [`${quoteSheet(sheet)}!${TRACKER_NAMES.Months}`, `${quoteSheet(sheet)}!${TRACKER_NAMES.MonthlyValue}`];
  return `=IF(ISNUMBER(${start}),IF(SUMPRODUCT((${months}=${start})*ISNUMBER(${value}))=0,"",SUMIFS(${value},${months},${start})),"")`;
}

/**
 * Actual cost of a month: the billed EffectiveCost of the contract's key, month and currency, plus what
 * billing cannot see. SUMPRODUCT of equalities, not SUMIFS: a key is matched exactly (case aside), so one
 * holding *, ? or ~, starting with < > =, or looking like a number is never read as a criterion.
 */
function billedCost(sheet: string, start: string): string {
  const q = (n: string) => `${quoteSheet(sheet)}!${n}`;
  const rows = `(${q(BILLING_NAMES.Key)}=${A.AllocationKey})*(${q(BILLING_NAMES.Month)}=${start})*(${q(BILLING_NAMES.Currency)}=ActualCurrency)`;
  return `=IF(ISNUMBER(${start}),IF(SUMPRODUCT(${rows})=0,"",SUMPRODUCT(${rows},${q(BILLING_NAMES.EffectiveCost)})+OtherActualCost),"")`;
}

/** One month's row of the actuals table (month ≥ 1). */
function monthRow(p: PlanSchedule, r: number, links: ActualsLinks, example: [number, number] | undefined): Cell[] {
  const at = (c: Column, row = r) => c.at(row);
  const month = p.month.at(r);
  const discount = `(1+DiscountRate)^(-${month}/12)`;
  const firstMonth = `${AC.net.letter}$${p.first + 1}`;
  return [
    calc(`=IF(ISNUMBER(StartDate),DATE(YEAR(StartDate),MONTH(StartDate)+${month}-1,1),"")`, "date"),
    links.trackerSheet ? { f: trackerValue(links.trackerSheet, at(AC.start)), s: "link", fmt: "currency" } : input(example?.[0], "currency"),
    links.billingSheet ? { f: billedCost(links.billingSheet, at(AC.start)), s: "link", fmt: "currency" } : input(example?.[1], "currency"),
    calc(`=IF(AND(ISNUMBER(${at(AC.value)}),ISNUMBER(${at(AC.cost)})),(${at(AC.value)}-${at(AC.cost)})*${discount},"")`, "currency"),
    calc(`=IF(ISNUMBER(${at(AC.net)}),-UpfrontCost+SUM(${firstMonth}:${at(AC.net)}),"")`, "currency"),
    calc(`=IF(ISNUMBER(${at(AC.cumulative)}),${at(AC.cumulative)}-${p.cumulative.at(r)},"")`, "currency"),
    calc(`=IF(ISNUMBER(${at(AC.net)}),${at(AC.value)}-${at(AC.cost)},${p.value.at(r)}-ScheduleMonthlyCost)`, "currency"),
    calc(`=${at(AC.refCumulative, r - 1)}+${at(AC.refNet)}*${discount}`, "currency"),
    calc(`=IF(AND(${at(AC.refCumulative, r - 1)}<0,${at(AC.refCumulative)}>=0),${p.month.at(r - 1)}-${at(AC.refCumulative, r - 1)}/(${at(AC.refCumulative)}-${at(AC.refCumulative, r - 1)}),"")`, "decimal"),
    calc(`=${p.cumulative.at(r)}`, "currency"),
    // #N/A, not "": Excel plots text as 0 and would pull the actual line to zero; #N/A is a gap. The column is hidden.
    calc(`=IF(ISNUMBER(${at(AC.cumulative)}),${at(AC.cumulative)},NA())`, "currency"),
  ];
}

/**
 * The actuals block for a plan schedule, as cells placed on the contract's sheet: the table beside
 * the schedule (header on the schedule's header row) and the summary below it.
 */
export function actualsBlock(p: PlanSchedule, links: ActualsLinks, example?: ActualsExample): ActualsBlock {
  const head = p.first - 1;
  const rows: (Cell | undefined)[][] = [
    [header("Month starts"), header("Actual value"), header("Actual cost"), header("Actual net, discounted"), header("Actual cumulative"),
      header("Variance to plan"), header("Re-forecast net"), header("Re-forecast cumulative"), header("Back at 0 (month)"),
      header("Chart: plan"), header("Chart: actual")],
    [undefined, undefined, undefined, undefined, calc("=-UpfrontCost", "currency"), undefined, undefined, calc("=-UpfrontCost", "currency"),
      undefined, calc(`=${p.cumulative.at(p.first)}`, "currency"), calc(`=${AC.cumulative.at(p.first)}`, "currency")],
  ];
  for (let r = p.first + 1; r <= p.last; r++) rows.push(monthRow(p, r, links, example?.months[r - p.first - 1]));
  const abs = (c: Column, from = p.first + 1) => c.range(from, p.last, true);
  const names: NameSpec[] = [
    { name: A.ScheduleMonthStart, ref: abs(AC.start) },
    { name: A.ActualValue, ref: abs(AC.value) },
    { name: A.ActualCost, ref: abs(AC.cost) },
    { name: "ActualNet", ref: abs(AC.net) },
    { name: "ReforecastNet", ref: abs(AC.refNet) },
    { name: "ReforecastCumulative", ref: abs(AC.refCumulative, p.first) },
    { name: "ReforecastCrossings", ref: abs(AC.refCrossing) },
  ];
  const summary = summaryRows(p, links, example, p.last + 2);
  const guideRow = head - 1;
  return {
    blocks: [
      { at: AC.start.at(guideRow), cells: [[guide(GUIDANCE(links))]] },
      { at: AC.start.at(head), cells: rows },
      { at: AC.start.at(summary.first), cells: summary.cells },
    ],
    names: [...names, ...summary.names],
    merges: [`${AC.start.at(guideRow)}:${AC.refCrossing.at(guideRow)}`, ...summary.merges],
    chart: {
      categories: p.month.range(p.first, p.last, true),
      series: [
        { name: "Plan", values: AC.chartPlan.range(p.first, p.last, true) },
        { name: "Actual", values: AC.chartActual.range(p.first, p.last, true) },
      ],
    },
    printArea: `${AC.start.at(guideRow, true)}:${AC.refCrossing.at(summary.first + summary.cells.length - 1, true)}`,
  };
}

const GUIDANCE = (links: ActualsLinks) =>
  `Actuals beside the plan. ${links.trackerSheet ? "Value comes from the linked measurement tracker" : "Type each month's actual value"} and ${
    links.billingSheet ? "cost from the AI Billing sheet" : "its actual cost"
  } as they come in; a month without both stays blank and counts neither as a loss nor as a gain. The re-forecast takes actuals where a month has them and the plan after.`;

interface Summary {
  first: number;
  cells: (Cell | undefined)[][];
  names: NameSpec[];
  merges: string[];
}

/** Label across I:J, value in K, unit in L and guidance across M:Q, one row each, from `first`; text short enough for one line. */
function summaryRows(p: PlanSchedule, links: ActualsLinks, example: ActualsExample | undefined, first: number): Summary {
  const s: Summary = { first, cells: [], names: [], merges: [] };
  const valueAt = (i: number) => AC.cost.at(first + i, true);
  const row = (text: string, cell: Cell, unitText: string, guidance: string, name?: string): number => {
    const i = s.cells.length;
    s.cells.push([label(text), undefined, cell, unit(unitText), guide(guidance)]);
    s.merges.push(`${AC.start.at(first + i)}:${AC.value.at(first + i)}`, `${AC.cumulative.at(first + i)}:${AC.refCrossing.at(first + i)}`);
    if (name) s.names.push({ name, ref: valueAt(i) });
    return first + i;
  };
  row("Allocation key", input((links.allocationKey ?? example?.allocationKey) as Value | undefined, "text"), "text", "Key of this contract's cost in the AI Billing sheet (tag, account).", A.AllocationKey);
  if (links.billingSheet) {
    row("Billing currency", input(links.billingCurrency ?? example?.billing?.currency ?? null, "text"), "ISO code", "ISO code (USD): other currencies are never mixed in.", "ActualCurrency");
    row("Cost outside billing", input(example?.billing?.otherCost ?? null, "currency"), "per month", "People, governance, risk: added to each billed month.", "OtherActualCost");
  }
  const months = p.month.range(p.first + 1, p.last);
  row("Months with actuals", calc("=COUNT(ActualNet)", "integer"), "months", "Months with both an actual value and an actual cost.", A.ActualMonths);
  // Numeric criteria match numbers only, so months without actuals ("") are left out of both sums.
  const toDate = (range: string) => `=SUMIFS(${range},ActualNet,">=0")+SUMIFS(${range},ActualNet,"<0")`;
  row("Actual value to date", calc(toDate(A.ActualValue), "currency"), "currency", "Over the months with actuals, before discounting.", A.ActualValueToDate);
  row("Actual cost to date", calc(toDate(A.ActualCost), "currency"), "currency", "Over the months with actuals, before discounting.", A.ActualCostToDate);
  row(
    "Re-forecast break-even",
    output('=IF(COUNT(ReforecastCrossings)>0,MIN(ReforecastCrossings),IF(COUNTIF(ReforecastCumulative,"<0")=0,0,"not reached"))', "decimal"),
    "months",
    "Actuals, then plan: first time back up to 0 (BREAKEVEN's rule).",
    A.ReforecastBreakeven,
  );
  row("Re-forecast by BREAKEVEN", output("=AIVALUE.BREAKEVEN(UpfrontCost,0,ReforecastNet,0,DiscountRate)", "decimal"), "months", "AIVALUE.BREAKEVEN on the re-forecast net series.", "ReforecastByAddIn");
  row(
    "Agrees with BREAKEVEN",
    check(`=IF(ISNUMBER(${A.ReforecastBreakeven}),IF(ABS(${A.ReforecastBreakeven}-ReforecastByAddIn)<=Tolerance,0,1),IF(ISNA(ReforecastByAddIn),0,1))`),
    "0 = OK",
    "A difference means a formula of this block was changed.",
    "ReforecastCheck",
  );
  row(
    "Actuals without gaps",
    check(`=IF(SUMPRODUCT(MAX(ISNUMBER(ActualNet)*${months}))=${A.ActualMonths},0,1)`),
    "0 = OK",
    "A blank month between actuals is read at plan: fill it.",
    "ActualsGapCheck",
  );
  if (links.billingSheet) {
    row("Cost outside billing given", check("=IF(ISNUMBER(OtherActualCost),0,1)"), "0 = OK", "Billed cost alone understates the cost: enter it (0 if none).", "OtherCostCheck");
  }
  return s;
}

/** What the verdict row shows beside VERDICT: the linked tracker's stop rule, or "" when none is linked. */
export function stopRuleCell(links: ActualsLinks): Cell {
  return links.trackerSheet ? { f: `=${quoteSheet(links.trackerSheet)}!${TRACKER_NAMES.Rule}`, s: "link" } : calc('=""');
}
