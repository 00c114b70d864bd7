/*
 * The names the portfolio defines: those readers outside it use (the board pack, the tests),
 * and the ranges of its per-contract block that its own summaries read.
 */
import { MASTER_CHECK } from "../common";

/** Worksheet-scoped names of the portfolio's totals, for readers outside it. */
export const PORTFOLIO_NAMES = {
  Contracts: "PortfolioContracts",
  Planned: "PortfolioPlanned",
  Evidenced: "PortfolioEvidenced",
  RealisedToDate: "PortfolioRealisedToDate",
  Cost: "PortfolioCost",
  Weighted: "PortfolioWeighted",
  ROI: "PortfolioROI",
  /** Share of the planned value whose evidence reaches no further than the Behavioural rung. */
  WeakEvidenceShare: "PortfolioWeakEvidenceShare",
  MasterCheck: MASTER_CHECK,
} as const;

/** The per-contract block's columns, one name each, so the summaries read SUMIFS(AllPlanned,AllChain,…). */
export const ALL = {
  name: "AllNames",
  call: "AllCall",
  ret: "AllReturn",
  rung: "AllRung",
  level: "AllLevel",
  planned: "AllPlanned",
  evidenced: "AllEvidenced",
  realised: "AllRealised",
  months: "AllActualMonths",
  cost: "AllCost",
  weighted: "AllWeighted",
  chain: "AllChain",
  mandate: "AllMandate",
  chainCode: "AllChainCode",
  mandateCode: "AllMandateCode",
  sort: "AllSort",
  key: "AllKey",
} as const;

/** The lists the block matches against, kept as labelled constants on the sheet. */
export const LISTS = { chains: "ChainList", mandates: "MandateList", rungs: "RungNames", tolerance: "Tolerance" } as const;
