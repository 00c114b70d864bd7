/*
 * The worked example's second and third contracts (data only), beside the lead-scoring
 * contract of data.ts: the seeds' 14-call agentic workflow and the assistant that saves
 * 1,000 employees five hours a week. Each is filled into a contract by exampleContract().
 */
import type { Value } from "../../sheet/spec";
import type { ActualsExample } from "./actuals";

/** A contract of the worked example: its name, its inputs by scoped name, its cost lines by label, its reviews. */
export interface ContractExample {
  contractName: string;
  /** Input cells by the worksheet-scoped name the contract gives them. */
  inputs: Record<string, Value>;
  /** One-off and monthly amount of each cost line, by the line's label. */
  costs: Record<string, [number, number]>;
  /** Rows of the review log: date, reviewer, assumption changed, decision. */
  reviews: Value[][];
  /** Its allocation key and actual value and cost per month from month 1; none leaves every month blank. */
  actuals?: ActualsExample;
}

/**
 * The account research agent of the Workflow Cost sheet (14 calls a task, 20,000 tasks a month:
 * its $7,614 a month of tokens is the technology line). Briefs before each quote cut the discount
 * given by two points on $45M of closed business, proved against a holdout territory: SCALE.
 */
export const AGENT_EXAMPLE: ContractExample = {
  contractName: "Account research agent — pricing briefs",
  inputs: {
    Intervention: "An agent that researches each account and drafts the pricing brief before a quote",
    ValueChain: "Price and sell",
    Mandate: "Grow revenue",
    Owner: "Head of Commercial Excellence",
    Status: "Scaling",
    StartDate: 45992, // 2025-12-01
    NextReview: 46387, // 2026-12-31
    Outcome: "Lower the average discount on closed mid-market deals from 18% to 16% without losing win rate.",
    Counterfactual: "Baseline: the last two quarters' discount (18%). Counterfactual: the holdout territory that quotes without briefs.",
    OwnerClause: "The Head of Commercial Excellence owns the discount line; the platform team answers for the agent's cost and uptime.",
    Mechanism: "Sellers quote from a brief that shows the account's budget signals and comparable prices, so they concede less.",
    CaptureDecision: "No capacity is counted: the value is price realisation, booked in closed revenue.",
    FullCost: "Tokens from the Workflow Cost sheet, integration with the quoting tool, review of briefs and the agent's upkeep.",
    EvidenceHierarchy: "Financial evidence is the discount on closed deals against the holdout, agreed by the deal desk and finance.",
    RiskBoundary: "The agent drafts; a seller sends every quote. No customer data leaves the approved model region.",
    ScaleStop: "Scale to every region at $400K realised a year with financial evidence; stop below $100K.",
    ReviewCadence: "Monthly",
    Metric: "Average discount on closed deals",
    MetricUnit: "share of list price",
    Baseline: 0.18,
    Target: 0.16,
    Current: 0.16,
    PeriodMonths: 12,
    RiskCost: 12000,
    Cannibalisation: 0,
    IncrementalRevenue: 900000, // two points of discount on $45M closed
    ContributionMargin: 0.8,
    ProtectedEarnings: 0,
    HoursReleased: 0,
    HourlyCost: 0,
    CaptureRate: 0,
    AvoidedLoss: 0,
    OptionValue: 0,
    // 65,450 × (⅓ + ⅔ + 1 + 9) = 719,950 against 720,000 of benefits.
    MonthlyValue: 65450,
    RampMonths: 3,
    DiscountRate: 0.1,
    EvidenceLevel: "Financial",
    ScaleThreshold: 400000,
    StopThreshold: 100000,
    RequiredLevel: "Financial",
  },
  costs: {
    Technology: [0, 7614],
    Data: [10000, 0],
    Integration: [60000, 0],
    Governance: [15000, 1000],
    "Quality control": [0, 3000],
    "Ongoing operation": [0, 4000],
    Change: [20000, 0],
    "Workforce transition": [0, 0],
  },
  reviews: [
    [46113, "Deal desk", "Discount effect confirmed against the holdout territory", "Extend to two more regions"],
    [46296, "CFO office", "Token price fell; the Workflow Cost sheet re-priced", "Scale to every region"],
  ],
};

