/*
 * The worked example's AI Billing sheet: a small FOCUS export generated to match the
 * Workflow Cost sheet's agentic workflow (14 calls of 8,000 input and 500 output tokens,
 * 30% of input from the prompt cache, $3 / $0.30 / $15 per 1M) — except that in the
 * field 88% of attempts complete, not the 92% the model assumes, so billing runs above
 * the model and the reconciliation shows a real variance — and a second export, of the lead-scoring
 * model (every inbound lead scored, January to June), which the lead-scoring contract's actual cost
 * reads by its allocation key. Also reads real exports given
 * to `npm run example -- out.xlsx --focus <export.csv>` through the pane's own import.
 */
import { createReadStream } from "fs";
import path from "path";
import {
  type AllocationKey,
  type BillingLedger,
  CONTRACT_TAG,
  EMPTY_LEDGER,
  type FileImport,
  FocusImport,
  importFocus,
  isLedgerProblem,
  mergeImport,
} from "../../src/billing";
import { quoteSheet } from "../../src/sheet/a1";
import { type BillingInputs, costLink, tasksKey } from "../../src/templates/aiBilling";

/** The allocation key the example's rows carry: the workflow the Workflow Cost sheet models. */
export const EXAMPLE_KEY = "account-research-agent";
export const EXAMPLE_FILE = "example-focus-export.csv";
/** The lead-scoring contract's allocation key (its actuals read it), and the export that bills it. */
export const LEAD_KEY = "lead-scoring-mm";
export const LEAD_FILE = "lead-scoring-focus-export.csv";
/** Both files imported after June closed: the lead-scoring export runs to June. */
export const EXAMPLE_IMPORTED_AT = "2026-07-02 09:00";

/** Completed tasks per month, as the workflow's own log counts them: the reconciliation's inputs. */
export const EXAMPLE_TASKS: readonly [string, number][] = [
  ["2026-01", 18000],
  ["2026-02", 20000],
  ["2026-03", 21500],
];
const FIELD_SUCCESS = 0.88;
const CACHED_SHARE = 0.3;
/** Inbound leads scored per month: 25 calls of 8,000 input and 600 output tokens each, about $0.66 a lead. */
const LEADS_SCORED: readonly [string, number][] = [
  ["2026-01", 9800],
  ["2026-02", 10100],
  ["2026-03", 10400],
  ["2026-04", 10300],
  ["2026-05", 10700],
  ["2026-06", 10600],
];

/** One workflow's billing: its key and team tags, attempts per month and tokens per attempt. */
interface Workload {
  key: string;
  team: string;
  attempts: readonly [string, number][];
  calls: number;
  inputTokens: number;
  outputTokens: number;
}

const AGENT: Workload = {
  key: EXAMPLE_KEY,
  team: "sales-ops",
  attempts: EXAMPLE_TASKS.map(([month, tasks]) => [month, Math.round(tasks / FIELD_SUCCESS)]),
  calls: 14,
  inputTokens: 8000,
  outputTokens: 500,
};
const LEADS: Workload = { key: LEAD_KEY, team: "sales-mm", attempts: LEADS_SCORED, calls: 25, inputTokens: 8000, outputTokens: 600 };
/** Price per 1M tokens in micro-dollars, so amounts are exact integers. */
const KINDS = [
  { meter: "Input Tokens", details: { TokenDirection: "Input", TokenCacheAction: "Uncached" }, price: 3_000_000 },
  { meter: "Cache Read Input Tokens", details: { TokenDirection: "Input", TokenCacheAction: "Read" }, price: 300_000 },
  { meter: "Output Tokens", details: { TokenDirection: "Output" }, price: 15_000_000 },
];

const HEADER = "BilledCost,EffectiveCost,ListCost,ContractedCost,BillingCurrency,ChargePeriodStart,ChargePeriodEnd,ChargeCategory,ChargeClass,ConsumedQuantity,ConsumedUnit,PricingQuantity,PricingUnit,ServiceCategory,SkuId,SkuMeter,SkuPriceDetails,Tags";
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
const money = (micro: number) => `${micro < 0 ? "-" : ""}${Math.floor(Math.abs(micro) / 1e6)}.${String(Math.abs(micro) % 1e6).padStart(6, "0")}`;

