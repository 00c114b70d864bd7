/* The top of a value contract: title, header, the ten clauses and the outcome metric. */
import { calc, input, label } from "../../sheet/builder";
import { CADENCES, CLAUSES, EXAMPLE, MANDATES, STATUSES, VALUE_CHAINS } from "./data";
import { CONTRACT_NAMES as N } from "./names";
import { COL, type ContractSheet } from "./sheet";

/** Title and subtitle; returns the row where the master check is shown. */
export function title(c: ContractSheet): number {
  const b = c.b;
  b.line([{ f: `="Value contract — "&IF(LEN(${N.ContractName})=0,"(unnamed)",${N.ContractName})`, s: "title" }]);
  b.line([
    {
      v: "One sheet per material AI intervention. Only the blue-on-yellow cells are inputs; everything else is calculated. Share it when the master check reads OK.",
      s: "subtitle",
    },
  ]);
  const masterRow = b.line([label("Master check")]);
  b.skip();
  return masterRow;
}

/** Section 1: who owns what, where in the business, and when it is reviewed. */
export function headerSection(c: ContractSheet, contractName: string | null): void {
  const b = c.b;
  b.section("1. Header");
  c.text(N.ContractName, "Contract name", contractName, "A short name the board will recognise. Required.");
  c.text("Intervention", "Intervention", c.pick(EXAMPLE.intervention), "What is being introduced, in one line.");
  const chainRow = c.text(N.ValueChain, "Value chain", c.pick(EXAMPLE.valueChain), "Where in the business the value arises. Pick from the list. Required.");
  b.dropdown(COL.value.at(chainRow), "Value chains", VALUE_CHAINS, "Pick the value chain the intervention changes.");
  const mandateRow = c.text(N.Mandate, "Mandate", c.pick(EXAMPLE.mandate), "The economic mandate the value serves. Pick from the list. Required.");
  b.dropdown(COL.value.at(mandateRow), "Mandates", MANDATES, "Pick the mandate the value serves.");
  c.text(N.Owner, "Accountable owner", c.pick(EXAMPLE.owner), "The named business owner who answers for the value. Required.");
  const statusRow = c.text("Status", "Status", c.pick(EXAMPLE.status), "Where the intervention stands today.");
  b.dropdown(COL.value.at(statusRow), "Statuses", STATUSES, "Pick the current status.");
  const dateRow = (name: string, text: string, value: number | undefined, guidance: string): void => {
    const r = b.field(text, input(value, "date"), { name, unit: "date", guide: guidance });
    b.validate({ ref: COL.value.at(r), date: true, prompt: "A date." });
  };
  dateRow("StartDate", "Start date", c.pick(EXAMPLE.startDate), "When the intervention went live, or will.");
  dateRow("NextReview", "Next review date", c.pick(EXAMPLE.nextReview), "When the contract is next reviewed against its evidence.");
  b.skip();
}

/** Section 2: the ten clauses; returns the absolute range of their inputs. */
export function clausesSection(c: ContractSheet): string {
  const b = c.b;
  b.section("2. The ten clauses");
  const first = b.row;
  for (const clause of CLAUSES) {
    const r = c.text(clause.name, clause.label, c.pick(clause.example), clause.guidance);
    if (clause.name === "ReviewCadence") b.dropdown(COL.value.at(r), "Cadences", CADENCES, "Pick how often the contract is reviewed.");
  }
  const clauses = COL.value.range(first, b.row - 1, true);
  b.skip();
  return clauses;
}

/** Section 3: the enterprise metric the outcome clause names, and its uplift so far. */
export function metricSection(c: ContractSheet): void {
  const b = c.b;
  b.section("3. Outcome metric");
  c.text("Metric", "Metric", c.pick(EXAMPLE.metric), "The enterprise metric from clause 1.");
  c.text("MetricUnit", "Unit of the metric", c.pick(EXAMPLE.metricUnit), "What the metric is counted in.");
  const metricRow = (name: string, text: string, value: number | undefined, guidance: string): number =>
    b.field(text, input(value, "number"), { name, unit: { f: "=MetricUnit", s: "unit" }, guide: guidance });
  metricRow("Baseline", "Baseline", c.pick(EXAMPLE.baseline), "The metric before the intervention (clause 2).");
  metricRow("Target", "Target", c.pick(EXAMPLE.target), "The level the contract promises.");
  metricRow("Current", "Current", c.pick(EXAMPLE.current), "The latest measured value.");
  b.field("Uplift to date", calc('=IF(AND(ISNUMBER(Baseline),ISNUMBER(Current),Baseline<>0),(Current-Baseline)/ABS(Baseline),"")', "percent"), {
    unit: "vs baseline",
    guide: "Relative change of the metric against its baseline.",
  });
  b.skip();
}
