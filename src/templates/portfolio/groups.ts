/*
 * The portfolio's summaries, each a table of groups over the per-contract block in native
 * SUMIFS/COUNTIFS: where to move capital (by capital call), by value chain, by mandate and
 * by evidence rung, with the same money columns in the same place in every table.
 */
import { RUNG_NAMES } from "../../core/rungs";
import { Column, SheetBuilder, calc, columns, header, label } from "../../sheet/builder";
import type { Cell } from "../../sheet/spec";
import { MANDATES, VALUE_CHAINS } from "../valueContract/data";
import { LAST_PRINTED } from "./contracts";
import { ALL, LISTS, PORTFOLIO_NAMES as PN } from "./names";

/** A summary's columns from A: the group, then the money every table shows; rung shares follow in I…N. */
export const G = columns(["label", "count", "planned", "evidenced", "realised", "cost", "weighted", "roi", "share"]);
const TITLES = ["Contracts", "Planned value", "Evidenced value", "Realised to date", "Full cost", "Evidence-weighted value", "ROI"];

/** B…H of a group's row; `criteria` are SUMIFS criteria pairs that pick the group's contracts. */
function groupCells(criteria: string, r: number): Cell[] {
  const sum = (range: string) => calc(`=SUMIFS(${range},${criteria})`, "currency");
  const [planned, cost] = [G.planned.at(r), G.cost.at(r)];
  return [
    calc(`=COUNTIFS(${criteria})`, "integer"),
    sum(ALL.planned),
    sum(ALL.evidenced),
    // Blank, never 0, when none of the group's contracts has an actual month yet.
    calc(`=IF(COUNTIFS(${criteria},${ALL.months},">0")=0,"",SUMIFS(${ALL.realised},${criteria}))`, "currency"),
    sum(ALL.cost),
    sum(ALL.weighted),
    calc(`=IF(${cost}>0,(${planned}-${cost})/${cost},"")`, "percent"),
  ];
}

/** B…H of a total row over rows first…last. */
function totalCells(first: number, last: number, r: number): Cell[] {
  const sum = (c: keyof typeof G, fmt: "integer" | "currency") => calc(`=SUM(${G[c].range(first, last)})`, fmt);
  const realised = G.realised.range(first, last);
  const [planned, cost] = [G.planned.at(r), G.cost.at(r)];
  return [
    sum("count", "integer"),
    sum("planned", "currency"),
    sum("evidenced", "currency"),
    calc(`=IF(COUNT(${realised})=0,"",SUM(${realised}))`, "currency"),
    sum("cost", "currency"),
    sum("weighted", "currency"),
    calc(`=IF(${cost}>0,(${planned}-${cost})/${cost},"")`, "percent"),
  ];
}

/** The share of a row's planned value at each rung, in I…N under the rung names on row `rungs`. */
function shareCells(criteria: string | undefined, r: number, rungs: number): Cell[] {
  return RUNG_NAMES.map((_, j) => {
    const col = G.share.index + j;
    const rung = `${new Column(col).letter}$${rungs}`;
    const pick = criteria ? `${criteria},${ALL.rung},${rung}` : `${ALL.rung},${rung}`;
    return calc(`=IF(${G.planned.at(r)}=0,"",SUMIFS(${ALL.planned},${pick})/${G.planned.at(r)})`, "percent");
  });
}

export interface Grouping {
  title: string;
  /** The groups, in the spec's order: they become the list the contracts' codes are matched against. */
  items: readonly string[];
  /** The block's column holding each contract's group, and its code (0 when not in the list). */
  column: string;
  code: string;
  list: string;
}

export const BY_CHAIN: Grouping = { title: "Value chain", items: VALUE_CHAINS, column: ALL.chain, code: ALL.chainCode, list: LISTS.chains };
export const BY_MANDATE: Grouping = { title: "Mandate", items: MANDATES, column: ALL.mandate, code: ALL.mandateCode, list: LISTS.mandates };

