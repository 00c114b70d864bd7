/* What a value contract offers and the worked example it can be filled with: data only. */
import type { Value } from "../../sheet/spec";

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

/** Payback horizons offered when a contract is inserted; the schedule shows that many months and BREAKEVEN is asked about the same. */
export const HORIZONS = [24, 36, 48, 60, 120] as const;
export type Horizon = (typeof HORIZONS)[number];
export const DEFAULT_HORIZON: Horizon = 60;

export interface Clause {
  name: string;
  label: string;
  guidance: string;
  example: string;
}

export const CLAUSES: Clause[] = [
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

export interface CostLine {
  label: string;
  guidance: string;
  example: [number, number];
}

export const LIFECYCLE_LINES: CostLine[] = [
  { label: "Technology", guidance: "Models, hosting, licences and tokens.", example: [0, 6000] },
  { label: "Data", guidance: "Acquiring, labelling, cleaning and storing data.", example: [15000, 1500] },
  { label: "Integration", guidance: "Connecting the system to the workflows and records it changes.", example: [30000, 0] },
  { label: "Governance", guidance: "Risk, legal, security and model-risk review.", example: [5000, 500] },
  { label: "Quality control", guidance: "Checking, correcting and monitoring outputs.", example: [0, 2000] },
  { label: "Ongoing operation", guidance: "Support, retraining and the people who run it.", example: [0, 5000] },
];

export const TRANSITION_LINES: CostLine[] = [
  { label: "Change", guidance: "Process redesign, training and communication.", example: [10000, 0] },
  { label: "Workforce transition", guidance: "Redeployment, reskilling and severance where roles change.", example: [8000, 0] },
];

/** The worked example: a lead-scoring model in mid-market sales (the seeds' case). */
export const EXAMPLE = {
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
  contributionMargin: 0.8, // an assumption the example says to replace
  protectedEarnings: 0,
  hoursReleased: 3680, // 40 reps × 2 hours a week × 46 weeks
  hourlyCost: 55,
  captureRate: 0.25,
  avoidedLoss: 0,
  optionValue: 0,
  // Reconciles with the period's benefits: 43,200 × (¼ + ½ + ¾ + 9) = 453,600 against 453,800.
  monthlyValue: 43200,
  rampMonths: 4,
  discountRate: 0.1,
  evidenceLevel: "Operational",
  scaleThreshold: 300000,
  stopThreshold: 50000,
  requiredLevel: "Financial",
  // Six months of actuals behind the plan (10,800 … 43,200 of value against 15,500 of cost a month): slower adoption, a little more cost.
  actuals: {
    allocationKey: "lead-scoring-mm",
    // When the cost is linked to the AI Billing sheet: its currency, and the lines billing cannot see (data, governance, quality, operation, risk).
    billing: { currency: "USD", otherCost: 1500 + 500 + 2000 + 5000 + 500 },
    months: [
      [7200, 16800],
      [15600, 15900],
      [24000, 16300],
      [31200, 15700],
      [34800, 16100],
      [36000, 15800],
    ] as [number, number][],
  },
  reviews: [
    [46127, "CFO office", "Capture rate cut from 40% to 25% after a time study", "Continue; re-measure capture in Q3"],
    [46217, "VP Sales", "Incremental revenue attributed through CRM opportunity source", "Ask finance to audit attribution"],
  ] as Value[][],
};

/** Rows of the review log. */
export const REVIEW_ROWS = 8;
