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

/**
 * Names the import itself reads back before rewriting the sheet, so what the user typed
 * (the reconciliation's inputs) and when each file was imported survive a re-import.
 */
export const BILLING_READ_NAMES = {
  /** The provenance rows: one per imported file (SHA-256 in column D, import time in M). */
  Files: "BillingFiles",
  /** Per allocation key: key (A) and cost per completed task (B, an input or a link). */
  Mapping: "BillingMapping",
  /** Per key, month and currency: key (A), month (B), currency (C), completed tasks (E, an input). */
  Tasks: "BillingTasks",
  /** The provenance rows' exact records (column T): each file with its exact totals. */
  FileRecords: "BillingFileRecords",
  /** The table rows' exact records (column T): each line's decimals, so a later import loses no file. */
  LineRecords: "BillingLineRecords",
} as const;

/** The table's other columns, named so the sections above it read as sentences, not ranges. */
export const BILLING_TABLE_NAMES = {
  Model: "BillingModel",
  Kind: "BillingKind",
  Line: "BillingLine",
  Tokens: "BillingPricedTokens",
  BilledCost: "BillingBilledCost",
  ListCost: "BillingListCost",
  ContractedCost: "BillingContractedCost",
  Rows: "BillingRows",
} as const;
