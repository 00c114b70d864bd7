/*
 * The names a value contract defines that anything outside it reads — the board summary,
 * the tests, a linked sheet — spelled once, here.
 */
import { MASTER_CHECK } from "../common";

/** Worksheet-scoped names every value contract defines for readers outside it. */
export const CONTRACT_NAMES = {
  ContractName: "ContractName",
  Owner: "Owner",
  ValueChain: "ValueChain",
  Mandate: "Mandate",
  Benefits: "Benefits",
  TotalCost: "TotalCost",
  Realised: "Realised",
  RealisedOptionValue: "RealisedOptionValue",
  EvidenceLevel: "EvidenceLevel",
  WeightedValue: "WeightedValue",
  BreakevenMonths: "BreakevenMonths",
  RequiredLevel: "RequiredLevel",
  Verdict: "Verdict",
  MasterCheck: MASTER_CHECK,
} as const;

/**
 * The names a contract with actuals beside its plan adds (templates v2). A contract inserted by an
 * earlier version lacks them until the pane's upgrade adds them: readers check before they read.
 */
export const CONTRACT_ACTUAL_NAMES = {
  /** The contract's allocation key (text input): the billing sheet's key for this contract's cost. */
  AllocationKey: "AllocationKey",
  /** First day of each schedule month, month 1 onwards (dates). */
  ScheduleMonthStart: "ScheduleMonthStart",
  /** Actual value and actual cost per schedule month: blank where there is no actual yet. */
  ActualValue: "ActualValue",
  ActualCost: "ActualCost",
  /** Sums over the months that have actuals. */
  ActualValueToDate: "ActualValueToDate",
  ActualCostToDate: "ActualCostToDate",
  /** Months that have an actual. */
  ActualMonths: "ActualMonths",
  /** Break-even from actuals so far and the plan after them, in months, or "not reached". */
  ReforecastBreakeven: "ReforecastBreakeven",
  /** The linked measurement tracker's stop rule in words (MEASURING, SIGNAL, STOP), or "" when none is linked. */
  StopRule: "StopRule",
} as const;
