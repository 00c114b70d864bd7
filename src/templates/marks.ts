/*
 * A scoped name on cell A1 that says what a sheet is. Readers — the board summary, the
 * ladder link, the tests — find sheets by these, never by their titles, so a renamed
 * sheet is still found. (Frozen copies and the board pack's own sheets carry their marks
 * from src/boardpack/marks.ts.)
 */
export const TEMPLATE_MARKS = {
  valueContract: "AIVALUE_ValueContract",
  evidenceLadder: "AIVALUE_EvidenceLadder",
  workflowCost: "AIVALUE_WorkflowCost",
  priceBook: "AIVALUE_PriceBook",
  measurementTracker: "AIVALUE_MeasurementTracker",
  aiBilling: "AIVALUE_AIBilling",
  portfolio: "AIVALUE_Portfolio",
} as const;

/** Where a mark points: the sheet's first cell, which every template writes. */
export const MARK_REF = "$A$1";
