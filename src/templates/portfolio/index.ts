/*
 * The portfolio (templates v2; seed 004: "the portfolio unit is the value chain"): one sheet
 * over every value contract in the workbook — where to move capital, value by value chain,
 * by mandate and by evidence rung, planned against evidenced against realised — in native
 * formulas over each contract's names, so it reads the same without the add-in once frozen.
 * A refresh rebuilds it from the contracts then in the workbook (findContracts).
 */
import { SheetBuilder, label } from "../../sheet/builder";
import type { TemplateSpec } from "../../sheet/spec";
import { page } from "../common";
import { MARK_REF, TEMPLATE_MARKS } from "../marks";
import { portfolioChecks } from "./checks";
import { LAST_PRINTED, contractBlock, note } from "./contracts";
import type { PortfolioContract } from "./find";
import { BY_CHAIN, BY_MANDATE, G, capitalTable, groupTable, rungTable } from "./groups";

export { findContracts, livePortfolios, type PortfolioContract, type SheetNames } from "./find";
export { PORTFOLIO_NAMES } from "./names";

// No column is 9 wide: ExcelJS takes 9 for its default and leaves it out of the file.
const WIDTHS = [32, 11, 13, 13, 13, 13, 15, 8, 12, 12, 13, 12, 13, 13, 8, 12, 12, 26, 30, 20, 8, 8, 8, 12];
/** Rows each chart takes. */
const CHART_ROWS = 20;

/** The portfolio of `contracts` (as findContracts finds them), stamped `asOf`. */
export function portfolio(contracts: readonly PortfolioContract[], asOf: string): TemplateSpec {
  const b = new SheetBuilder("Portfolio", "#0B4F3C", WIDTHS, LAST_PRINTED.index + 2, { value: G.count.index, unit: G.planned.index, guide: G.share.index });
  b.name(TEMPLATE_MARKS.portfolio, MARK_REF);
  b.line([{ v: "AI portfolio — where value is, how much of it is evidenced, where to move capital", s: "title" }]);
  b.line([{ v: `Every value contract in this workbook, read through its names, as of ${asOf}. Refresh from the AI Value pane after adding or changing one.`, s: "subtitle" }]);
  const headerText = "AI portfolio";
  if (contracts.length === 0) {
    b.line([label("No value contracts in this workbook yet: insert one from the AI Value pane, then refresh the portfolio.")]);
    return { id: "portfolio", title: "Portfolio", sheets: [b.build(page("landscape", headerText), 2)] };
  }
  const masterRow = b.line([label("Master check")]);
  b.skip();

  b.section("Where to move capital");
  note(b, "Each contract's capital call is its verdict, or STOP when its measurement tracker says nothing has moved. Planned value is the benefits its contract claims for the period; evidenced value weights them by the evidence reached.");
  const calls = capitalTable(b);
  b.skip();
  b.section("By value chain");
  note(b, "The portfolio unit is the value chain, not the use case. Realised to date counts the months that have actuals; it stays blank, never 0, until a contract records one.");
  const chains = groupTable(b, BY_CHAIN, true);
  b.skip();
  b.section("By mandate");
  const mandates = groupTable(b, BY_MANDATE);
  b.skip();
  b.section("Value by evidence rung");
  note(b, "How much of the planned value rests on each rung of evidence. Technical and Behavioural evidence show the system works and is used, not that work or money changed.");
  const rungs = rungTable(b);
  b.skip();
  b.pageBreak();
  const top = b.row;
  b.chart({
    type: "bar",
    title: "Planned, evidenced and realised value by value chain",
    categories: G.label.range(chains.first, chains.last, true),
    series: [
      { name: "Planned value", values: G.planned.range(chains.first, chains.last, true) },
      { name: "Evidenced value", values: G.evidenced.range(chains.first, chains.last, true) },
      { name: "Realised to date", values: G.realised.range(chains.first, chains.last, true) },
    ],
    from: G.label.at(top),
    to: G.roi.at(top + CHART_ROWS - 1),
    xTitle: "Value chain",
    yTitle: "Value",
  });
  b.chart({
    type: "bar",
    title: "Planned and evidenced value by evidence rung",
    categories: G.label.range(rungs.first, rungs.last, true),
    series: [
      { name: "Planned value", values: G.planned.range(rungs.first, rungs.last, true) },
      { name: "Evidenced value", values: G.evidenced.range(rungs.first, rungs.last, true) },
    ],
    from: G.share.at(top),
    to: LAST_PRINTED.at(top + CHART_ROWS - 1),
    xTitle: "Rung reached",
    yTitle: "Value",
  });
  b.skip(CHART_ROWS + 1);
  b.section("Contracts");
  note(b, "One row per value contract, read through its names. Rank orders the evidence-weighted return per unit of cost (equal returns share a rank): move capital and attention towards the strongest evidence.");
  const head = contractBlock(b, contracts);
  b.skip();
  portfolioChecks(b, { chains: chains.total, mandates: mandates.total, rungs: rungs.total, calls, block: { first: head + 1, last: head + contracts.length } }, masterRow);

  // The helpers right of the owner column serve the lists above; they are not printed.
  return { id: "portfolio", title: "Portfolio", sheets: [b.build(page("landscape", headerText), 3, LAST_PRINTED.index)] };
}
