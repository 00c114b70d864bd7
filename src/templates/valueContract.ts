/*
 * The value contract: one sheet per material AI intervention. Ten clauses say what
 * value is promised and how it will be proved; the economics compute realised value,
 * ROI, months to break even, evidence-weighted value and the verdict against the
 * contract's own scale and stop lines.
 */
import { RUNG_NAMES } from "../core/rungs";
import { quoteSheet } from "../sheet/a1";
import { SheetBuilder, calc, guide, header, input, label, output, unit } from "../sheet/builder";
import { checkBlock, page, weightPolicy, weightsCheck, type Check } from "./common";
import type { Cell, TemplateOptions, TemplateSpec, Value } from "../sheet/spec";

export const VALUE_CHAINS = [
  "Acquire and retain customers",
  "Design and launch products",
  "Price and sell",
  "Fulfil and serve",
  "Manage supply and inventory",
  "Detect and manage risk",
  "Allocate capital",
  "Develop and deploy talent",
  "Operate technology",
  "Manage the enterprise",
] as const;

export const MANDATES = [
  "Grow revenue",
  "Create structural operating leverage",
  "Secure existing earnings",
  "Mitigate new exposure",
  "Create strategic options",
] as const;

export const STATUSES = ["Proposed", "Piloting", "Scaling", "Paused", "Stopped"] as const;
export const CADENCES = ["Weekly", "Monthly", "Quarterly"] as const;

/** Months the payback schedule shows; BREAKEVEN is asked about the same horizon. */
export const SCHEDULE_MONTHS = 48;

// Column layout: label (A), two value columns (B, C), D spare, unit (E), guidance (F); lists in H.
const B = 2;
const C = 3;
const E = 5;
const F = 6;
const LISTS = 8;

interface Clause {
  name: string;
  label: string;
  guidance: string;
  example: string;
}

const CLAUSES: Clause[] = [
  {
    name: "Outcome",
    label: "1. Enterprise outcome",
    guidance: "The change in the enterprise's economics this intervention is for, in a metric finance already tracks — not a model metric.",
    example: "Raise mid-market lead-to-opportunity conversion from 12% to 16% within two quarters, adding closed revenue without adding reps.",
  },
  {
    name: "Counterfactual",
    label: "2. Baseline and counterfactual",
    guidance: "Where the metric stood before, and what would have happened without the intervention. Value is the difference between the two, not the change over time.",
    example: "Baseline: last quarter's conversion (12%). Counterfactual: the control territory that kept the rep-ordered queue.",
  },
  {
    name: "OwnerClause",
    label: "3. Accountable owner",
    guidance: "The business owner who answers for the value, not the team that built the system.",
    example: "VP Sales, Mid-Market owns the revenue line and signs each review; the data science lead answers for model quality.",
  },
  {
    name: "Mechanism",
    label: "4. Value mechanism",
    guidance: "How the work changes so that the value appears: who does what differently, and why that moves the metric.",
    example: "Reps call ready buyers first; cold leads go to automated nurture instead of rep time.",
  },
  {
    name: "CaptureDecision",
    label: "5. Capture decision",
    guidance: "What management decides to do with released capacity. Time saved is only potential value until this decision is made and carried out.",
    example: "Freed rep hours go to late-stage deals and replace the planned H2 hire; a quarter of them count as captured.",
  },
  {
    name: "FullCost",
    label: "6. Full economic cost",
    guidance: "Every cost the intervention brings over its life, including change, governance and quality control — the cost lines in section 4.",
    example: "All eight cost lines below, including sales-ops time spent on the change and monthly model monitoring.",
  },
  {
    name: "EvidenceHierarchy",
    label: "7. Evidence hierarchy",
    guidance: "What counts as proof at each rung of the evidence ladder, and who accepts it. Until then a value is claimed, not evidenced.",
    example: "Financial evidence is closed-won revenue attributed in the CRM and agreed by finance.",
  },
  {
    name: "RiskBoundary",
    label: "8. Risk boundary",
    guidance: "What the system must never do, and the exposure the enterprise will not accept, with how it is watched.",
    example: "No automated outreach to existing customers; a fairness review of scores by segment every quarter.",
  },
  {
    name: "ScaleStop",
    label: "9. Scale and stop conditions",
    guidance: "The value and evidence at which the intervention scales, and the value below which it stops. The thresholds in section 6 make the verdict.",
    example: "Scale to every region at $300K realised a year with financial evidence; stop below $50K.",
  },
  {
    name: "ReviewCadence",
    label: "10. Review cadence",
    guidance: "How often the contract is reviewed against its evidence. Record each review in the log at the bottom.",
    example: "Monthly",
  },
];

