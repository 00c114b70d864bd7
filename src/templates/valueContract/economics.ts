/* The money of a value contract in its evaluation period: full economic cost and the benefits. */
import { SheetBuilder, calc, guide, header, input, label, unit } from "../../sheet/builder";
import { EXAMPLE, LIFECYCLE_LINES, TRANSITION_LINES, type CostLine } from "./data";
import { CONTRACT_NAMES as N } from "./names";
import { COL, type ContractSheet } from "./sheet";

/** Section 4: the eight cost lines, their totals and the period's four cost terms; returns the cost inputs' range. */
export function costSection(c: ContractSheet): string {
  const b = c.b;
  b.section("4. Full economic cost");
  b.line([header("Cost line"), header("One-off"), header("Per month"), undefined, header("Unit"), header("What belongs here")]);
  const costLine = (line: CostLine): number => {
    const r = b.line([label(line.label), input(c.pick(line.example[0]), "currency"), input(c.pick(line.example[1]), "currency")]);
    b.put(r, COL.unit.index, [unit("currency")]);
    b.put(r, COL.guide.index, [guide(line.guidance)]);
    return r;
  };
  const lifeFirst = b.row;
  LIFECYCLE_LINES.forEach(costLine);
  const lifeLast = b.row - 1;
  const transFirst = b.row;
  TRANSITION_LINES.forEach(costLine);
  const transLast = b.row - 1;
  const allCosts = `${COL.value.at(lifeFirst, true)}:${COL.perMonth.at(transLast, true)}`;
  const totalRow = b.line([
    label("Total", "label"),
    calc(`=SUM(${COL.value.range(lifeFirst, transLast)})`, "currency"),
    calc(`=SUM(${COL.perMonth.range(lifeFirst, transLast)})`, "currency"),
  ]);
  b.put(totalRow, COL.unit.index, [unit("currency")]);
  b.put(totalRow, COL.guide.index, [guide("One-off costs are paid up front (month 0); monthly costs run every month.")]);
  b.name("UpfrontCost", SheetBuilder.abs(totalRow, COL.value.index));
  b.name("MonthlyCost", SheetBuilder.abs(totalRow, COL.perMonth.index));
  const periodRow = c.input("PeriodMonths", "Months in the evaluation period", c.pick(EXAMPLE.periodMonths), "integer", "months", "The period the realised value below covers, usually 12.");
  b.validate({ ref: COL.value.at(periodRow), whole: { min: 1, max: 120 }, prompt: "Whole months, 1 to 120." });
  const periodCost = (name: string, text: string, first: number, last: number, guidance: string): number =>
    c.row(name, text, calc(`=SUM(${COL.value.range(first, last)})+SUM(${COL.perMonth.range(first, last)})*PeriodMonths`, "currency"), "currency", guidance);
  periodCost("LifecycleCost", "Lifecycle cost in the period", lifeFirst, lifeLast, "Technology to ongoing operation: one-off plus monthly × months.");
  periodCost("TransitionCost", "Transition cost in the period", transFirst, transLast, "Change and workforce transition: one-off plus monthly × months.");
  c.input("RiskCost", "Risk and failure cost in the period", c.pick(EXAMPLE.riskCost), "currency", "currency", "Expected cost of incidents, errors and their remediation.");
  c.input("Cannibalisation", "Cannibalisation in the period", c.pick(EXAMPLE.cannibalisation), "currency", "currency", "Revenue or earnings the intervention takes from elsewhere in the business.");
  b.field("Total cost in the period", calc("=LifecycleCost+TransitionCost+RiskCost+Cannibalisation", "currency"), { name: N.TotalCost, unit: "currency" });
  b.skip();
  return allCosts;
}

/** Section 5: the five benefits of REALISED — revenue only as contribution, released capacity only as far as it is captured. */
export function valueSection(c: ContractSheet): void {
  const b = c.b;
  b.section("5. Value in the period");
  c.input("IncrementalRevenue", "Incremental revenue", c.pick(EXAMPLE.incrementalRevenue), "currency", "currency", "Revenue that would not exist without the intervention (against the counterfactual).");
  const marginRow = c.input(
    "ContributionMargin",
    "Contribution margin",
    c.pick(EXAMPLE.contributionMargin),
    "percent",
    "of that revenue",
    "Share of the incremental revenue left after the costs of serving it. Required: revenue is not value." +
      (c.options.example ? " The 80% here is an assumption: replace it with your own margin." : ""),
  );
  b.validate({ ref: COL.value.at(marginRow), decimal: { min: 0, max: 1 }, prompt: "A share from 0% to 100%." });
  c.row("IncrementalContribution", "Incremental contribution", calc("=IncrementalRevenue*ContributionMargin", "currency"), "currency", "Revenue × margin: what REALISED counts, not the revenue itself.");
  c.input("ProtectedEarnings", "Protected earnings", c.pick(EXAMPLE.protectedEarnings), "currency", "currency", "Earnings kept that would otherwise have been lost.");
  c.input("HoursReleased", "Hours released", c.pick(EXAMPLE.hoursReleased), "number", "hours", "Capacity the intervention frees in the period: only potential value.");
  b.field("Fully loaded cost per hour", input(c.pick(EXAMPLE.hourlyCost), "currency"), { name: "HourlyCost", unit: "currency / hour" });
  const captureRow = c.input(
    "CaptureRate",
    "Capture rate",
    c.pick(EXAMPLE.captureRate),
    "percent",
    "share of hours",
    "Management's decision (clause 5): the share of released hours turned into value. No default.",
  );
  b.validate({ ref: COL.value.at(captureRow), decimal: { min: 0, max: 1 }, prompt: "A share from 0% to 100%." });
  c.row("RedeployedCapacity", "Redeployed capacity", calc("=HoursReleased*HourlyCost*CaptureRate", "currency"), "currency", "Hours × cost × capture rate: the part of released capacity that became value.");
  c.input("AvoidedLoss", "Avoided loss", c.pick(EXAMPLE.avoidedLoss), "currency", "currency", "Expected loss avoided: loss × (probability without − with); AIVALUE.AVOIDEDLOSS computes it.");
  c.input("OptionValue", "Option value", c.pick(EXAMPLE.optionValue), "currency", "currency", "Value of strategic options created. Be conservative; boards discount it.");
  b.field("Total benefits", calc("=IncrementalContribution+ProtectedEarnings+RedeployedCapacity+AvoidedLoss+OptionValue", "currency"), { name: N.Benefits, unit: "currency" });
  b.skip();
}
