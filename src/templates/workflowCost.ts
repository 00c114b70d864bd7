/*
 * The workflow cost model: what one completed task of an AI workflow costs, step by
 * step, what that makes a month, and whether self-hosting would be cheaper.
 */
import { HOURS_PER_MONTH } from "../core/units";
import { SheetBuilder, calc, columns, guide, header, input, label, output } from "../sheet/builder";
import { MARK_REF, TEMPLATE_MARKS } from "./marks";
import { MASTER_CHECK, checkBlock, page, type Check } from "./common";
import type { Cell, TemplateOptions, TemplateSpec } from "../sheet/spec";

/** Named steps, then spare rows left blank for steps a workflow adds: WORKFLOWCOST skips a step left wholly blank. */
const STEPS = ["Planning", "Retrieval", "Tool calls", "Evaluation", "Synthesis", undefined, undefined];

/** The worked example: the seeds' agentic workflow of 14 calls at $3 / $15 per million tokens. */
const EXAMPLE = {
  name: "Account research agent",
  successRate: 0.92,
  cachedShare: 0.3,
  model: "Frontier model (example)",
  calls: [1, 3, 6, 2, 2],
  inputTokens: 8000,
  outputTokens: 500,
  inputPrice: 3,
  outputPrice: 15,
  cachedPrice: 0.3,
  monthlyTasks: 20000,
  hostHourly: 18,
  hostThroughput: 2500,
  hostFixed: 6000,
  hostMarginal: 0,
  // What a vendor quoted; the sheet derives 39% from the volume and checks the two agree.
  hostUtilisation: 0.4,
};

/** Worksheet-scoped names a workflow cost model defines for readers outside it. */
export const WORKFLOW_NAMES = {
  CostPerTask: "CostPerTask",
  MonthlyApiCost: "MonthlyApiCost",
  MonthlyTokens: "MonthlyTokens",
  HostCapacity: "HostCapacity",
  Deployments: "Deployments",
  DerivedUtilisation: "DerivedUtilisation",
  SelfHostMonthly: "SelfHostMonthly",
  HostBreakeven: "HostBreakeven",
  HostingVerdict: "HostingVerdict",
  MasterCheck: MASTER_CHECK,
} as const;

const W = WORKFLOW_NAMES;

/** Fixed by the contract: prices are per million tokens, and a throughput is per second. */
const TOKENS_PER_PRICE_UNIT = 1_000_000;
const SECONDS_PER_HOUR = 3600;

/** The step table's columns, from A; guidance in J, lists in L. */
const COL = columns(["step", "model", "calls", "inputTokens", "outputTokens", "inputPrice", "outputPrice", "cachedPrice", "cost", "guide"]);
/** Above and below the table a row is a label, its value (B), its unit (F) and guidance (J). */
const ROW = { value: COL.model.index, unit: COL.inputPrice.index, guide: COL.guide.index };
const LISTS = 12;

export function workflowCost(options: TemplateOptions = {}): TemplateSpec {
  const ex = options.example ? EXAMPLE : undefined;
  const b = new SheetBuilder("Workflow Cost", "#8764B8", [34, 26, 10, 12, 12, 11, 11, 11, 13, 60, 2, 16], LISTS, ROW);
  b.name(TEMPLATE_MARKS.workflowCost, MARK_REF);
  const masterRow = titleRows(b);
  assumptions(b, ex);
  const steps = stepTable(b, ex);
  perTask(b, ex, steps);
  hosting(b, ex);
  const master = checkBlock(b, checks(steps.col));
  b.put(masterRow, ROW.value, [{ f: `=${master}`, s: "master" }]);
  const sheet = b.build(page("landscape", "Workflow cost model"), 3);
  return { id: "workflowCost", title: "Workflow cost model", sheets: [sheet] };
}

type Example = typeof EXAMPLE | undefined;

/** A named row with its unit and guidance. */
function assume(b: SheetBuilder, name: string, text: string, cell: Cell, unitText: string, guidance: string): number {
  return b.field(text, cell, { name, unit: unitText, guide: guidance });
}

