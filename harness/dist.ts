import { existsSync, readFileSync } from "fs";
import path from "path";

export const DIST = path.resolve(__dirname, "../dist");

/** A file of the production build; `npm test` builds before jest runs. */
export function distFile(name: string): string {
  const file = path.join(DIST, name);
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" (npm test does it for you)`);
  return readFileSync(file, "utf8");
}

/** The seventeen functions of the contract (v2), in the order of its reference. */
export const CONTRACT_IDS = [
  "WORKFLOWCOST",
  "SELFHOSTCOST",
  "HOSTINGBREAKEVEN",
  "CAPTURED",
  "AVOIDEDLOSS",
  "REALISED",
  "ROI",
  "COSTOFDELAY",
  "BREAKEVEN",
  "PAYBACKCURVE",
  "UPLIFT",
  "SIGNIFICANCE",
  "SAMPLESIZE",
  "MDE",
  "EVIDENCELEVEL",
  "EVIDENCEWEIGHTED",
  "VERDICT",
];
