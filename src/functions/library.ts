/* Every AIVALUE function, in the order of the function reference. */
import { AVOIDEDLOSS } from "./avoidedLoss";
import { BREAKEVEN } from "./breakeven";
import { CAPTURED } from "./captured";
import { COSTOFDELAY } from "./costOfDelay";
import { EVIDENCELEVEL } from "./evidenceLevel";
import { EVIDENCEWEIGHTED } from "./evidenceWeighted";
import type { ExcelFunction } from "./excelFunction";
import { HOSTINGBREAKEVEN } from "./hostingBreakeven";
import { MDE } from "./mde";
import { PAYBACKCURVE } from "./paybackCurve";
import { REALISED } from "./realised";
import { ROI } from "./roi";
import { SAMPLESIZE } from "./sampleSize";
import { SELFHOSTCOST } from "./selfHostCost";
import { SIGNIFICANCE } from "./significance";
import { UPLIFT } from "./uplift";
import { VERDICT } from "./verdict";
import { WORKFLOWCOST } from "./workflowCost";

export {
  AVOIDEDLOSS,
  BREAKEVEN,
  CAPTURED,
  COSTOFDELAY,
  EVIDENCELEVEL,
  EVIDENCEWEIGHTED,
  HOSTINGBREAKEVEN,
  MDE,
  PAYBACKCURVE,
  REALISED,
  ROI,
  SAMPLESIZE,
  SELFHOSTCOST,
  SIGNIFICANCE,
  UPLIFT,
  VERDICT,
  WORKFLOWCOST,
};

export const LIBRARY: readonly ExcelFunction[] = [
  WORKFLOWCOST,
  SELFHOSTCOST,
  HOSTINGBREAKEVEN,
  CAPTURED,
  AVOIDEDLOSS,
  REALISED,
  ROI,
  COSTOFDELAY,
  BREAKEVEN,
  PAYBACKCURVE,
  UPLIFT,
  SIGNIFICANCE,
  SAMPLESIZE,
  MDE,
  EVIDENCELEVEL,
  EVIDENCEWEIGHTED,
  VERDICT,
];
