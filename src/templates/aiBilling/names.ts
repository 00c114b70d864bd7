/*
 * The names the AI Billing sheet defines that a value contract reads by native SUMIFS, spelled
 * once, here (worksheet-scoped, so read as 'Sheet'!Name). Each is one column of the aggregated
 * table, all the same length; the import re-points them when the table grows or shrinks.
 */

/** Worksheet-scoped names the AI Billing sheet defines for readers outside it. */
export const BILLING_NAMES = {
  /** First day of the charge month (dates). */
  Month: "BillingMonth",
  /** The allocation key's value ("(unallocated)" when a row has none). */
  Key: "BillingKey",
  /** ISO currency code of the row: totals are never mixed across currencies. */
  Currency: "BillingCurrency",
  /** FOCUS EffectiveCost of the row (amortised, commitment purchases excluded). */
  EffectiveCost: "BillingEffectiveCost",
} as const;
