/*
 * The board summary: one printable page with a line per value contract, read through
 * each contract's worksheet-scoped names, and a chart of realised against
 * evidence-weighted value. Refreshing rebuilds it from the contracts then in the workbook.
 */
import { quoteSheet } from "../sheet/a1";
import { Column, SheetBuilder, calc, guide, header, label } from "../sheet/builder";
import { page } from "./common";
import { TEMPLATE_MARKS } from "./marks";
import { CONTRACT_NAMES as N } from "./valueContract/names";
import type { Format, TemplateSpec } from "../sheet/spec";

/** What the summary reads from each contract, through the contract's own names. */
const COLUMNS: { title: string; name: string; fmt?: Format }[] = [
  { title: "Contract", name: N.ContractName },
  { title: "Owner", name: N.Owner },
  { title: "Value chain", name: N.ValueChain },
  { title: "Mandate", name: N.Mandate },
  { title: "Rung reached", name: N.EvidenceLevel },
  { title: "Realised value", name: N.Realised, fmt: "currency" },
  { title: "Evidence-weighted value", name: N.WeightedValue, fmt: "currency" },
  { title: "Months to break even", name: N.BreakevenMonths, fmt: "decimal" },
  { title: "Verdict", name: N.Verdict },
];

/**
 * Whether a sheet is a value contract, from its scoped names (lower-cased, as Excel compares
 * them): its mark, or — for a contract inserted before marks existed — every name the summary
 * reads, so upgrading the add-in never drops a contract from the board summary.
 */
export function isValueContract(names: ReadonlySet<string>): boolean {
  return names.has(TEMPLATE_MARKS.valueContract.toLowerCase()) || COLUMNS.every((c) => names.has(c.name.toLowerCase()));
}

/** The summary's column that shows a contract's name. */
const column = (name: string) => new Column(COLUMNS.findIndex((c) => c.name === name) + 1);
const FIRST = column(N.ContractName);
const REALISED = column(N.Realised);
const WEIGHTED = column(N.WeightedValue);
const LAST = column(N.Verdict);

export function boardSummary(contracts: string[], asOf: string): TemplateSpec {
  const b = new SheetBuilder("Board Summary", "#0B4F3C", [30, 20, 24, 22, 13, 15, 15, 12, 11, 2, 10], 11, { value: 2, unit: 3, guide: 4 });
  b.line([{ v: "AI value contracts — board summary", s: "title" }]);
  b.line([{ v: `Every value contract in this workbook, as of ${asOf}. Refresh from the AI Value pane after adding a contract.`, s: "subtitle" }]);
  b.skip();
  const head = b.line(COLUMNS.map((c) => header(c.title)));
  const first = b.row;
  for (const sheet of contracts) {
    b.line(COLUMNS.map((c) => calc(`=${quoteSheet(sheet)}!${c.name}`, c.fmt)));
  }
  const last = b.row - 1;
  if (contracts.length === 0) {
    b.line([label("No value contracts in this workbook yet: insert one from the AI Value pane, then refresh.")]);
  } else {
    const total = b.line([label("Total", "label")]);
    b.put(total, REALISED.index, [calc(`=SUM(${REALISED.range(first, last)})`, "currency"), calc(`=SUM(${WEIGHTED.range(first, last)})`, "currency")]);
    b.chart({
      type: "bar",
      title: "Realised and evidence-weighted value by contract",
      categories: FIRST.range(first, last, true),
      series: [
        { name: "Realised value", values: REALISED.range(first, last, true) },
        { name: "Evidence-weighted value", values: WEIGHTED.range(first, last, true) },
      ],
      from: FIRST.at(b.row + 1),
      to: WEIGHTED.at(b.row + 18),
      xTitle: "Contract",
      yTitle: "Value",
    });
    const note = b.row + 20;
    b.put(note, FIRST.index, [guide("Evidence-weighted value credits each contract's realised value only as far as its evidence reaches (see each contract's policy).")]);
    b.merge(`${FIRST.at(note)}:${LAST.at(note)}`);
    b.table("BoardSummary", `${FIRST.at(head)}:${LAST.at(last)}`);
  }
  return { id: "boardSummary", title: "Board summary", sheets: [b.build({ ...page("landscape", "AI value contracts — board summary"), onePage: true }, 4)] };
}
