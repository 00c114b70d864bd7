/*
 * The evidence ladder: five rungs from "the system can do the task" to "competitive
 * position changes". Metrics carry a status; the rung reached counts rungs evidenced in
 * a row from the bottom, and a value claim earns credit only at the rung it reaches.
 */
import { RUNG_NAMES } from "../core/rungs";
import { SheetBuilder, calc, guide, header, input, label, output } from "../sheet/builder";
import { checkBlock, page, weightPolicy, weightsCheck } from "./common";
import type { TemplateOptions, TemplateSpec, Value } from "../sheet/spec";

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
const EXAMPLE_VALUE_CLAIMED = 300600;

// Columns: rung, metric, unit, baseline, current, uplift, status, source, as of; lists in K.
const B = 2;
const C = 3;
const D = 4;
const LISTS = 11;

export function evidenceLadder(options: TemplateOptions = {}): TemplateSpec {
  const b = new SheetBuilder("Evidence Ladder", "#0F6CBD", [16, 34, 16, 12, 12, 11, 13, 28, 12, 2, 16], LISTS, { value: B, unit: C, guide: D });
  const forContract = options.contractName ?? (options.example ? "Lead scoring — mid-market sales" : null);

  b.line([{ f: '="Evidence ladder — "&IF(LEN(LadderFor)=0,"(contract not named)",LadderFor)', s: "title" }]);
  b.line([
    {
      v: "A rung counts only when a metric on it is Evidenced or Audited, and the climb stops at the first rung without evidence. Fill the blue-on-yellow cells.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  const forRow = b.line([label("Evidence for contract"), input(forContract, "text")]);
  b.merge(`B${forRow}:C${forRow}`);
  b.put(forRow, D, [guide("The value contract this ladder evidences.")]);
  b.merge(`D${forRow}:I${forRow}`);
  b.name("LadderFor", SheetBuilder.abs(forRow, B));
  b.skip();

  b.section("The five rungs");
  const rungHead = b.line([header("Rung"), header("What it proves"), { s: "header" }, { s: "header" }, header("Example metrics")]);
  b.merge(`B${rungHead}:D${rungHead}`);
  b.merge(`E${rungHead}:I${rungHead}`);
  for (const rung of RUNGS) {
    const r = b.line([label(rung.name), { v: rung.proves, s: "guide" }, undefined, undefined, { v: rung.examples, s: "guide" }]);
    b.merge(`B${r}:D${r}`);
    b.merge(`E${r}:I${r}`);
  }
  b.skip();

  b.section("Metrics");
  const head = b.line(
    ["Rung", "Metric", "Unit", "Baseline", "Current", "Uplift", "Status", "Source", "As of"].map((h) => header(h)),
  );
  const first = b.row;
  for (let i = 0; i < METRIC_ROWS; i++) {
    const ex = options.example ? EXAMPLE_METRICS[i] : undefined;
    const r = b.row;
    b.line([
      input(ex?.[0], "text"),
      input(ex?.[1], "text"),
      input(ex?.[2], "text"),
      input(ex?.[3], "number"),
      input(ex?.[4], "number"),
      calc(`=IF(AND(ISNUMBER(D${r}),ISNUMBER(E${r}),D${r}<>0),(E${r}-D${r})/ABS(D${r}),"")`, "percent"),
      input(ex?.[5], "text"),
      input(ex?.[6], "text"),
      input(ex?.[7], "date"),
    ]);
  }
  const last = b.row - 1;
  b.table("EvidenceMetrics", `A${head}:I${last}`);
  b.dropdown(`A${first}:A${last}`, "Rungs", RUNG_NAMES.slice(1), "Pick the rung this metric evidences.");
  b.dropdown(`G${first}:G${last}`, "Statuses", STATUS_WORDS, "Evidenced or Audited count; None, Planned and Claimed do not.");
  b.validate({ ref: `I${first}:I${last}`, date: true, prompt: "The date the figure was measured." });
  const rungCol = `$A$${first}:$A$${last}`;
  const statusCol = `$G$${first}:$G$${last}`;
  const sourceCol = `$H$${first}:$H$${last}`;
  const dateCol = `$I$${first}:$I$${last}`;
  const metricCol = `$B$${first}:$B$${last}`;
  b.skip();

  b.pageBreak();
  b.section("Summary");
  b.line([header("Rung"), header("Evidenced metrics"), header("Evidenced?")]);
  const flags: string[] = [];
  const summaryFirst = b.row;
  for (const rung of RUNGS) {
    const r = b.row;
    b.line([
      label(rung.name),
      calc(`=COUNTIFS(${rungCol},A${r},${statusCol},"Evidenced")+COUNTIFS(${rungCol},A${r},${statusCol},"Audited")`, "integer"),
      calc(`=B${r}>0`),
    ]);
    flags.push(`C${r}`);
  }
  const summaryLast = b.row - 1;
  b.field("Rung reached", output(`=AIVALUE.EVIDENCELEVEL(${flags.join(",")})`, "integer"), {
    name: "RungLevel",
    unit: "level 0–5",
    guide: "Rungs evidenced in a row from Technical up; a gap stops the climb.",
  });
  b.field("Rung reached (name)", output(`=AIVALUE.EVIDENCELEVEL(${flags.join(",")},TRUE)`), { name: "RungReached", unit: "rung", guide: "What a value contract links to." });
  b.field("Value claimed", input(options.example ? EXAMPLE_VALUE_CLAIMED : undefined, "currency"), {
    name: "ValueClaimed",
    unit: "currency",
    guide: "The realised value the contract claims for the period.",
  });
  b.field("Evidence-weighted value", output("=AIVALUE.EVIDENCEWEIGHTED(ValueClaimed,RungLevel,EvidenceWeights)", "currency"), {
    name: "WeightedValue",
    unit: "currency",
    guide: "The credit the claim earns at the rung reached, under the policy below.",
  });
  b.chart({
    type: "bar",
    title: "Evidenced metrics per rung",
    categories: `$A$${summaryFirst}:$A$${summaryLast}`,
    series: [{ name: "Evidenced metrics", values: `$B$${summaryFirst}:$B$${summaryLast}` }],
    from: `F${summaryFirst - 1}`,
    to: `I${summaryFirst + 14}`,
    xTitle: "Rung",
    yTitle: "Metrics evidenced",
  });
  b.skip();

  const weights = weightPolicy(b, options.evidenceWeights);
  b.skip();

  const master = checkBlock(
    b,
    [
      {
        label: "Every listed metric has a rung",
        formula: `=IF(COUNTIFS(${metricCol},"<>",${rungCol},"")>0,1,0)`,
        advice: "Pick a rung for each metric.",
      },
      {
        label: "Evidence has a source",
        formula: `=IF(COUNTIFS(${statusCol},"Evidenced",${sourceCol},"")+COUNTIFS(${statusCol},"Audited",${sourceCol},"")>0,1,0)`,
        advice: "Name where each Evidenced or Audited figure comes from.",
      },
      {
        label: "Evidence is dated",
        formula: `=IF(COUNTIFS(${statusCol},"Evidenced",${dateCol},"")+COUNTIFS(${statusCol},"Audited",${dateCol},"")>0,1,0)`,
        advice: "Give the as-of date of each Evidenced or Audited figure.",
      },
      { label: "Value claimed entered", formula: "=IF(ISNUMBER(ValueClaimed),0,1)", advice: "Enter the value the contract claims." },
      { label: "Evidence weights are a valid policy", formula: weightsCheck(weights), advice: "Six weights from 0% to 100% that never fall as the level rises." },
    ],
  );
  b.put(masterRow, B, [{ f: `=${master}`, s: "master" }]);

  const sheet = b.build(page("landscape", `Evidence ladder: ${forContract ?? "contract not named"}`), 3);
  return { id: "evidenceLadder", title: "Evidence ladder", sheets: [sheet] };
}
