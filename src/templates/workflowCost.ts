/*
 * The workflow cost model: what one completed task of an AI workflow costs, step by
 * step, what that makes a month, and whether self-hosting would be cheaper.
 */
import { HOURS_PER_MONTH } from "../core/units";
import { SheetBuilder, calc, guide, header, input, label, output } from "../sheet/builder";
import { checkBlock, page } from "./common";
import type { Cell, Format, TemplateOptions, TemplateSpec } from "../sheet/spec";

const STEPS = ["Planning", "Retrieval", "Tool calls", "Evaluation", "Synthesis"];

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
  hostUtilisation: 0.6,
  hostFixed: 6000,
};

// Columns: step, model, calls, input tokens, output tokens, input/output/cached prices, cost; guidance in J; lists in L.
const B = 2;
const F = 6;
const J = 10;
const LISTS = 12;

export function workflowCost(options: TemplateOptions = {}): TemplateSpec {
  const ex = options.example ? EXAMPLE : undefined;
  const b = new SheetBuilder("Workflow Cost", "#8764B8", [34, 26, 10, 12, 12, 11, 11, 11, 13, 60, 2, 16], LISTS, { value: B, unit: F, guide: J });

  b.line([{ f: '="Workflow cost model — "&IF(LEN(WorkflowName)=0,"(unnamed workflow)",WorkflowName)', s: "title" }]);
  b.line([
    {
      v: "What one completed task costs when an AI workflow calls models several times. Prices are per million tokens; failed attempts cost as much as successful ones.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  b.skip();

  b.section("Assumptions");
  const assume = (name: string, text: string, cell: Cell, unitText: string, guidance: string): number =>
    b.field(text, cell, { name, unit: unitText, guide: guidance });
  const nameRow = assume("WorkflowName", "Workflow", input(ex?.name, "text"), "", "What the workflow does, in a few words.");
  b.merge(`B${nameRow}:E${nameRow}`);
  const successRow = assume("SuccessRate", "Success rate", input(ex?.successRate, "percent"), "of attempts", "Share of attempts that complete. Required; 100% if every attempt completes.");
  b.validate({ ref: `B${successRow}`, decimal: { min: 0.0001, max: 1 }, prompt: "More than 0%, at most 100%." });
  const cachedRow = assume("CachedShare", "Cached share of input", input(ex?.cachedShare ?? 0, "percent"), "of input tokens", "Share of input tokens served from a prompt cache at the cached price.");
  b.validate({ ref: `B${cachedRow}`, decimal: { min: 0, max: 1 }, prompt: "From 0% to 100%." });
  assume("PriceUnit", "Tokens per price unit", input(1000000, "integer"), "tokens", "Vendors quote prices per million tokens.");
  assume("HoursPerMonth", "Hours in a month", input(HOURS_PER_MONTH, "integer"), "hours", "8,760 hours a year over 12 months.");
  assume("Tolerance", "Agreement tolerance", { v: 1e-9, s: "input" }, "relative", "How closely the native cross-check must match AIVALUE.WORKFLOWCOST.");
  b.skip();

  b.section("Steps");
  const head = b.line(
    ["Step", "Model", "Calls per task", "Input tokens / call", "Output tokens / call", "Input price", "Output price", "Cached input price", "Cost per task"].map(
      (h) => header(h),
    ),
  );
  b.put(head, J, [guide("One row per step. Reasoning tokens belong in output tokens, as billed. Prices per million tokens.")]);
  const first = b.row;
  STEPS.forEach((step, i) => {
    const r = b.row;
    const n = (v: number | undefined, fmt: Format) => input(v, fmt);
    b.line([
      input(step, "text"),
      input(ex?.model, "text"),
      n(ex?.calls[i], "number"),
      n(ex?.inputTokens, "integer"),
      n(ex?.outputTokens, "integer"),
      n(ex?.inputPrice, "price"),
      n(ex?.outputPrice, "price"),
      n(ex?.cachedPrice, "price"),
      calc(`=C${r}*(D${r}*((1-CachedShare)*F${r}+CachedShare*H${r})+E${r}*G${r})/PriceUnit`, "price"),
    ]);
  });
  const last = b.row - 1;
  b.table("WorkflowSteps", `A${head}:I${last}`);
  const col = (c: string) => `${c}${first}:${c}${last}`;
  const totalRow = b.line([label("Total per attempt"), undefined, calc(`=SUM(${col("C")})`, "number")]);
  b.put(totalRow, 9, [calc(`=SUM(${col("I")})`, "price")]);
  b.put(totalRow, J, [guide("Calls and cost of one attempt, before failed attempts are spread over completed ones.")]);
  b.skip();

  b.section("Cost per completed task");
  assume(
    "CostPerTask",
    "Cost per completed task",
    output(`=AIVALUE.WORKFLOWCOST(${col("C")},${col("D")},${col("E")},${col("F")},${col("G")},SuccessRate,CachedShare,${col("H")})`, "price"),
    "currency / task",
    "Every step's calls, tokens and prices, divided by the success rate.",
  );
  assume("StepTableCost", "The same from the step table", calc(`=I${totalRow}/SuccessRate`, "price"), "currency / task", "Native-formula cross-check of the line above.");
  const tasksRow = assume("MonthlyTasks", "Completed tasks per month", input(ex?.monthlyTasks, "integer"), "tasks", "Expected monthly volume.");
  b.validate({ ref: `B${tasksRow}`, whole: { min: 0, max: 1e12 }, prompt: "A whole number of tasks." });
  assume("MonthlyApiCost", "Monthly cost on the API", output("=CostPerTask*MonthlyTasks", "currency"), "currency / month", "Cost per completed task × tasks.");
  assume("TokensPerTask", "Tokens per completed task", calc(`=SUMPRODUCT(${col("C")},${col("D")}+${col("E")})/SuccessRate`, "integer"), "tokens", "Input and output tokens of every call, failed attempts included.");
  assume("MonthlyTokens", "Monthly volume", calc("=TokensPerTask*MonthlyTasks/PriceUnit", "decimal"), "million tokens", "What the workflow consumes in a month.");
  assume("ApiPrice", "Blended API price", calc('=IF(MonthlyTokens>0,MonthlyApiCost/MonthlyTokens,"")', "price"), "per million tokens", "The API's cost averaged over all tokens, cache included.");
  b.skip();

  b.section("API or self-hosted?");
  assume("HostHourly", "Deployment cost per hour", input(ex?.hostHourly, "currency"), "currency / hour", "All GPUs of the deployment, paid whether busy or idle.");
  assume("HostThroughput", "Throughput at full load", input(ex?.hostThroughput, "integer"), "tokens / second", "Sustained tokens per second of the whole deployment.");
  const utilRow = assume("HostUtilisation", "Utilisation", input(ex?.hostUtilisation, "percent"), "of the month", "Share of the month the deployment is busy.");
  b.validate({ ref: `B${utilRow}`, decimal: { min: 0.0001, max: 1 }, prompt: "More than 0%, at most 100%." });
  assume("HostFixed", "Fixed monthly cost", input(ex?.hostFixed, "currency"), "currency / month", "Operations, licences and the staff share that run it.");
  assume("SelfHostPrice", "Self-hosted price", output("=AIVALUE.SELFHOSTCOST(HostHourly,HostThroughput,HostUtilisation,HostFixed)", "price"), "per million tokens", "Monthly cost over the tokens actually served.");
  assume("HostMonthly", "Self-hosting cost per month", calc("=HostHourly*HoursPerMonth+HostFixed", "currency"), "currency / month", "What self-hosting costs whatever the volume.");
  assume("HostBreakeven", "Break-even volume", output("=AIVALUE.HOSTINGBREAKEVEN(ApiPrice,HostMonthly)", "decimal"), "million tokens / month", "Above this monthly volume self-hosting costs less than the API.");
  const verdictRow = assume(
    "HostingVerdict",
    "Verdict",
    output('=IF(ISNA(HostBreakeven),"The API is cheaper at any volume",IF(MonthlyTokens>=HostBreakeven,"Self-hosting is cheaper at this volume","The API is cheaper at this volume"))'),
    "",
    "Compares this workflow's monthly volume with the break-even volume.",
  );
  b.merge(`B${verdictRow}:E${verdictRow}`);
  b.skip();

  const master = checkBlock(
    b,
    [
      {
        label: "Every step in use has its prices",
        formula: `=IF(COUNTIFS(${col("C")},">0",${col("F")},"")+COUNTIFS(${col("C")},">0",${col("G")},"")>0,1,0)`,
        advice: "A missing price is never taken as 0: enter input and output prices for each step with calls.",
      },
      {
        label: "Cached price given when input is cached",
        formula: `=IF(AND(CachedShare>0,COUNTIFS(${col("C")},">0",${col("H")},"")>0),1,0)`,
        advice: "With a cached share above 0%, every step needs a cached input price.",
      },
      { label: "Success rate set", formula: "=IF(AND(ISNUMBER(SuccessRate),SuccessRate>0,SuccessRate<=1),0,1)", advice: "Enter a success rate above 0% and at most 100%." },
      {
        label: "Step table agrees with WORKFLOWCOST",
        formula: "=IF(ISNUMBER(CostPerTask),IF(ABS(CostPerTask-StepTableCost)<=Tolerance*MAX(1,ABS(StepTableCost)),0,1),1)",
        advice: "The native cross-check and AIVALUE.WORKFLOWCOST must agree.",
      },
      { label: "Monthly volume entered", formula: "=IF(ISNUMBER(MonthlyTasks),0,1)", advice: "Enter the completed tasks per month." },
    ],
  );
  b.put(masterRow, B, [{ f: `=${master}`, s: "master" }]);

  const sheet = b.build(page("landscape", "Workflow cost model"), 3);
  return { id: "workflowCost", title: "Workflow cost model", sheets: [sheet] };
}