/** A table by value chain or by mandate, with a row for contracts in none of them and a total; returns the total's row. */
export function groupTable(b: SheetBuilder, g: Grouping, totalNames = false): { first: number; last: number; total: number } {
  const band = b.line([undefined], G.share.index);
  b.put(band, G.share.index, [header("Share of planned value by the rung its evidence reaches")]);
  b.merge(`${G.share.at(band)}:${new Column(G.share.index + RUNG_NAMES.length - 1).at(band)}`);
  const head = b.line([header(g.title), ...TITLES.map(header), ...RUNG_NAMES.map(header)]);
  const first = b.row;
  for (const item of g.items) {
    const r = b.row;
    const criteria = `${g.column},$${G.label.letter}${r}`;
    b.line([label(item), ...groupCells(criteria, r), ...shareCells(criteria, r, head)]);
  }
  b.name(g.list, G.label.range(first, b.row - 1, true));
  const none = b.row;
  b.line([label(`No ${g.title.toLowerCase()}, or one not in the list`), ...groupCells(`${g.code},0`, none), ...shareCells(`${g.code},0`, none, head)]);
  const total = b.row;
  b.line([label("Portfolio", "header"), ...totalCells(first, none, total), ...shareCells(undefined, total, head)]);
  if (totalNames) {
    const names: [string, keyof typeof G][] = [
      [PN.Contracts, "count"],
      [PN.Planned, "planned"],
      [PN.Evidenced, "evidenced"],
      [PN.RealisedToDate, "realised"],
      [PN.Cost, "cost"],
      [PN.Weighted, "weighted"],
      [PN.ROI, "roi"],
    ];
    for (const [name, c] of names) b.name(name, G[c].at(total, true));
  }
  return { first, last: g.items.length + first - 1, total };
}

/** What each capital call asks of the money, in words. */
const CALLS: [string, string][] = [
  ["SCALE", "Move capital in: value clears the scale line on the evidence the contract requires."],
  ["PROVE", "Fund the measurement, not the roll-out: value is claimed above the scale line but not yet evidenced."],
  ["REDESIGN", "Hold spending: change the mechanism or the capture decision before adding money."],
  ["STOP", "Release the budget and the people: value is below the stop line, or the tracker saw nothing move."],
];

/** How many contracts each call names, strongest evidence first. */
const NAMED = 3;

/** Where to move capital: the contracts of each call, the money at stake, what to do and the strongest of them. */
export function capitalTable(b: SheetBuilder): { first: number; last: number } {
  // The advice under the rung-share columns (I…M), the names from N to the last printed column.
  const [what, who] = [G.share.index, G.share.index + RUNG_NAMES.length - 1];
  const head = b.line([header("Capital call"), ...TITLES.map(header)]);
  b.put(head, what, [header("What to do")]);
  b.put(head, who, [header(`Contracts, strongest evidence first (up to ${NAMED})`)]);
  b.merge(`${new Column(what).at(head)}:${new Column(who - 1).at(head)}`);
  b.merge(`${new Column(who).at(head)}:${LAST_PRINTED.at(head)}`);
  const first = b.row;
  for (const [call, advice] of CALLS) {
    const r = b.row;
    const criteria = `${ALL.call},$${G.label.letter}${r}`;
    const place = (n: number) => `INDEX(${ALL.name},MATCH($${G.label.letter}${r}&" ${n}",${ALL.key},0))`;
    const named = Array.from({ length: NAMED }, (_, i) => (i === 0 ? `IFERROR(${place(1)},"")` : `IFERROR(", "&${place(i + 1)},"")`)).join("&");
    const count = G.count.at(r);
    b.line([label(call, "header"), ...groupCells(criteria, r)]);
    b.put(r, what, [label(advice, "guide")]);
    b.put(r, who, [calc(`=IF(${count}=0,"none",${named}&IF(${count}>${NAMED}," and "&(${count}-${NAMED})&" more",""))`)]);
    b.merge(`${new Column(what).at(r)}:${new Column(who - 1).at(r)}`);
    b.merge(`${new Column(who).at(r)}:${LAST_PRINTED.at(r)}`);
  }
  return { first, last: b.row - 1 };
}

/** Value by the rung its evidence reaches, with the share resting on Behavioural evidence or less; returns its rows. */
export function rungTable(b: SheetBuilder): { first: number; last: number; total: number } {
  b.line([header("Rung reached"), ...TITLES.map(header), header("Planned share")]);
  const first = b.row;
  for (const rung of RUNG_NAMES) {
    const r = b.row;
    b.line([label(rung), ...groupCells(`${ALL.rung},$${G.label.letter}${r}`, r), calc(`=IF(${PN.Planned}=0,"",${G.planned.at(r)}/${PN.Planned})`, "percent")]);
  }
  const last = b.row - 1;
  b.name(LISTS.rungs, G.label.range(first, last, true));
  const total = b.row;
  b.line([label("All rungs", "header"), ...totalCells(first, last, total), calc(`=IF(${PN.Planned}=0,"",${G.planned.at(total)}/${PN.Planned})`, "percent")]);
  // Rungs 0–2 (None, Technical, Behavioural): the system works and people use it, but no work or money has been seen to change.
  const weak = b.line([label("Planned value on Behavioural evidence or less")]);
  b.put(weak, G.share.index, [calc(`=IF(${PN.Planned}=0,"",SUM(${G.planned.range(first, first + 2)})/${PN.Planned})`, "percent")]);
  b.name(PN.WeakEvidenceShare, G.share.at(weak, true));
  return { first, last, total };
}
