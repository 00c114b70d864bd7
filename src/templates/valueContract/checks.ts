/* The value contract's check block: every required field and every internal agreement. */
import { checkBlock, weightPolicy, weightsCheck, type Check } from "../common";
import { CONTRACT_NAMES as N } from "./names";
import { COL, type ContractSheet } from "./sheet";

/** Where the checks look: the clause inputs and the cost inputs. */
export interface CheckedRanges {
  clauses: string;
  costs: string;
}

/** The weight policy, then the checks; shows the master check on `masterRow`. */
export function checksSection(c: ContractSheet, ranges: CheckedRanges, masterRow: number): void {
  const b = c.b;
  const weights = weightPolicy(b, c.options.evidenceWeights);
  b.skip();
  const checks: Check[] = [
    { label: "Contract name given", formula: `=IF(LEN(TRIM(${N.ContractName}))=0,1,0)`, advice: "Name the contract in section 1." },
    { label: "Accountable owner named", formula: `=IF(LEN(TRIM(${N.Owner}))=0,1,0)`, advice: "Name the business owner in section 1." },
    { label: "Value chain chosen", formula: `=IF(LEN(${N.ValueChain})=0,1,0)`, advice: "Pick a value chain in section 1." },
    { label: "Mandate chosen", formula: `=IF(LEN(${N.Mandate})=0,1,0)`, advice: "Pick a mandate in section 1." },
    { label: "All ten clauses written", formula: `=IF(COUNTBLANK(${ranges.clauses})>0,1,0)`, advice: "Fill every clause in section 2." },
    { label: "Evaluation period set", formula: "=IF(AND(ISNUMBER(PeriodMonths),PeriodMonths>=1),0,1)", advice: "Enter the months the period covers in section 4." },
    { label: "Contribution margin given", formula: "=IF(ISNUMBER(ContributionMargin),0,1)", advice: "Enter the margin on incremental revenue in section 5: revenue is not value." },
    { label: "Capture rate decided", formula: "=IF(ISNUMBER(CaptureRate),0,1)", advice: "Record management's capture decision in section 5." },
    { label: "Costs entered as positive amounts", formula: `=IF(COUNTIF(${ranges.costs},"<0")>0,1,0)`, advice: "Enter costs as positive numbers; they are subtracted." },
    {
      label: "Scale and stop thresholds set",
      formula: "=IF(AND(ISNUMBER(ScaleThreshold),ISNUMBER(StopThreshold)),IF(StopThreshold<=ScaleThreshold,0,1),1)",
      advice: "Set both thresholds in section 6, the stop line below the scale line.",
    },
    { label: "Evidence level given", formula: `=IF(LEN(${N.EvidenceLevel})=0,1,0)`, advice: "Give the rung the evidence reaches, or link a ladder; blank counts as no evidence." },
    {
      label: "Required level is a rung from 1 to 5",
      // A rung name from the list, or its number 1…5 as VERDICT also accepts; blank, 0, "None" or anything else is flagged.
      formula: `=IF(ISNUMBER(${N.RequiredLevel}),IF(AND(${N.RequiredLevel}>=1,${N.RequiredLevel}<=5,${N.RequiredLevel}=INT(${N.RequiredLevel})),0,1),IF(ISNUMBER(MATCH(${N.RequiredLevel},RequiredLevels,0)),0,1))`,
      advice: "Pick the rung required to scale in section 6, Technical to Strategic.",
    },
    { label: "Evidence weights are a valid policy", formula: weightsCheck(weights), advice: "Six weights from 0% to 100% that never fall as the level rises." },
    {
      label: "Schedule agrees with BREAKEVEN",
      formula: `=IF(ISNUMBER(ScheduleBreakeven),IF(ABS(ScheduleBreakeven-${N.BreakevenMonths})<=Tolerance,0,1),IF(ISNA(${N.BreakevenMonths}),0,1))`,
      advice: "The schedule's zero crossing and AIVALUE.BREAKEVEN must match; a difference means an input is off.",
    },
    {
      label: "Schedule reconciles with the period's benefits",
      formula: "=IF(AND(ISNUMBER(PeriodMonths),PeriodMonths<=Horizon,ABS(ReconciliationGap)<=ValueTolerance*ABS(Benefits)),0,1)",
      advice: "The schedule's value over the period must match section 5's benefits: adjust the monthly value or the ramp.",
    },
  ];
  const master = checkBlock(b, checks);
  b.put(masterRow, COL.value.index, [{ f: `=${master}`, s: "master" }]);
  b.skip();
}
