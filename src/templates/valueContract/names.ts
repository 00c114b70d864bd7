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