/** Title and subtitle; returns the master check's row. */
function titleRows(b: SheetBuilder): number {
  b.line([{ f: '="Workflow cost model — "&IF(LEN(WorkflowName)=0,"(unnamed workflow)",WorkflowName)', s: "title" }]);
  b.line([
    {
      v: "What one completed task costs when an AI workflow calls models several times. Prices are per million tokens; failed attempts cost as much as successful ones.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  b.skip();
  return masterRow;
}

function assumptions(b: SheetBuilder, ex: Example): void {
  b.section("Assumptions");
  const nameRow = assume(b, "WorkflowName", "Workflow", input(ex?.name, "text"), "", "What the workflow does, in a few words.");
  b.merge(`${COL.model.at(nameRow)}:${COL.outputTokens.at(nameRow)}`);
  const successRow = assume(b, "SuccessRate", "Success rate", input(ex?.successRate, "percent"), "of attempts", "Share of attempts that complete. Required; 100% if every attempt completes.");
  b.validate({ ref: COL.model.at(successRow), decimal: { min: 0.0001, max: 1 }, prompt: "More than 0%, at most 100%." });
  const cachedRow = assume(b, "CachedShare", "Cached share of input", input(ex?.cachedShare ?? 0, "percent"), "of input tokens", "Share of input tokens served from a prompt cache at the cached price.");
  b.validate({ ref: COL.model.at(cachedRow), decimal: { min: 0, max: 1 }, prompt: "From 0% to 100%." });
  // Constants the functions fix: shown in the calculation style, so nobody mistakes them for inputs.
  const constant = (v: number): Cell => ({ v, s: "calc", fmt: "integer" });
  assume(b, "PriceUnit", "Tokens per price unit", constant(TOKENS_PER_PRICE_UNIT), "tokens", "A constant: vendors quote, and AIVALUE computes, prices per million tokens.");
  assume(b, "HoursPerMonth", "Hours in a month", constant(HOURS_PER_MONTH), "hours", "A constant: 8,760 hours a year over 12 months, as AIVALUE counts a month.");
  assume(b, "SecondsPerHour", "Seconds in an hour", constant(SECONDS_PER_HOUR), "seconds", "A constant, for throughput per second.");
  assume(b, "Tolerance", "Agreement tolerance", { v: 1e-9, s: "input" }, "relative", "How closely the native cross-check must match AIVALUE.WORKFLOWCOST.");
  b.skip();
}

/** The step table's rows and a column's range over them. */
interface Steps {
  totalRow: number;
  col: (c: keyof typeof COL) => string;
}

function stepTable(b: SheetBuilder, ex: Example): Steps {
  b.section("Steps");
  const head = b.line(
    ["Step", "Model", "Calls per task", "Input tokens / call", "Output tokens / call", "Input price", "Output price", "Cached input price", "Cost per task"].map(
      (h) => header(h),
    ),
  );
  b.put(head, COL.guide.index, [guide("One row per step. Reasoning tokens belong in output tokens, as billed. Prices per million tokens.")]);
  const first = b.row;
  STEPS.forEach((step, i) => {
    const r = b.row;
    const at = (c: keyof typeof COL) => COL[c].at(r);
    const e = step === undefined ? undefined : ex;
    b.line([
      input(step, "text"),
      input(e?.model, "text"),
      input(e?.calls[i], "number"),
      input(e?.inputTokens, "integer"),
      input(e?.outputTokens, "integer"),
      input(e?.inputPrice, "price"),
      input(e?.outputPrice, "price"),
      input(e?.cachedPrice, "price"),
      calc(`=${at("calls")}*(${at("inputTokens")}*((1-CachedShare)*${at("inputPrice")}+CachedShare*${at("cachedPrice")})+${at("outputTokens")}*${at("outputPrice")})/PriceUnit`, "price"),
    ]);
  });
  const last = b.row - 1;
  b.table("WorkflowSteps", `${COL.step.at(head)}:${COL.cost.at(last)}`);
  const col = (c: keyof typeof COL) => COL[c].range(first, last);
  const totalRow = b.line([label("Total per attempt"), undefined, calc(`=SUM(${col("calls")})`, "number")]);
  b.put(totalRow, COL.cost.index, [calc(`=SUM(${col("cost")})`, "price")]);
  b.put(totalRow, COL.guide.index, [guide("Calls and cost of one attempt, before failed attempts are spread over completed ones.")]);
  b.skip();
  return { totalRow, col };
}

function perTask(b: SheetBuilder, ex: Example, { totalRow, col }: Steps): void {
  b.section("Cost per completed task");
  const args = (["calls", "inputTokens", "outputTokens", "inputPrice", "outputPrice"] as const).map(col).join(",");
  assume(b, WORKFLOW_NAMES.CostPerTask, "Cost per completed task", output(`=AIVALUE.WORKFLOWCOST(${args},SuccessRate,CachedShare,${col("cachedPrice")})`, "price"), "currency / task", "Every step's calls, tokens and prices, divided by the success rate.");
  assume(b, "StepTableCost", "The same from the step table", calc(`=${COL.cost.at(totalRow)}/SuccessRate`, "price"), "currency / task", "Native-formula cross-check of the line above.");
  const tasksRow = assume(b, "MonthlyTasks", "Completed tasks per month", input(ex?.monthlyTasks, "integer"), "tasks", "Expected monthly volume.");
  b.validate({ ref: COL.model.at(tasksRow), whole: { min: 0, max: 1e12 }, prompt: "A whole number of tasks." });
  assume(b, WORKFLOW_NAMES.MonthlyApiCost, "Monthly cost on the API", output("=CostPerTask*MonthlyTasks", "currency"), "currency / month", "Cost per completed task × tasks.");
  assume(b, "TokensPerTask", "Tokens per completed task", calc(`=SUMPRODUCT(${col("calls")},${col("inputTokens")}+${col("outputTokens")})/SuccessRate`, "integer"), "tokens", "Input and output tokens of every call, failed attempts included.");
  assume(b, WORKFLOW_NAMES.MonthlyTokens, "Monthly volume", calc("=TokensPerTask*MonthlyTasks/PriceUnit", "decimal"), "million tokens", "What the workflow consumes in a month.");
  assume(b, "ApiPrice", "Blended API price", calc('=IF(MonthlyTokens>0,MonthlyApiCost/MonthlyTokens,"")', "price"), "per million tokens", "The API's cost averaged over all tokens, cache included.");
  b.skip();
}

/** One deployment: what it costs and what it can serve. */
function deployment(b: SheetBuilder, ex: Example): void {
  b.section("API or self-hosted?");
  assume(b, "HostHourly", "Deployment cost per hour", input(ex?.hostHourly, "currency"), "currency / hour", "All GPUs of one deployment, paid whether busy or idle.");
  assume(b, "HostThroughput", "Throughput at full load", input(ex?.hostThroughput, "integer"), "tokens / second", "Sustained tokens per second of one deployment.");
  assume(b, "HostFixed", "Fixed monthly cost", input(ex?.hostFixed, "currency"), "currency / month", "Operations, licences and the staff share of one deployment.");
  assume(b, "HostMarginal", "Marginal cost", input(ex?.hostMarginal, "price"), "per million tokens", "What each extra million tokens costs on top (energy, egress); 0 if none.");
  assume(b, "HostMonthly", "One deployment per month", calc("=HostHourly*HoursPerMonth+HostFixed", "currency"), "currency / month", "What one deployment costs whatever its load.");
  assume(b, W.HostCapacity, "One deployment's capacity", calc("=HostThroughput*SecondsPerHour*HoursPerMonth/PriceUnit", "decimal"), "million tokens / month", "Throughput at full load over a 730-hour month.");
  assume(b, W.Deployments, "Deployments needed", calc("=MAX(1,ROUNDUP(MonthlyTokens/HostCapacity,0))", "integer"), "deployments", "This workflow's monthly volume over one deployment's capacity, rounded up.");
}

/** Utilisation as the volume makes it, beside any assumed one, and self-hosting at the actual volume. */
function hosting(b: SheetBuilder, ex: Example): void {
  deployment(b, ex);
  assume(b, W.DerivedUtilisation, "Utilisation from the volume", calc("=MonthlyTokens/(Deployments*HostCapacity)", "percent"), "of capacity", "The share of the deployments' capacity this workflow fills.");
  const utilRow = assume(b, "HostUtilisation", "Utilisation assumed", input(ex?.hostUtilisation, "percent"), "of capacity", "Optional: a utilisation someone quoted. A check flags it when it strays from the one the volume gives.");
  b.validate({ ref: COL.model.at(utilRow), decimal: { min: 0, max: 1 }, prompt: "From 0% to 100%; leave blank if none was assumed." });
  assume(b, "UtilisationTolerance", "Utilisation tolerance", input(0.05, "percent"), "points", "How far an assumed utilisation may stray from the derived one.");
  assume(b, "SelfHostPrice", "Self-hosted price", output('=IF(DerivedUtilisation>0,AIVALUE.SELFHOSTCOST(HostHourly,HostThroughput,DerivedUtilisation,HostFixed)+HostMarginal,"")', "price"), "per million tokens", "Monthly cost over the tokens actually served, at the derived utilisation; blank until there is a volume.");
  assume(b, W.SelfHostMonthly, "Self-hosting cost per month", calc("=Deployments*HostMonthly+HostMarginal*MonthlyTokens", "currency"), "currency / month", "Deployments × one deployment's cost, plus the marginal cost of the volume.");
  assume(b, W.HostBreakeven, "Break-even volume", output("=AIVALUE.HOSTINGBREAKEVEN(ApiPrice,HostMonthly,HostMarginal,HostCapacity)", "decimal"), "million tokens / month", "Above this monthly volume one deployment costs less than the API; #N/A if it never does.");
  const verdictRow = assume(
    b,
    W.HostingVerdict,
    "Verdict",
    output(
      '=IF(ISNA(HostBreakeven),IF(ApiPrice<=HostMarginal,"The API is cheaper at any volume","One deployment is full before self-hosting pays: the API is cheaper"),IF(SelfHostMonthly<MonthlyApiCost,"Self-hosting is cheaper at this volume","The API is cheaper at this volume"))',
    ),
    "",
    "Compares the API with self-hosting at this workflow's volume and the deployments it needs.",
  );
  b.merge(`${COL.model.at(verdictRow)}:${COL.outputTokens.at(verdictRow)}`);
  b.skip();
}

/** Prices present where calls are, the cached price where input is cached, and agreement with the function. */
function checks(col: Steps["col"]): Check[] {
  return [
    {
      label: "Every step in use has its prices",
      formula: `=IF(COUNTIFS(${col("calls")},">0",${col("inputPrice")},"")+COUNTIFS(${col("calls")},">0",${col("outputPrice")},"")>0,1,0)`,
      advice: "A missing price is never taken as 0: enter input and output prices for each step with calls.",
    },
    {
      label: "Cached price given when input is cached",
      formula: `=IF(AND(CachedShare>0,COUNTIFS(${col("calls")},">0",${col("cachedPrice")},"")>0),1,0)`,
      advice: "With a cached share above 0%, every step needs a cached input price.",
    },
    { label: "Success rate set", formula: "=IF(AND(ISNUMBER(SuccessRate),SuccessRate>0,SuccessRate<=1),0,1)", advice: "Enter a success rate above 0% and at most 100%." },
    {
      label: "Step table agrees with WORKFLOWCOST",
      formula: "=IF(ISNUMBER(CostPerTask),IF(ABS(CostPerTask-StepTableCost)<=Tolerance*MAX(1,ABS(StepTableCost)),0,1),1)",
      advice: "The native cross-check and AIVALUE.WORKFLOWCOST must agree.",
    },
    { label: "Monthly volume entered", formula: "=IF(ISNUMBER(MonthlyTasks),0,1)", advice: "Enter the completed tasks per month." },
    {
      label: "Assumed utilisation matches the volume",
      formula: "=IF(ISNUMBER(HostUtilisation),IF(ABS(HostUtilisation-DerivedUtilisation)<=UtilisationTolerance,0,1),0)",
      advice: "The utilisation assumed differs from the one this volume gives: the self-hosted price uses the derived one.",
    },
  ];
}