/**
 * An assistant for 1,000 employees in shared services: five hours a week saved each, 230,000 hours
 * a year, but only the fifth that management has decided to capture counts, and the evidence is
 * adoption alone. Value above the scale line, evidence below the required rung: PROVE. Its actuals
 * so far capture far less than the plan.
 */
export const ASSISTANT_EXAMPLE: ContractExample = {
  contractName: "Workplace assistant — shared services",
  inputs: {
    Intervention: "A writing and search assistant for 1,000 finance, HR and procurement employees",
    ValueChain: "Manage the enterprise",
    Mandate: "Create structural operating leverage",
    Owner: "COO, Shared Services",
    Status: "Piloting",
    StartDate: 46082, // 2026-03-01
    NextReview: 46357, // 2026-12-01
    Outcome: "Absorb next year's growth in transactions without the 40 hires planned for shared services.",
    Counterfactual: "Baseline: hours on routine documents per person in the time study before launch. Counterfactual: the hiring plan.",
    OwnerClause: "The COO of Shared Services owns the hiring plan the value depends on; IT answers for the licences and support.",
    Mechanism: "Drafting, summarising and searching take less time, so the same people handle more transactions.",
    CaptureDecision: "A fifth of the saved hours count: the cancelled hires. The rest is potential value until a decision captures it.",
    FullCost: "Licences, integration with the document stores, training everyone, redeployment and reviewing outputs.",
    EvidenceHierarchy: "Financial evidence is the hiring plan actually cut and contractor spend falling in the ledger, agreed by finance.",
    RiskBoundary: "No personal data of customers in prompts; outputs that leave the company are checked by a person.",
    ScaleStop: "Renew at $1M realised a year with financial evidence; stop below $300K.",
    ReviewCadence: "Quarterly",
    Metric: "Hours on routine documents per person",
    MetricUnit: "hours a week",
    Baseline: 12,
    Target: 7,
    Current: 7,
    PeriodMonths: 12,
    RiskCost: 20000,
    Cannibalisation: 0,
    IncrementalRevenue: 0,
    ContributionMargin: 0.8,
    ProtectedEarnings: 0,
    HoursReleased: 230000, // 1,000 people × 5 hours × 46 weeks
    HourlyCost: 60,
    CaptureRate: 0.2,
    AvoidedLoss: 0,
    OptionValue: 0,
    // 290,500 × (1/6 + … + 6/6 + 6) = 2,759,750 against 2,760,000 of benefits.
    MonthlyValue: 290500,
    RampMonths: 6,
    DiscountRate: 0.1,
    EvidenceLevel: "Behavioural",
    ScaleThreshold: 1000000,
    StopThreshold: 300000,
    RequiredLevel: "Financial",
  },
  costs: {
    Technology: [0, 30000],
    Data: [10000, 0],
    Integration: [40000, 0],
    Governance: [25000, 2000],
    "Quality control": [0, 3000],
    "Ongoing operation": [0, 5000],
    Change: [150000, 0],
    "Workforce transition": [50000, 0],
  },
  reviews: [[46203, "CFO office", "Hours saved are self-reported; no hire has been cancelled yet", "Prove the capture before renewing the licences"]],
  // Eight months since March: the hires cancelled so far capture a fraction of the plan's value (48,417 … 290,500 a month).
  actuals: {
    allocationKey: "assistant-shared-services",
    months: [
      [8000, 45000],
      [12000, 43000],
      [15000, 42000],
      [20000, 42500],
      [24000, 41000],
      [26000, 41500],
      [30000, 41000],
      [32000, 41200],
    ],
  },
};