/** An export's text: one row per month and token kind of the workload, and, if asked, a credit. */
function focusExport(w: Workload, credit: boolean): string {
  const lines = [HEADER];
  const tags = quote(JSON.stringify({ [CONTRACT_TAG]: w.key, team: w.team }));
  for (const [month, attempts] of w.attempts) {
    const input = attempts * w.calls * w.inputTokens;
    const tokens = [Math.round(input * (1 - CACHED_SHARE)), Math.round(input * CACHED_SHARE), attempts * w.calls * w.outputTokens];
    const [y, m] = month.split("-").map(Number);
    const end = `${m === 12 ? y + 1 : y}-${String((m % 12) + 1).padStart(2, "0")}-01T00:00:00Z`;
    KINDS.forEach((kind, i) => {
      const cost = Math.round((tokens[i] * kind.price) / 1e6);
      const details = quote(JSON.stringify({ ModelId: "frontier-model-example", ...kind.details }));
      const sku = `frontier-model-example-${kind.meter.toLowerCase().replace(/ /g, "-")}`;
      lines.push([money(cost), money(cost), money(cost), money(cost), "USD", `${month}-01T00:00:00Z`, end, "Usage", "", tokens[i], "Tokens", tokens[i] / 1e6, "1000000 Tokens", "AI and Machine Learning", sku, kind.meter, details, tags].join(","));
    });
  }
  // A service credit in February: kept and visible, never netted away.
  if (credit) lines.push(["-25.000000", "-25.000000", "", "", "USD", "2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z", "Credit", "", "", "", "0", "1000000 Tokens", "AI and Machine Learning", "frontier-model-example-input-tokens", "Input Tokens", quote(JSON.stringify({ ModelId: "frontier-model-example", TokenDirection: "Input" })), tags].join(","));
  return `${lines.join("\n")}\n`;
}

/** The agent's example export: one row per month and token kind, and a credit. */
export function exampleExport(): string {
  return focusExport(AGENT, true);
}

/** The lead-scoring model's export, January to June. */
export function leadScoringExport(): string {
  return focusExport(LEADS, false);
}

/** Completed tasks by key, month and currency, as the reconciliation keeps them. */
export const EXAMPLE_TASK_INPUTS: ReadonlyMap<string, number> = new Map(EXAMPLE_TASKS.map(([month, tasks]) => [tasksKey(EXAMPLE_KEY, month, "USD"), tasks]));

/** The reconciliation's inputs for the example: the key mapped to the Workflow Cost sheet, and the tasks each month. */
export function exampleInputs(ledger: BillingLedger, workflowSheet: string, importedAt = EXAMPLE_IMPORTED_AT): BillingInputs {
  return {
    costPerTask: new Map([[EXAMPLE_KEY, costLink(quoteSheet(workflowSheet))]]),
    tasks: EXAMPLE_TASK_INPUTS,
    importedAt: new Map(ledger.files.map((f) => [f.sha256, importedAt])),
  };
}

async function importOnce(pieces: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>, fileName: string, allocation: AllocationKey | null): Promise<FileImport> {
  const outcome = await importFocus(pieces(), { fileName, allocation });
  if (!outcome.ok) throw new Error(`${fileName}: ${outcome.problem.message}`);
  return outcome.value;
}

/**
 * Imports files as the pane does: read once to see the candidate keys, then by the
 * contract tag when the files carry it (otherwise unallocated), and merged into one ledger.
 */
export async function importFiles(files: readonly { name: string; read: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array> }[]): Promise<BillingLedger> {
  let ledger = EMPTY_LEDGER;
  for (const file of files) {
    const first = await importOnce(file.read, file.name, null);
    const tagged = first.candidates.some((c) => "tag" in c.key && c.key.tag === CONTRACT_TAG);
    const imported = tagged ? await importOnce(file.read, file.name, { tag: CONTRACT_TAG }) : first;
    const merged = mergeImport(ledger, imported);
    if (isLedgerProblem(merged)) throw new Error(merged.message);
    ledger = merged.ledger;
  }
  return ledger;
}

/** Files on disk, streamed. */
export function importPaths(paths: readonly string[]): Promise<BillingLedger> {
  return importFiles(paths.map((p) => ({ name: path.basename(p), read: () => createReadStream(p) })));
}

/** The two generated exports as one ledger, each allocated by the contract tag (read whole: they are small). */
export function exampleLedger(): BillingLedger {
  let ledger = EMPTY_LEDGER;
  for (const [fileName, text] of [[EXAMPLE_FILE, exampleExport()], [LEAD_FILE, leadScoringExport()]]) {
    const reading = new FocusImport({ fileName, allocation: { tag: CONTRACT_TAG } });
    reading.push(new TextEncoder().encode(text));
    const outcome = reading.finish();
    if (!outcome.ok) throw new Error(outcome.problem.message);
    const merged = mergeImport(ledger, outcome.value);
    if (isLedgerProblem(merged)) throw new Error(merged.message);
    ledger = merged.ledger;
  }
  return ledger;
}
