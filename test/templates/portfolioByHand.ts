/*
 * The worked example's three contracts worked out by hand from their inputs, independently of
 * the templates: what the portfolio's totals must equal in every engine.
 */
import type { Value } from "../../src/sheet/spec";
import { EXAMPLE, LIFECYCLE_LINES, TRANSITION_LINES } from "../../src/templates/valueContract/data";
import { AGENT_EXAMPLE, ASSISTANT_EXAMPLE, type ContractExample } from "../../src/templates/valueContract/examples";
import { exampleActuals } from "../helpers/exampleActuals";

/** A contract's money worked out from its inputs alone (the default weight policy: 0, 10, 25, 50, 100, 100%). */
export function byHand(ex: ContractExample) {
  const i = ex.inputs as Record<string, number & string>;
  const weights: Record<string, number> = { None: 0, Technical: 0.1, Behavioural: 0.25, Operational: 0.5, Financial: 1, Strategic: 1 };
  const benefits = i.IncrementalRevenue * i.ContributionMargin + i.ProtectedEarnings + i.HoursReleased * i.HourlyCost * i.CaptureRate + i.AvoidedLoss + i.OptionValue;
  const lines = Object.values(ex.costs);
  const cost = lines.reduce((s, [once, monthly]) => s + once + monthly * i.PeriodMonths, 0) + i.RiskCost + i.Cannibalisation;
  const evidenced = benefits * weights[i.EvidenceLevel];
  // Realised to date: the actual value of the months with actuals; none when there are none (blank, never 0).
  const months = ex.actuals?.months ?? [];
  const realised = months.length > 0 ? months.reduce((s, [value]) => s + value, 0) : undefined;
  return { benefits, cost, evidenced, weighted: evidenced - cost, ret: (evidenced - cost) / cost, realised, chain: i.ValueChain, mandate: i.Mandate, rung: i.EvidenceLevel };
}

/** The first contract is data.ts's EXAMPLE in the variants' shape (its input names are EXAMPLE's keys, capitalised); its ladder reaches Operational. */
const LEAD: ContractExample = {
  contractName: EXAMPLE.contractName,
  inputs: Object.fromEntries(Object.entries(EXAMPLE).map(([k, v]) => [k[0].toUpperCase() + k.slice(1), v as Value])),
  costs: Object.fromEntries([...LIFECYCLE_LINES, ...TRANSITION_LINES].map((l) => [l.label, l.example])),
  reviews: [],
  // In the worked example its actuals are linked to the tracker and the AI Billing sheet, not typed.
  actuals: { ...EXAMPLE.actuals, months: exampleActuals() },
};

export const CONTRACTS = [
  { sheet: "Value Contract", hand: byHand(LEAD), verdict: "REDESIGN" },
  { sheet: "Value Contract (2)", hand: byHand(AGENT_EXAMPLE), verdict: "SCALE" },
  { sheet: "Value Contract (3)", hand: byHand(ASSISTANT_EXAMPLE), verdict: "PROVE" },
];