interface CostLine {
  label: string;
  guidance: string;
  example: [number, number];
}

const LIFECYCLE_LINES: CostLine[] = [
  { label: "Technology", guidance: "Models, hosting, licences and tokens.", example: [0, 6000] },
  { label: "Data", guidance: "Acquiring, labelling, cleaning and storing data.", example: [15000, 1500] },
  { label: "Integration", guidance: "Connecting the system to the workflows and records it changes.", example: [30000, 0] },
  { label: "Governance", guidance: "Risk, legal, security and model-risk review.", example: [5000, 500] },
  { label: "Quality control", guidance: "Checking, correcting and monitoring outputs.", example: [0, 2000] },
  { label: "Ongoing operation", guidance: "Support, retraining and the people who run it.", example: [0, 5000] },
];

const TRANSITION_LINES: CostLine[] = [
  { label: "Change", guidance: "Process redesign, training and communication.", example: [10000, 0] },
  { label: "Workforce transition", guidance: "Redeployment, reskilling and severance where roles change.", example: [8000, 0] },
];

/** The worked example: a lead-scoring model in mid-market sales (the seeds' case). */
const EXAMPLE = {
  contractName: "Lead scoring — mid-market sales",
  intervention: "Model that scores inbound leads and orders each rep's daily queue",
  valueChain: "Acquire and retain customers",
  mandate: "Grow revenue",
  owner: "VP Sales, Mid-Market",
  status: "Piloting",
  startDate: 46027, // 2026-01-05
  nextReview: 46371, // 2026-12-15
  metric: "Lead-to-opportunity conversion",
  metricUnit: "share of leads",
  baseline: 0.12,
  target: 0.16,
  current: 0.18,
  periodMonths: 12,
  riskCost: 6000,
  cannibalisation: 0,
  incrementalRevenue: 504000, // three extra $42K deals a quarter, four quarters
  protectedEarnings: 0,
  hoursReleased: 3680, // 40 reps × 2 hours a week × 46 weeks
  hourlyCost: 55,
  captureRate: 0.25,
  avoidedLoss: 0,
  optionValue: 0,
  monthlyValue: 46000,
  rampMonths: 4,
  discountRate: 0.1,
  evidenceLevel: "Operational",
  scaleThreshold: 300000,
  stopThreshold: 50000,
  requiredLevel: "Financial",
  reviews: [
    [46127, "CFO office", "Capture rate cut from 40% to 25% after a time study", "Continue; re-measure capture in Q3"],
    [46217, "VP Sales", "Incremental revenue attributed through CRM opportunity source", "Ask finance to audit attribution"],
  ] as Value[][],
};

const REVIEW_ROWS = 8;

