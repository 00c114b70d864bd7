/**
 * The FOCUS import, pure: bytes of a FOCUS cost and usage CSV in; exact per-currency
 * totals, aggregated AI usage lines, observed prices and the AI Billing sheet's rows
 * out. No Office, Excel or DOM: it runs in the pane's Web Worker, in Node scripts and
 * in tests alike.
 */
export { type BillingGroup, type BillingLine, MAX_LINES, UNALLOCATED } from "./aggregate";
export { chargeLine, isAiCharge, NO_MODEL } from "./charge";
export { chargeMonth } from "./chargeMonth";
export { KEY_COLUMNS, OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from "./columns";
export { MAX_RECORD_CHARS } from "./csvRecords";
export {
  addDecimal,
  compareDecimal,
  type Decimal,
  decimalToNumber,
  decimalToString,
  divideToNumber,
  ExactSum,
  parseDecimal,
  ZERO,
} from "./decimal";
export {
  type FileImport,
  type FileTotals,
  FocusImport,
  importFocus,
  type ImportOptions,
  type ImportOutcome,
  type ImportProblem,
  type ImportProgress,
  MALFORMED_SHOWN,
  type Provenance,
} from "./importer";
export {
  allocationName,
  type BillingLedger,
  EMPTY_LEDGER,
  isLedgerProblem,
  type LedgerLine,
  type LedgerMerge,
  type LedgerProblem,
  mergeImport,
  overlay,
} from "./ledger";
export { fileRecord, lineRecord, type Parsed, parseFileRecord, parseLineRecord } from "./ledgerText";
export { linePrice, observedPrice, type ObservedPrice } from "./observedPrice";
export { type ImportPreview, previewImport } from "./preview";
export { type PriceRow, priceRows, type UnpricedUsage } from "./priceRows";
export { type AllocationKey, CONTRACT_TAG, DISTINCT_CAP, type KeyCandidate } from "./proposal";
export { type BillingSheetRow, checkLedger, type CurrencyCheck, lineTotals, sheetRows } from "./sheetRows";
export { type CostSums, type CurrencyCosts } from "./sums";
export { type IncrementalSha256 } from "./sha256";
export { TOKEN_KINDS, type TokenKind } from "./tokenKind";
export { tokenUnit } from "./tokenUnits";
