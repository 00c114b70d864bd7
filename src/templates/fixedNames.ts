/*
 * The sheet-scoped names other sheets, the board pack and the pane read by their exact
 * spelling: a template's contract with the rest of the workbook. An insert may rename any
 * other name of a template when the workbook's tables hold it, but never one of these.
 */
import { FROZEN_MARK, LOG_MARK, SUMMARY_MARK } from "../boardpack/marks";
import { BILLING_NAMES, BILLING_READ_NAMES } from "./aiBilling/names";
import { TEMPLATE_MARKS } from "./marks";
import { TRACKER_NAMES } from "./measurementTracker/names";
import { PORTFOLIO_NAMES } from "./portfolio/names";
import { CONTRACT_ACTUAL_NAMES, CONTRACT_NAMES } from "./valueContract/names";

/** Lower-cased, as Excel compares names. */
export const FIXED_NAMES: ReadonlySet<string> = new Set(
  [
    ...Object.values(CONTRACT_NAMES),
    ...Object.values(CONTRACT_ACTUAL_NAMES),
    ...Object.values(TRACKER_NAMES),
    ...Object.values(PORTFOLIO_NAMES),
    ...Object.values(BILLING_NAMES),
    ...Object.values(BILLING_READ_NAMES),
    ...Object.values(TEMPLATE_MARKS),
    FROZEN_MARK,
    LOG_MARK,
    SUMMARY_MARK,
  ].map((n) => n.toLowerCase()),
);