export function valueContract(options: TemplateOptions = {}): TemplateSpec {
  const ex = options.example ? EXAMPLE : undefined;
  const pick = <T>(v: T): T | undefined => (ex ? v : undefined);
  const b = new SheetBuilder("Value Contract", "#13795B", [34, 15, 15, 15, 16, 64, 2, 30], LISTS, { value: B, unit: E, guide: F });
  const contractName = options.contractName ?? pick(EXAMPLE.contractName) ?? null;

  b.line([{ f: '="Value contract — "&IF(LEN(ContractName)=0,"(unnamed)",ContractName)', s: "title" }]);
  b.line([
    {
      v: "One sheet per material AI intervention. Only the blue-on-yellow cells are inputs; everything else is calculated. Share it when the master check reads OK.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  b.skip();

  // 1. Header
  b.section("1. Header");
  const textRow = (name: string, text: string, value: Value | undefined, guidance: string): number => {
    const r = b.field(text, input(value, "text"), { name, guide: guidance });
    b.merge(`B${r}:E${r}`);
    return r;
  };
  textRow("ContractName", "Contract name", contractName, "A short name the board will recognise. Required.");
  textRow("Intervention", "Intervention", pick(EXAMPLE.intervention), "What is being introduced, in one line.");
  const chainRow = textRow("ValueChain", "Value chain", pick(EXAMPLE.valueChain), "Where in the business the value arises. Pick from the list. Required.");
  b.dropdown(`B${chainRow}`, "Value chains", VALUE_CHAINS, "Pick the value chain the intervention changes.");
  const mandateRow = textRow("Mandate", "Mandate", pick(EXAMPLE.mandate), "The economic mandate the value serves. Pick from the list. Required.");
  b.dropdown(`B${mandateRow}`, "Mandates", MANDATES, "Pick the mandate the value serves.");
  textRow("Owner", "Accountable owner", pick(EXAMPLE.owner), "The named business owner who answers for the value. Required.");
  const statusRow = textRow("Status", "Status", pick(EXAMPLE.status), "Where the intervention stands today.");
  b.dropdown(`B${statusRow}`, "Statuses", STATUSES, "Pick the current status.");
  const dateRow = (name: string, text: string, value: number | undefined, guidance: string): void => {
    const r = b.field(text, input(value, "date"), { name, unit: "date", guide: guidance });
    b.validate({ ref: `B${r}`, date: true, prompt: "A date." });
  };
  dateRow("StartDate", "Start date", pick(EXAMPLE.startDate), "When the intervention went live, or will.");
  dateRow("NextReview", "Next review date", pick(EXAMPLE.nextReview), "When the contract is next reviewed against its evidence.");
  b.skip();

  // 2. The ten clauses
  b.section("2. The ten clauses");
  const firstClause = b.row;
  for (const clause of CLAUSES) {
    const r = textRow(clause.name, clause.label, pick(clause.example), clause.guidance);
    if (clause.name === "ReviewCadence") b.dropdown(`B${r}`, "Cadences", CADENCES, "Pick how often the contract is reviewed.");
  }
  const clauses = `$B$${firstClause}:$B$${b.row - 1}`;
  b.skip();

  // 3. Outcome metric
  b.section("3. Outcome metric");
  textRow("Metric", "Metric", pick(EXAMPLE.metric), "The enterprise metric from clause 1.");
  textRow("MetricUnit", "Unit of the metric", pick(EXAMPLE.metricUnit), "What the metric is counted in.");
  const metricRow = (name: string, text: string, value: number | undefined, guidance: string): number =>
    b.field(text, input(value, "number"), { name, unit: { f: "=MetricUnit", s: "unit" }, guide: guidance });
  metricRow("Baseline", "Baseline", pick(EXAMPLE.baseline), "The metric before the intervention (clause 2).");
  metricRow("Target", "Target", pick(EXAMPLE.target), "The level the contract promises.");
  metricRow("Current", "Current", pick(EXAMPLE.current), "The latest measured value.");
  b.field("Uplift to date", calc('=IF(AND(ISNUMBER(Baseline),ISNUMBER(Current),Baseline<>0),(Current-Baseline)/ABS(Baseline),"")', "percent"), {
    unit: "vs baseline",
    guide: "Relative change of the metric against its baseline.",
  });
  b.skip();

  // 4. Full economic cost
  b.section("4. Full economic cost");
  b.line([header("Cost line"), header("One-off"), header("Per month"), undefined, header("Unit"), header("What belongs here")]);
  const costLine = (line: CostLine): number => {
    const r = b.line([label(line.label), input(pick(line.example[0]), "currency"), input(pick(line.example[1]), "currency")]);
    b.put(r, E, [unit("currency")]);
    b.put(r, F, [guide(line.guidance)]);
    return r;
  };
  const lifeFirst = b.row;
  LIFECYCLE_LINES.forEach(costLine);
  const lifeLast = b.row - 1;
  const transFirst = b.row;
  TRANSITION_LINES.forEach(costLine);
  const transLast = b.row - 1;
  const allCosts = `$B$${lifeFirst}:$C$${transLast}`;
  const totalRow = b.line([label("Total", "label"), calc(`=SUM(B${lifeFirst}:B${transLast})`, "currency"), calc(`=SUM(C${lifeFirst}:C${transLast})`, "currency")]);
  b.put(totalRow, E, [unit("currency")]);
  b.put(totalRow, F, [guide("One-off costs are paid up front (month 0); monthly costs run every month.")]);
  b.name("UpfrontCost", SheetBuilder.abs(totalRow, B));
  b.name("MonthlyCost", SheetBuilder.abs(totalRow, C));
  const periodRow = b.field("Months in the evaluation period", input(pick(EXAMPLE.periodMonths), "integer"), {
    name: "PeriodMonths",
    unit: "months",
    guide: "The period the realised value below covers, usually 12.",
  });
  b.validate({ ref: `B${periodRow}`, whole: { min: 1, max: 120 }, prompt: "Whole months, 1 to 120." });
  const periodCost = (name: string, text: string, first: number, last: number, guidance: string): number =>
    b.field(text, calc(`=SUM(B${first}:B${last})+SUM(C${first}:C${last})*PeriodMonths`, "currency"), { name, unit: "currency", guide: guidance });
  periodCost("LifecycleCost", "Lifecycle cost in the period", lifeFirst, lifeLast, "Technology to ongoing operation: one-off plus monthly × months.");
  periodCost("TransitionCost", "Transition cost in the period", transFirst, transLast, "Change and workforce transition: one-off plus monthly × months.");
  const periodInput = (name: string, text: string, value: number | undefined, guidance: string): number =>
    b.field(text, input(value, "currency"), { name, unit: "currency", guide: guidance });
  periodInput("RiskCost", "Risk and failure cost in the period", pick(EXAMPLE.riskCost), "Expected cost of incidents, errors and their remediation.");
  periodInput("Cannibalisation", "Cannibalisation in the period", pick(EXAMPLE.cannibalisation), "Revenue or earnings the intervention takes from elsewhere in the business.");
  b.field("Total cost in the period", calc("=LifecycleCost+TransitionCost+RiskCost+Cannibalisation", "currency"), { name: "TotalCost", unit: "currency" });
  b.skip();

  // 5. Value in the period
  b.section("5. Value in the period");
  periodInput("IncrementalRevenue", "Incremental revenue", pick(EXAMPLE.incrementalRevenue), "Revenue that would not exist without the intervention (against the counterfactual).");
  periodInput("ProtectedEarnings", "Protected earnings", pick(EXAMPLE.protectedEarnings), "Earnings kept that would otherwise have been lost.");
  b.field("Hours released", input(pick(EXAMPLE.hoursReleased), "number"), {
    name: "HoursReleased",
    unit: "hours",
    guide: "Capacity the intervention frees in the period: only potential value.",
  });
  b.field("Fully loaded cost per hour", input(pick(EXAMPLE.hourlyCost), "currency"), { name: "HourlyCost", unit: "currency / hour" });
  const captureRow = b.field("Capture rate", input(pick(EXAMPLE.captureRate), "percent"), {
    name: "CaptureRate",
    unit: "share of hours",
    guide: "Management's decision (clause 5): the share of released hours turned into value. No default.",
  });
  b.validate({ ref: `B${captureRow}`, decimal: { min: 0, max: 1 }, prompt: "A share from 0% to 100%." });
  b.field("Redeployed capacity", calc("=HoursReleased*HourlyCost*CaptureRate", "currency"), {
    name: "RedeployedCapacity",
    unit: "currency",
    guide: "Hours × cost × capture rate: the part of released capacity that became value.",
  });
  periodInput("AvoidedLoss", "Avoided loss", pick(EXAMPLE.avoidedLoss), "Expected loss avoided: loss × (probability without − with); AIVALUE.AVOIDEDLOSS computes it.");
  periodInput("OptionValue", "Option value", pick(EXAMPLE.optionValue), "Value of strategic options created. Be conservative; boards discount it.");
  b.field("Total benefits", calc("=IncrementalRevenue+ProtectedEarnings+RedeployedCapacity+AvoidedLoss+OptionValue", "currency"), {
    name: "Benefits",
    unit: "currency",
  });
  b.skip();

  // 6. Outputs and verdict
  b.pageBreak();
  b.section("6. Outputs and verdict");
  const outputRow = (name: string, text: string, cell: Cell, unitText: string, guidance: string): number =>
    b.field(text, cell, { name, unit: unitText, guide: guidance });
  outputRow(
    "Realised",
    "Realised value",
    output("=AIVALUE.REALISED(IncrementalRevenue,ProtectedEarnings,RedeployedCapacity,AvoidedLoss,OptionValue,LifecycleCost,TransitionCost,RiskCost,Cannibalisation)", "currency"),
    "currency",
    "Benefits less the full economic cost, for the period.",
  );
  outputRow("ROI", "ROI", output('=IF(TotalCost>0,(Benefits-TotalCost)/TotalCost,"")', "percent"), "of cost", "(benefits − cost) / cost for the period.");
  const assumption = (name: string, text: string, value: number | undefined, fmt: "currency" | "integer" | "percent", unitText: string, guidance: string): number =>
    b.field(text, input(value, fmt), { name, unit: unitText, guide: guidance });
  assumption("MonthlyValue", "Monthly value at full run-rate", pick(EXAMPLE.monthlyValue), "currency", "currency / month", "Value per month once adoption is complete; the schedule ramps up to it.");
  const rampRow = assumption("RampMonths", "Ramp-up months", pick(EXAMPLE.rampMonths), "integer", "months", "Months for value to climb linearly to the full run-rate (the J-curve). 0 for none.");
  b.validate({ ref: `B${rampRow}`, whole: { min: 0, max: 60 }, prompt: "Whole months, 0 to 60." });
  assumption("DiscountRate", "Annual discount rate", pick(EXAMPLE.discountRate), "percent", "per year", "Your cost of capital; month m is discounted by (1 + rate)^(−m/12).");
  outputRow(
    "BreakevenMonths",
    "Months to break even",
    output("=AIVALUE.BREAKEVEN(UpfrontCost,MonthlyCost,MonthlyValue,RampMonths,DiscountRate,Horizon)", "decimal"),
    "months",
    "When the cumulative position in the schedule below first reaches zero; #N/A if not within the schedule.",
  );
  const ladderLink = options.ladderSheet ? `=${quoteSheet(options.ladderSheet)}!RungReached` : undefined;
  const levelRow = outputRow(
    "EvidenceLevel",
    "Evidence level reached",
    ladderLink ? { f: ladderLink, s: "link" } : input(pick(EXAMPLE.evidenceLevel), "text"),
    "rung",
    ladderLink ? "Linked to the evidence ladder sheet." : "The rung reached on the evidence ladder: None, Technical, Behavioural, Operational, Financial or Strategic.",
  );
  if (!ladderLink) b.dropdown(`B${levelRow}`, "Evidence levels", RUNG_NAMES, "Pick the rung the evidence reaches.");
  outputRow(
    "WeightedValue",
    "Evidence-weighted value",
    output("=AIVALUE.EVIDENCEWEIGHTED(Realised,EvidenceLevel,EvidenceWeights)", "currency"),
    "currency",
    "The credit the realised value earns at the evidence it has (policy below).",
  );
  assumption("ScaleThreshold", "Scale threshold", pick(EXAMPLE.scaleThreshold), "currency", "currency", "Realised value at or above which the contract scales (clause 9).");
  assumption("StopThreshold", "Stop threshold", pick(EXAMPLE.stopThreshold), "currency", "currency", "Realised value below which the contract stops. Must not exceed the scale threshold.");
  const requiredRow = outputRow("RequiredLevel", "Evidence required to scale", input(pick(EXAMPLE.requiredLevel), "text"), "rung", "The rung of evidence needed before value counts for scaling; Financial is usual.");
  b.dropdown(`B${requiredRow}`, "Required levels", RUNG_NAMES, "Pick the rung required to scale.");
  outputRow(
    "Verdict",
    "Verdict",
    output("=AIVALUE.VERDICT(Realised,ScaleThreshold,StopThreshold,EvidenceLevel,RequiredLevel)"),
    "",
    "SCALE, PROVE (value claimed but not yet evidenced), REDESIGN or STOP.",
  );
  b.skip();

  const weights = weightPolicy(b, options.evidenceWeights);
  b.skip();

  const checks: Check[] = [
    { label: "Contract name given", formula: "=IF(LEN(TRIM(ContractName))=0,1,0)", advice: "Name the contract in section 1." },
    { label: "Accountable owner named", formula: "=IF(LEN(TRIM(Owner))=0,1,0)", advice: "Name the business owner in section 1." },
    { label: "Value chain chosen", formula: "=IF(LEN(ValueChain)=0,1,0)", advice: "Pick a value chain in section 1." },
    { label: "Mandate chosen", formula: "=IF(LEN(Mandate)=0,1,0)", advice: "Pick a mandate in section 1." },
    { label: "All ten clauses written", formula: `=IF(COUNTBLANK(${clauses})>0,1,0)`, advice: "Fill every clause in section 2." },
    { label: "Capture rate decided", formula: "=IF(ISNUMBER(CaptureRate),0,1)", advice: "Record management's capture decision in section 5." },
    { label: "Costs entered as positive amounts", formula: `=IF(COUNTIF(${allCosts},"<0")>0,1,0)`, advice: "Enter costs as positive numbers; they are subtracted." },
    {
      label: "Scale and stop thresholds set",
      formula: "=IF(AND(ISNUMBER(ScaleThreshold),ISNUMBER(StopThreshold)),IF(StopThreshold<=ScaleThreshold,0,1),1)",
      advice: "Set both thresholds in section 6, the stop line below the scale line.",
    },
    { label: "Evidence weights are a valid policy", formula: weightsCheck(weights), advice: "Six weights from 0% to 100% that never fall as the level rises." },
    {
      label: "Schedule agrees with BREAKEVEN",
      formula: "=IF(ISNUMBER(ScheduleBreakeven),IF(ABS(ScheduleBreakeven-BreakevenMonths)<=Tolerance,0,1),IF(ISNA(BreakevenMonths),0,1))",
      advice: "The schedule's zero crossing and AIVALUE.BREAKEVEN must match; a difference means an input is off.",
    },
  ];
  const master = checkBlock(b, checks);
  b.put(masterRow, B, [{ f: `=${master}`, s: "master" }]);
  b.skip();

  // 7. Monthly payback schedule, month 0 to the horizon, native formulas only.
  b.pageBreak();
  b.section("7. Monthly payback schedule");
  const scheduleHead = b.line([header("Month"), header("Value"), header("Cost"), header("Discounted net"), header("Cumulative")]);
  b.put(scheduleHead, F, [
    guide("Value ramps up over the ramp-up months; each month's net is discounted to today. Where the line crosses zero, the intervention has paid back."),
  ]);
  const first = b.line([{ v: 0, s: "calc", fmt: "integer" }, undefined, undefined, undefined, calc("=-UpfrontCost", "currency")]);
  const last = first + SCHEDULE_MONTHS;
  const cumulative = `$E$${first}:$E$${last}`;
  const months = `$A$${first}:$A$${last}`;
  for (let m = 1; m <= SCHEDULE_MONTHS; m++) {
    const r = b.row;
    b.line([
      calc(`=A${r - 1}+1`, "integer"),
      calc(`=MonthlyValue*IF(RampMonths>0,MIN(1,A${r}/RampMonths),1)`, "currency"),
      calc("=MonthlyCost", "currency"),
      calc(`=(B${r}-C${r})*(1+DiscountRate)^(-A${r}/12)`, "currency"),
      calc(`=E${r - 1}+D${r}`, "currency"),
    ]);
  }
  b.name("ScheduleMonths", months);
  b.name("ScheduleCumulative", cumulative);
  b.chart({
    type: "line",
    title: "Cumulative position (the J-curve)",
    categories: months,
    series: [{ name: "Cumulative", values: cumulative }],
    from: `F${first}`,
    to: `F${first + 22}`,
    xTitle: "Month",
    yTitle: "Cumulative net value",
  });
  b.skip();
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
  b.skip();

  // 8. Review log
  b.section("8. Review log");
  const logHeader = b.line([header("Date"), header("Reviewer"), header("Assumption changed"), header("Decision")]);
  for (let i = 0; i < REVIEW_ROWS; i++) {
    const row = ex?.reviews[i];
    const r = b.line([input(row?.[0], "date"), input(row?.[1], "text"), input(row?.[2], "text"), input(row?.[3], "text")]);
    if (i === 0) b.put(r, F, [guide("One row per review: what changed in the assumptions and what was decided.")]);
  }
  b.table("ReviewLog", `A${logHeader}:D${b.row - 1}`);
  b.validate({ ref: `A${logHeader + 1}:A${b.row - 1}`, date: true, prompt: "The review date." });

  const sheet = b.build(page("portrait", `Value contract: ${contractName ?? "unnamed"}`), 3);
  return { id: "valueContract", title: "Value contract", sheets: [sheet] };
}
