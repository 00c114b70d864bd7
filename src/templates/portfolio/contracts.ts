/*
 * The portfolio's per-contract block: one row per value contract, every cell a native
 * formula over the contract's own worksheet-scoped names ('Sheet'!Name), so the sheet
 * reads the same without the add-in once the board pack has frozen the contracts.
 */
import { quoteSheet } from "../../sheet/a1";
import { SheetBuilder, calc, columns, guide, header } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { CONTRACT_ACTUAL_NAMES as A, CONTRACT_NAMES as N } from "../valueContract/names";
import type { PortfolioContract } from "./find";
import { ALL, LISTS } from "./names";

/** The block's columns from A; the last four are helpers kept outside the print area. */
export const P = columns([
  "name",
  "call",
  "verdict",
  "stopRule",
  "rank",
  "ret",
  "rung",
  "level",
  "planned",
  "evidenced",
  "realised",
  "months",
  "cost",
  "weighted",
  "roi",
  "breakeven",
  "reforecast",
  "chain",
  "mandate",
  "owner",
  "chainCode",
  "mandateCode",
  "sort",
  "key",
]);

/** The last printed column: the helpers after it only serve the lists above. */
export const LAST_PRINTED = P.owner;

type Key = keyof typeof P;

/** What a row of the block needs to write its formulas. */
interface Row {
  /** The contract's sheet, quoted as a formula must write it. */
  s: string;
  has: PortfolioContract["has"];
  r: number;
  /** The header row, above the first contract: the tie-break counts rows from there. */
  head: number;
}

const at = (k: Key, row: Row) => P[k].at(row.r);

