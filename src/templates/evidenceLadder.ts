/*
 * The evidence ladder: five rungs from "the system can do the task" to "competitive
 * position changes". Metrics carry a status; the rung reached counts rungs evidenced in
 * a row from the bottom, and a value claim earns credit only at the rung it reaches.
 */
import { RUNG_NAMES } from "../core/rungs";
import { SheetBuilder, calc, columns, guide, header, input, label, output } from "../sheet/builder";
import { MARK_REF, TEMPLATE_MARKS } from "./marks";
import { quoteSheet } from "../sheet/a1";
import { TRACKER_NAMES } from "./measurementTracker/names";
import { MASTER_CHECK, checkBlock, page, weightPolicy, weightsCheck, type Check } from "./common";
import type { TemplateOptions, TemplateSpec, Value } from "../sheet/spec";

/** Worksheet-scoped names an evidence ladder defines for readers outside it (a contract links to RungReached). */
export const LADDER_NAMES = {
  LadderFor: "LadderFor",
  RungLevel: "RungLevel",
  RungReached: "RungReached",
  BenefitsClaimed: "BenefitsClaimed",
  CostClaimed: "CostClaimed",
  WeightedValue: "WeightedValue",
  MasterCheck: MASTER_CHECK,
} as const;

/** The name of a cited measurement tracker's stop rule, defined only by a ladder that cites one on its Financial rung. */
export const LADDER_TRACKER_RULE = "LadderTrackerRule";

/**
 * Whether a sheet is an evidence ladder, from its scoped names (lower-cased): its mark, or —
 * for a ladder inserted before marks existed — the RungReached a contract links to.
 */
export function isEvidenceLadder(names: ReadonlySet<string>): boolean {
  return names.has(TEMPLATE_MARKS.evidenceLadder.toLowerCase()) || names.has(LADDER_NAMES.RungReached.toLowerCase());
}

export const STATUS_WORDS = ["None", "Planned", "Claimed", "Evidenced", "Audited"] as const;

const RUNGS = [
  {
    name: "Technical",
    proves: "The system can do the task, on real data, at the quality the work needs.",
    examples: "Precision and recall on live cases; error rate; latency; share of cases handled.",
  },
  {
    name: "Behavioural",
    proves: "People or systems actually use it, in the flow of their work.",
    examples: "Active users in the target role; share of cases routed through it; override rate.",
  },
  {
    name: "Operational",
    proves: "The work itself changes: faster, cheaper, better or with fewer steps.",
    examples: "Cycle time; cost per case; first-time-right rate; conversion at a funnel step.",
  },
  {
    name: "Financial",
    proves: "The enterprise's economics change, in figures finance accepts.",
    examples: "Incremental revenue; cost out of the run rate; avoided loss booked; margin.",
  },
  {
    name: "Strategic",
    proves: "The competitive position changes in a way rivals would have to answer.",
    examples: "Win rate against competitors; share of wallet; new segments served profitably.",
  },
];

const METRIC_ROWS = 15;

/** The worked example: evidence for the lead-scoring contract. */
const EXAMPLE_METRICS: Value[][] = [
  ["Technical", "Precision of high-priority scores", "share", 0.61, 0.72, "Evidenced", "Model evaluation report, Q1", 46112],
  ["Behavioural", "Reps working the scored queue daily", "share of reps", 0, 0.85, "Evidenced", "CRM activity log", 46112],
  ["Operational", "Lead-to-opportunity conversion", "share of leads", 0.12, 0.18, "Evidenced", "Funnel report", 46203],
  ["Operational", "Days from first touch to close", "days", 64, 55, "Audited", "Sales-ops pipeline review", 46203],
  ["Financial", "Closed-won revenue from scored leads", "currency / quarter", 0, 126000, "Claimed", "CRM opportunity source", 46203],
  ["Strategic", "Win rate against the main competitor", "share of deals", 0.31, null, "Planned", null, null],
];
/** The worked contract's total benefits and full cost for the period. */
const EXAMPLE_CLAIM = { benefits: 453800, cost: 254000 };

/** The metrics table's columns; the summary above and below uses the first three as value, unit and guidance. */
const COL = columns(["rung", "metric", "unit", "baseline", "current", "uplift", "status", "source", "asOf"]);
const LISTS = 11;

export function evidenceLadder(options: TemplateOptions = {}): TemplateSpec {
  const b = new SheetBuilder("Evidence Ladder", "#0F6CBD", [16, 34, 16, 12, 12, 11, 13, 28, 12, 2, 16], LISTS, { value: COL.metric.index, unit: COL.unit.index, guide: COL.baseline.index });
  const forContract = options.contractName ?? (options.example ? "Lead scoring — mid-market sales" : null);
  b.name(TEMPLATE_MARKS.evidenceLadder, MARK_REF);
  const masterRow = titleRows(b, forContract);
  rungsSection(b);
  const metrics = metricsSection(b, options.example === true);
  summarySection(b, options.example === true, metrics, options.trackerSheet);
  const weights = weightPolicy(b, options.evidenceWeights);
  b.skip();
  const master = checkBlock(b, checks(metrics, weights));
  b.put(masterRow, COL.metric.index, [{ f: `=${master}`, s: "master" }]);
  const sheet = b.build(page("landscape", `Evidence ladder: ${forContract ?? "contract not named"}`), 3);
  return { id: "evidenceLadder", title: "Evidence ladder", sheets: [sheet] };
}

