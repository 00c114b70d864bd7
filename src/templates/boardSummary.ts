/*
 * The board summary: one printable page with a line per value contract, read through
 * each contract's worksheet-scoped names, and a chart of realised against
 * evidence-weighted value. Refreshing rebuilds it from the contracts then in the workbook.
 */
import { quoteSheet } from "../sheet/a1";
import { SheetBuilder, calc, guide, header, label } from "../sheet/builder";
import { page } from "./common";
import type { Format, TemplateSpec } from "../sheet/spec";

/** Names every value contract defines; a sheet holding all of them is a contract. */
export const CONTRACT_NAMES = ["ContractName", "Owner", "ValueChain", "Mandate", "Realised", "EvidenceLevel", "WeightedValue", "BreakevenMonths", "Verdict"];

const COLUMNS: { title: string; name: string; fmt?: Format }[] = [
  { title: "Contract", name: "ContractName" },
  { title: "Owner", name: "Owner" },
  { title: "Value chain", name: "ValueChain" },
  { title: "Mandate", name: "Mandate" },
  { title: "Rung reached", name: "EvidenceLevel" },
  { title: "Realised value", name: "Realised", fmt: "currency" },
  { title: "Evidence-weighted value", name: "WeightedValue", fmt: "currency" },
  { title: "Months to break even", name: "BreakevenMonths", fmt: "decimal" },
  { title: "Verdict", name: "Verdict" },
];

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
    b.put(total, 6, [calc(`=SUM(F${first}:F${last})`, "currency"), calc(`=SUM(G${first}:G${last})`, "currency")]);
    b.chart({
      type: "bar",
      title: "Realised and evidence-weighted value by contract",
      categories: `$A$${first}:$A$${last}`,
      series: [
        { name: "Realised value", values: `$F$${first}:$F$${last}` },
        { name: "Evidence-weighted value", values: `$G$${first}:$G$${last}` },
      ],
      from: `A${b.row + 1}`,
      to: `G${b.row + 18}`,
      xTitle: "Contract",
      yTitle: "Value",
    });
    const note = b.row + 20;
    b.put(note, 1, [guide("Evidence-weighted value credits each contract's realised value only as far as its evidence reaches (see each contract's policy).")]);
    b.merge(`A${note}:I${note}`);
    b.table("BoardSummary", `A${head}:I${last}`);
  }
  return { id: "boardSummary", title: "Board summary", sheets: [b.build({ ...page("landscape", "AI value contracts — board summary"), onePage: true }, 4)] };
}
