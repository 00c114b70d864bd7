/* Section 6 of a value contract: realised value, ROI, break-even, evidence and the verdict. */
import { RUNG_NAMES } from "../../core/rungs";
import { quoteSheet } from "../../sheet/a1";
import { calc, input, output } from "../../sheet/builder";
import { LADDER_NAMES } from "../evidenceLadder";
import { EXAMPLE } from "./data";
import { stopRuleCell } from "./actuals";
import { CONTRACT_ACTUAL_NAMES, CONTRACT_NAMES as N } from "./names";
import { COL, type ContractSheet } from "./sheet";

/** Rungs a contract may require before it scales: 1 to 5 (requiring "None" would scale without evidence). */
export const REQUIRED_LEVELS = RUNG_NAMES.slice(1);

/** The money outputs and the schedule's assumptions. */
export function valueOutputs(c: ContractSheet): void {
  const b = c.b;
  b.pageBreak();
  b.section("6. Outputs and verdict");
  c.row(
    N.Realised,
    "Realised value",
    output("=AIVALUE.REALISED(IncrementalContribution,ProtectedEarnings,RedeployedCapacity,AvoidedLoss,OptionValue,LifecycleCost,TransitionCost,RiskCost,Cannibalisation)", "currency"),
    "currency",
    "Benefits less the full economic cost, for the period.",
  );
  c.row(
    N.RealisedOptionValue,
    "of which strategic option value",
    calc("=OptionValue", "currency"),
    "currency",
    "The part of realised value that is option value: claimed, not yet earned. Keep it apart when judging the contract.",
  );
  c.row("ROI", "ROI", output('=IF(TotalCost>0,(Benefits-TotalCost)/TotalCost,"")', "percent"), "of cost", "(benefits − cost) / cost for the period.");
  c.input("MonthlyValue", "Monthly value at full run-rate", c.pick(EXAMPLE.monthlyValue), "currency", "currency / month", "Value per month once adoption is complete; the schedule ramps up to it.");
  const rampRow = c.input("RampMonths", "Ramp-up months", c.pick(EXAMPLE.rampMonths), "integer", "months", "Months for value to climb linearly to the full run-rate (the J-curve). 0 for none.");
  b.validate({ ref: COL.value.at(rampRow), whole: { min: 0, max: 60 }, prompt: "Whole months, 0 to 60." });
  c.input("DiscountRate", "Annual discount rate", c.pick(EXAMPLE.discountRate), "percent", "per year", "Your cost of capital; month m is discounted by (1 + rate)^(−m/12).");
  c.row(
    N.BreakevenMonths,
    "Months to break even",
    output("=AIVALUE.BREAKEVEN(UpfrontCost,ScheduleMonthlyCost,MonthlyValue,RampMonths,DiscountRate,Horizon)", "decimal"),
    "months",
    "When the cumulative position in the schedule below first comes back up to zero; #N/A if not within the horizon.",
  );
}

/** The evidence the value has, its weighted credit, and the verdict against the contract's own lines. */
export function evidenceOutputs(c: ContractSheet): void {
  const b = c.b;
  const ladder = c.options.ladderSheet;
  const ladderLink = ladder ? `=${quoteSheet(ladder)}!${LADDER_NAMES.RungReached}` : undefined;
  const levelRow = c.row(
    N.EvidenceLevel,
    "Evidence level reached",
    ladderLink ? { f: ladderLink, s: "link" } : input(c.pick(EXAMPLE.evidenceLevel), "text"),
    "rung",
    ladderLink
      ? "Linked to the evidence ladder sheet."
      : "The rung reached on the evidence ladder: None, Technical, Behavioural, Operational, Financial or Strategic. Blank counts as no evidence.",
  );
  if (!ladderLink) b.dropdown(COL.value.at(levelRow), "Evidence levels", RUNG_NAMES, "Pick the rung the evidence reaches.");
  c.row(
    N.WeightedValue,
    "Evidence-weighted value",
    output(`=AIVALUE.EVIDENCEWEIGHTED(${N.Benefits},${N.EvidenceLevel},EvidenceWeights,${N.TotalCost})`, "currency"),
    "currency",
    "Benefits weighted by the evidence they have (policy below), less the full cost: costs are spent whatever the evidence says.",
  );
  c.input("ScaleThreshold", "Scale threshold", c.pick(EXAMPLE.scaleThreshold), "currency", "currency", "Realised value at or above which the contract scales (clause 9).");
  c.input("StopThreshold", "Stop threshold", c.pick(EXAMPLE.stopThreshold), "currency", "currency", "Realised value below which the contract stops. Must not exceed the scale threshold.");
  const requiredRow = c.row(
    N.RequiredLevel,
    "Evidence required to scale",
    input(c.pick(EXAMPLE.requiredLevel), "text"),
    "rung",
    "The rung of evidence needed before value counts for scaling, Technical to Strategic; Financial is usual. Required.",
  );
  // Named so the check block can test the typed value against the same list the drop-down offers.
  b.name("RequiredLevels", b.dropdown(COL.value.at(requiredRow), "Required levels", REQUIRED_LEVELS, "Pick the rung required to scale (Technical to Strategic)."));
  const verdictRow = c.row(
    N.Verdict,
    "Verdict",
    output(`=AIVALUE.VERDICT(${N.Realised},ScaleThreshold,StopThreshold,${N.EvidenceLevel},${N.RequiredLevel})`),
    "",
    "SCALE, PROVE (value claimed but not yet evidenced), REDESIGN or STOP.",
  );
  // Beside the verdict: the linked tracker's stop rule (MEASURING, SIGNAL or STOP), "" when none is linked.
  b.put(verdictRow, COL.perMonth.index, [stopRuleCell({ trackerSheet: c.options.trackerSheet })]);
  b.name(CONTRACT_ACTUAL_NAMES.StopRule, COL.perMonth.at(verdictRow, true));
  b.skip();
}
