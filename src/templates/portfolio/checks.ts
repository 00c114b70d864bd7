/*
 * The portfolio's checks: every contract computes and sits in one value chain and one
 * mandate, and every summary adds up to the sum over the contracts — the identity a CFO
 * relies on when reading any one table alone.
 */
import { Column, SheetBuilder } from "../../sheet/builder";
import { checkBlock, type Check } from "../common";
import { LAST_PRINTED, P } from "./contracts";
import { G } from "./groups";
import { ALL, LISTS } from "./names";

/** Where each summary's figures are: a total row, or the rows it spans. */
export interface Totals {
  chains: number;
  mandates: number;
  rungs: number;
  calls: { first: number; last: number };
  block: { first: number; last: number };
}

/** A check that a summary's count and money equal the sums over the contracts, within the rounding tolerance. */
function addsUp(figure: (c: Column) => string): string {
  const money: [Column, string][] = [
    [G.planned, ALL.planned],
    [G.evidenced, ALL.evidenced],
    [G.realised, ALL.realised],
    [G.cost, ALL.cost],
    [G.weighted, ALL.weighted],
  ];
  const same = money.map(([c, all]) => `ABS(SUM(${figure(c)})-SUM(${all}))<=${LISTS.tolerance}`);
  // Any error means the identity cannot be shown: flag it rather than pass.
  return `=IFERROR(IF(AND(SUM(${figure(G.count)})=ROWS(${ALL.name}),${same.join(",")}),0,1),1)`;
}

/** The check block, the tolerance it uses, and the master check shown on `masterRow`. */
export function portfolioChecks(b: SheetBuilder, t: Totals, masterRow: number): void {
  const row = (r: number) => (c: Column) => c.at(r);
  const checks: Check[] = [
    {
      label: "Every contract computes",
      formula: `=IF(SUMPRODUCT(ISERROR(${P.name.at(t.block.first)}:${LAST_PRINTED.at(t.block.last)})*1)=0,0,1)`,
      advice: "A contract row shows an error: open that contract and clear its check block, then refresh.",
    },
    {
      label: "Each contract in a value chain",
      formula: `=IF(COUNTIF(${ALL.chainCode},0)=0,0,1)`,
      advice: "Pick the contract's value chain from its list; until then it is counted under \"No value chain\".",
    },
    {
      label: "Each contract under a mandate",
      formula: `=IF(COUNTIF(${ALL.mandateCode},0)=0,0,1)`,
      advice: "Pick the contract's mandate from its list; until then it is counted under \"No mandate\".",
    },
    { label: "Value chains add up", formula: addsUp(row(t.chains)), advice: "The value-chain table must total the contracts below." },
    { label: "Mandates add up", formula: addsUp(row(t.mandates)), advice: "The mandate table must total the contracts below." },
    { label: "Evidence rungs add up", formula: addsUp(row(t.rungs)), advice: "A contract whose evidence level is not a rung's name or number falls out of this table." },
    { label: "Capital calls add up", formula: addsUp((c) => c.range(t.calls.first, t.calls.last)), advice: "A contract without a verdict is in no capital call." },
  ];
  const first = b.row + 1;
  const master = checkBlock(b, checks);
  // Guidance runs across the printed width, so each check keeps to one line.
  for (let r = first; r < first + checks.length + 1; r++) b.merge(`${G.share.at(r)}:${LAST_PRINTED.at(r)}`);
  b.field("Rounding tolerance", { v: 0.005, s: "calc", fmt: "number" }, { name: LISTS.tolerance, unit: "currency", guide: "Half a cent: sums of the same amounts in another order may differ in the last digits." });
  b.merge(`${G.share.at(b.row - 1)}:${LAST_PRINTED.at(b.row - 1)}`);
  b.put(masterRow, G.count.index, [{ f: `=${master}`, s: "master" }]);
}