/** Title, subtitle and the contract the ladder evidences; returns the master check's row. */
function titleRows(b: SheetBuilder, forContract: string | null): number {
  b.line([{ f: `="Evidence ladder — "&IF(LEN(${LADDER_NAMES.LadderFor})=0,"(contract not named)",${LADDER_NAMES.LadderFor})`, s: "title" }]);
  b.line([
    {
      v: "A rung counts only when a metric on it is Evidenced or Audited, and the climb stops at the first rung without evidence. Fill the blue-on-yellow cells.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  const forRow = b.line([label("Evidence for contract"), input(forContract, "text")]);
  b.merge(`${COL.metric.at(forRow)}:${COL.unit.at(forRow)}`);
  b.put(forRow, COL.baseline.index, [guide("The value contract this ladder evidences.")]);
  b.merge(`${COL.baseline.at(forRow)}:${COL.asOf.at(forRow)}`);
  b.name(LADDER_NAMES.LadderFor, COL.metric.at(forRow, true));
  b.skip();
  return masterRow;
}

/** What each rung proves, with example metrics. */
function rungsSection(b: SheetBuilder): void {
  b.section("The five rungs");
  const spans = (r: number) => {
    b.merge(`${COL.metric.at(r)}:${COL.baseline.at(r)}`);
    b.merge(`${COL.current.at(r)}:${COL.asOf.at(r)}`);
  };
  spans(b.line([header("Rung"), header("What it proves"), { s: "header" }, { s: "header" }, header("Example metrics")]));
  for (const rung of RUNGS) spans(b.line([label(rung.name), { v: rung.proves, s: "guide" }, undefined, undefined, { v: rung.examples, s: "guide" }]));
  b.skip();
}

/** The metrics table's columns a check reads, as absolute ranges. */
interface MetricRanges {
  rung: string;
  metric: string;
  status: string;
  source: string;
  asOf: string;
}

/** The metrics table: one row per metric, its status saying whether it counts. */
function metricsSection(b: SheetBuilder, example: boolean): MetricRanges {
  b.section("Metrics");
  const head = b.line(["Rung", "Metric", "Unit", "Baseline", "Current", "Uplift", "Status", "Source", "As of"].map((h) => header(h)));
  const first = b.row;
  for (let i = 0; i < METRIC_ROWS; i++) {
    const ex = example ? EXAMPLE_METRICS[i] : undefined;
    const r = b.row;
    const [base, now] = [COL.baseline.at(r), COL.current.at(r)];
    b.line([
      input(ex?.[0], "text"),
      input(ex?.[1], "text"),
      input(ex?.[2], "text"),
      input(ex?.[3], "number"),
      input(ex?.[4], "number"),
      calc(`=IF(AND(ISNUMBER(${base}),ISNUMBER(${now}),${base}<>0),(${now}-${base})/ABS(${base}),"")`, "percent"),
      input(ex?.[5], "text"),
      input(ex?.[6], "text"),
      input(ex?.[7], "date"),
    ]);
  }
  const last = b.row - 1;
  b.table("EvidenceMetrics", `${COL.rung.at(head)}:${COL.asOf.at(last)}`);
  b.dropdown(COL.rung.range(first, last), "Rungs", RUNG_NAMES.slice(1), "Pick the rung this metric evidences.");
  b.dropdown(COL.status.range(first, last), "Statuses", STATUS_WORDS, "Evidenced or Audited count; None, Planned and Claimed do not.");
  b.validate({ ref: COL.asOf.range(first, last), date: true, prompt: "The date the figure was measured." });
  b.skip();
  const abs = (c: (typeof COL)[keyof typeof COL]) => c.range(first, last, true);
  return { rung: abs(COL.rung), metric: abs(COL.metric), status: abs(COL.status), source: abs(COL.source), asOf: abs(COL.asOf) };
}

/** The summary table's columns: a rung, its evidenced metrics, whether it counts. */
const SUMMARY = columns(["rung", "count", "evidenced"]);

/**
 * The Financial rung's citation of a measurement tracker: the tracker's marker and sheet, and its
 * stop rule linked in, so a SIGNAL there evidences the rung. Returns the link's name.
 */
function trackerCitation(b: SheetBuilder, trackerSheet: string): string {
  b.field("Financial rung cites", { v: `${TEMPLATE_MARKS.measurementTracker} on ${trackerSheet}`, s: "calc" }, {
    guide: "A measurement tracker of a financial metric: its SIGNAL (a significant rise under its sequential stop rule) evidences the Financial rung.",
  });
  b.field("Tracker's stop rule", { f: `=${quoteSheet(trackerSheet)}!${TRACKER_NAMES.Rule}`, s: "link" }, { name: LADDER_TRACKER_RULE, unit: "MEASURING, SIGNAL or STOP" });
  return LADDER_TRACKER_RULE;
}

/** Per-rung counts, the rung reached and the credit the claim earns there, with a chart. */
function summarySection(b: SheetBuilder, example: boolean, metrics: MetricRanges, trackerSheet: string | undefined): void {
  b.pageBreak();
  b.section("Summary");
  const tracker = trackerSheet ? trackerCitation(b, trackerSheet) : undefined;
  b.line([header("Rung"), header("Evidenced metrics"), header("Evidenced?")]);
  const flags: string[] = [];
  const first = b.row;
  for (const rung of RUNGS) {
    const r = b.row;
    const at = SUMMARY.rung.at(r);
    b.line([
      label(rung.name),
      calc(`=COUNTIFS(${metrics.rung},${at},${metrics.status},"Evidenced")+COUNTIFS(${metrics.rung},${at},${metrics.status},"Audited")`, "integer"),
      calc(tracker && rung.name === "Financial" ? `=OR(${SUMMARY.count.at(r)}>0,${tracker}="SIGNAL")` : `=${SUMMARY.count.at(r)}>0`),
    ]);
    flags.push(SUMMARY.evidenced.at(r));
  }
  const last = b.row - 1;
  const N = LADDER_NAMES;
  b.field("Rung reached", output(`=AIVALUE.EVIDENCELEVEL(${flags.join(",")})`, "integer"), {
    name: N.RungLevel,
    unit: "level 0–5",
    guide: "Rungs evidenced in a row from Technical up; a gap stops the climb.",
  });
  b.field("Rung reached (name)", output(`=AIVALUE.EVIDENCELEVEL(${flags.join(",")},TRUE)`), { name: N.RungReached, unit: "rung", guide: "What a value contract links to." });
  b.field("Benefits claimed", input(example ? EXAMPLE_CLAIM.benefits : undefined, "currency"), {
    name: N.BenefitsClaimed,
    unit: "currency",
    guide: "The total benefits the contract claims for the period, before costs.",
  });
  b.field("Full cost", input(example ? EXAMPLE_CLAIM.cost : undefined, "currency"), {
    name: N.CostClaimed,
    unit: "currency",
    guide: "The contract's full economic cost for the same period.",
  });
  b.field("Evidence-weighted value", output(`=AIVALUE.EVIDENCEWEIGHTED(${N.BenefitsClaimed},${N.RungLevel},EvidenceWeights,${N.CostClaimed})`, "currency"), {
    name: N.WeightedValue,
    unit: "currency",
    guide: "Benefits weighted at the rung reached (policy below), less the full cost: costs are spent whatever the evidence says.",
  });
  b.chart({
    type: "bar",
    title: "Evidenced metrics per rung",
    categories: SUMMARY.rung.range(first, last, true),
    series: [{ name: "Evidenced metrics", values: SUMMARY.count.range(first, last, true) }],
    from: COL.uplift.at(first - 1),
    to: COL.asOf.at(first + 14),
    xTitle: "Rung",
    yTitle: "Metrics evidenced",
  });
  b.skip();
}

/** A metric needs a rung; evidence needs a source and a date; the claim and the policy must be there. */
function checks(m: MetricRanges, weights: string): Check[] {
  const both = (column: string) => `COUNTIFS(${m.status},"Evidenced",${column},"")+COUNTIFS(${m.status},"Audited",${column},"")`;
  return [
    { label: "Every listed metric has a rung", formula: `=IF(COUNTIFS(${m.metric},"<>",${m.rung},"")>0,1,0)`, advice: "Pick a rung for each metric." },
    { label: "Evidence has a source", formula: `=IF(${both(m.source)}>0,1,0)`, advice: "Name where each Evidenced or Audited figure comes from." },
    { label: "Evidence is dated", formula: `=IF(${both(m.asOf)}>0,1,0)`, advice: "Give the as-of date of each Evidenced or Audited figure." },
    {
      label: "Benefits and cost entered",
      formula: `=IF(AND(ISNUMBER(${LADDER_NAMES.BenefitsClaimed}),ISNUMBER(${LADDER_NAMES.CostClaimed})),0,1)`,
      advice: "Enter the benefits the contract claims and its full cost.",
    },
    { label: "Evidence weights are a valid policy", formula: weightsCheck(weights), advice: "Six weights from 0% to 100% that never fall as the level rises." },
  ];
}