/** Each column: its title and the cell it holds for a contract (undefined leaves it blank). */
const COLUMNS: { key: Key; title: string; cell: (x: Row) => Cell | undefined }[] = [
  { key: "name", title: "Contract", cell: (x) => calc(`=IF(LEN(${x.s}!${N.ContractName})=0,"(unnamed contract)",""&${x.s}!${N.ContractName})`) },
  // The tracker's stop rule overrides the verdict: nothing has moved in the weeks the contract allowed.
  { key: "call", title: "Capital call", cell: (x) => calc(`=IF(${at("stopRule", x)}="STOP","STOP",${at("verdict", x)})`) },
  { key: "verdict", title: "Verdict", cell: (x) => calc(`=${x.s}!${N.Verdict}`) },
  { key: "stopRule", title: "Tracker stop rule", cell: (x) => (x.has.has(A.StopRule) ? calc(`=""&${x.s}!${A.StopRule}`) : undefined) },
  {
    key: "rank",
    title: "Rank",
    // Equal returns share a rank, as RANK does; contracts without a return are not ranked.
    cell: (x) => calc(`=IF(ISNUMBER(${at("ret", x)}),1+SUMPRODUCT(ISNUMBER(${ALL.ret})*(${ALL.ret}>${at("ret", x)})),"")`, "integer"),
  },
  {
    key: "ret",
    title: "Weighted return per unit of cost",
    cell: (x) => calc(`=IF(COUNT(${at("weighted", x)},${at("cost", x)})=2,IF(${at("cost", x)}>0,${at("weighted", x)}/${at("cost", x)},""),"")`, "decimal"),
  },
  { key: "rung", title: "Rung reached", cell: (x) => calc(`=INDEX(${LISTS.rungs},${at("level", x)}+1)`) },
  {
    key: "level",
    title: "Level (0–5)",
    // A rung's name or its number, as the contract holds it; blank is no evidence (level 0).
    cell: (x) => {
      const e = `${x.s}!${N.EvidenceLevel}`;
      return calc(`=IF(ISNUMBER(${e}),${e},IF(LEN(${e})=0,0,MATCH(${e},${LISTS.rungs},0)-1))`, "integer");
    },
  },
  { key: "planned", title: "Planned value", cell: (x) => calc(`=${x.s}!${N.Benefits}`, "currency") },
  // The contract subtracts its whole cost from the weighted benefits; adding it back gives the benefits the evidence supports.
  { key: "evidenced", title: "Evidenced value", cell: (x) => calc(`=${at("weighted", x)}+${at("cost", x)}`, "currency") },
  {
    key: "realised",
    title: "Realised to date",
    cell: (x) =>
      x.has.has(A.ActualValueToDate) && x.has.has(A.ActualMonths) ? calc(`=IF(${at("months", x)}>0,${x.s}!${A.ActualValueToDate},"")`, "currency") : undefined,
  },
  {
    key: "months",
    title: "Months with actuals",
    cell: (x) => (x.has.has(A.ActualMonths) ? calc(`=${x.s}!${A.ActualMonths}`, "integer") : { v: "not tracked", s: "unit" }),
  },
  { key: "cost", title: "Full cost", cell: (x) => calc(`=${x.s}!${N.TotalCost}`, "currency") },
  { key: "weighted", title: "Evidence-weighted value", cell: (x) => calc(`=${x.s}!${N.WeightedValue}`, "currency") },
  { key: "roi", title: "ROI", cell: (x) => calc(`=IF(${at("cost", x)}>0,(${at("planned", x)}-${at("cost", x)})/${at("cost", x)},"")`, "percent") },
  {
    key: "breakeven",
    title: "Break-even, plan (months)",
    cell: (x) => calc(`=IF(ISNA(${x.s}!${N.BreakevenMonths}),"not reached",${x.s}!${N.BreakevenMonths})`, "decimal"),
  },
  {
    key: "reforecast",
    title: "Re-forecast break-even (months)",
    cell: (x) => (x.has.has(A.ReforecastBreakeven) ? calc(`=${x.s}!${A.ReforecastBreakeven}`, "decimal") : undefined),
  },
  { key: "chain", title: "Value chain", cell: (x) => calc(`=""&${x.s}!${N.ValueChain}`) },
  { key: "mandate", title: "Mandate", cell: (x) => calc(`=""&${x.s}!${N.Mandate}`) },
  { key: "owner", title: "Owner", cell: (x) => calc(`=""&${x.s}!${N.Owner}`) },
  { key: "chainCode", title: "Helper: chain", cell: (x) => calc(`=IFERROR(MATCH(${at("chain", x)},${LISTS.chains},0),0)`, "integer") },
  { key: "mandateCode", title: "Helper: mandate", cell: (x) => calc(`=IFERROR(MATCH(${at("mandate", x)},${LISTS.mandates},0),0)`, "integer") },
  // Unranked contracts sort after every ranked one.
  { key: "sort", title: "Helper: order", cell: (x) => calc(`=IF(ISNUMBER(${at("rank", x)}),${at("rank", x)},ROWS(${ALL.name})+1)`, "integer") },
  {
    key: "key",
    title: "Helper: call and place",
    // "SCALE 2": the second-strongest contract to scale; ties keep the sheet's order.
    cell: (x) => {
      const [call, sort, above] = [at("call", x), at("sort", x), x.r - 1];
      const before = `COUNTIFS(${P.call.letter}$${x.head}:${P.call.at(above)},${call},${P.sort.letter}$${x.head}:${P.sort.at(above)},${sort})`;
      return calc(`=IF(ISTEXT(${call}),${call}&" "&(COUNTIFS(${ALL.call},${call},${ALL.sort},"<"&${sort})+${before}+1),"")`);
    },
  },
];

/** A line of guidance across the printed width. */
export function note(b: SheetBuilder, text: string): number {
  const r = b.line([guide(text)]);
  b.merge(`${P.name.at(r)}:${LAST_PRINTED.at(r)}`);
  return r;
}

/** Writes the header and one row per contract, and names each column; returns the header row. */
export function contractBlock(b: SheetBuilder, contracts: readonly PortfolioContract[]): number {
  const head = b.line(COLUMNS.map((c) => header(c.title)));
  const first = b.row;
  for (const contract of contracts) {
    const row: Row = { s: quoteSheet(contract.sheet), has: contract.has, r: b.row, head };
    b.line(COLUMNS.map((c) => c.cell(row) ?? { s: "calc" }));
  }
  const last = b.row - 1;
  for (const [key, name] of Object.entries(ALL) as [Key, string][]) b.name(name, P[key].range(first, last, true));
  b.table("Portfolio", `${P.name.at(head)}:${LAST_PRINTED.at(last)}`);
  note(b, "The helper columns right of the print area put each capital call's contracts in order for the list at the top.");
  return head;
}
