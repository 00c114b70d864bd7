/*
 * Adds actuals beside the plan to every value contract an earlier version inserted, in a fixed
 * number of round trips whatever the number of contracts or their horizon: one to list the
 * sheets, one to read their names, one to prove the cells the actuals need are empty, one to
 * write. Nothing the user typed is changed: a contract whose cells beside the schedule hold
 * anything is refused, one already upgraded is left alone, and if the write fails part-way what
 * was added is removed again (two more syncs).
 */
import { FROZEN_MARK } from "../boardpack/marks";
import { cellRef, parseRange } from "../sheet/a1";
import { plan } from "../sheet/plan";
import { isValueContract } from "../templates/boardSummary";
import type { ActualsLinks } from "../templates/valueContract/actuals";
import { planUpgrade } from "../templates/valueContract/upgrade";
import { InsertError, addChart, hideColumns, officeContent, widthInPoints, writeLooks } from "./insert";
import type { ExcelPort, PortRange, PortWorksheet } from "./port";
import { excelApi, MINIMUM_EXCEL, type Requirements } from "./requirements";

export interface UpgradeResult {
  /** Contracts that now have actuals beside the plan. */
  upgraded: string[];
  /** Contracts that had them already, left alone. */
  current: string[];
  /** Contracts left as they were, and why. */
  refused: { sheet: string; reason: string }[];
}

interface Pending {
  ws: PortWorksheet;
  sheet: string;
  patch: Extract<ReturnType<typeof planUpgrade>, { kind: "upgrade" }>;
  areas: PortRange[];
  columns: { range: PortRange; chars: number }[];
  charts: { readonly items: unknown[] };
}

/** What blocks a contract: the first few cells beside its schedule that hold something. */
function occupied(p: Pending): string | undefined {
  const taken: string[] = [];
  p.areas.forEach((range, i) => {
    const { top, left } = parseRange(p.patch.mustBeEmpty[i]);
    range.formulas.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "" && v !== null) taken.push(cellRef(top + r, left + c));
      }),
    );
  });
  if (taken.length === 0) return undefined;
  return `cells beside its schedule hold your data (${taken.slice(0, 3).join(", ")}${taken.length > 3 ? ", …" : ""}); move them and upgrade again`;
}

/** Queues the patch of one contract. */
function write(p: Pending, has: (v: string) => boolean, currencyFormat: string | undefined): void {
  const [planned] = plan({ id: "valueContract", title: "", sheets: [p.patch.patch] }, { sheetNames: [], tableNames: [] }, { currencyFormat }).sheets;
  for (const block of planned.blocks) {
    const range = p.ws.getRange(block.address);
    range.numberFormat = block.formats;
    range.formulas = block.contents.map((row) => row.map(officeContent));
  }
  writeLooks(p.ws, planned.looks, has);
  for (const ref of planned.merges) p.ws.getRange(ref).merge(false);
  for (const n of planned.names) p.ws.names.add(n.name, p.ws.getRange(n.ref.replace(/\$/g, "")));
  for (const c of planned.charts) addChart(p.ws, c, has);
  for (const { range, chars } of p.columns) range.format.columnWidth = widthInPoints(chars);
  if (has("1.8")) hideColumns(p.ws, planned.hiddenColumns);
}

/** Takes back what a failed write added: its names, its chart, its cells, widths and hidden columns. */
async function undo(context: ExcelPort, pending: Pending[], before: { widths: number[]; hidden: boolean[]; charts: number }[]): Promise<void> {
  const now = pending.map((p) => ({ names: p.ws.names.load("items/name"), charts: p.ws.charts.load("items") }));
  await context.sync();
  pending.forEach((p, i) => {
    const ours = new Set(p.patch.patch.names.map((n) => n.name.toLowerCase()));
    now[i].names.items.filter((n) => ours.has(n.name.toLowerCase())).forEach((n) => p.ws.names.getItem(n.name).delete());
    now[i].charts.items.slice(before[i].charts).forEach((c) => c.delete());
    for (const ref of p.patch.patch.merges) p.ws.getRange(ref).unmerge();
    for (const ref of p.patch.mustBeEmpty) p.ws.getRange(ref).clear();
    p.columns.forEach(({ range }, j) => {
      range.format.columnWidth = before[i].widths[j];
      range.columnHidden = before[i].hidden[j];
    });
  });
  await context.sync();
}

/** Upgrades every value contract in the workbook that lacks actuals; see the file comment. */
export async function upgradeContracts(context: ExcelPort, links: ActualsLinks, requirements: Requirements, currencyFormat?: string): Promise<UpgradeResult> {
  const has = excelApi(requirements);
  if (!has("1.4")) throw new InsertError(`This version of Excel is too old for AIVALUE templates. ${MINIMUM_EXCEL}`);
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const names = sheets.items.map((ws) => ws.names.load("items/name,items/formula"));
  // Tables share the names' namespace: a name the upgrade adds must not be one of theirs.
  const tables = context.workbook.tables.load("items/name");
  await context.sync();

  const result: UpgradeResult = { upgraded: [], current: [], refused: [] };
  const pending: Pending[] = [];
  sheets.items.forEach((ws, i) => {
    const scoped = new Map(names[i].items.map((n) => [n.name, String(n.formula)]));
    const lower = new Set([...scoped.keys()].map((n) => n.toLowerCase()));
    if (!isValueContract(lower) || lower.has(FROZEN_MARK.toLowerCase())) return;
    const planned = planUpgrade(ws.name, scoped, links, tables.items.map((t) => t.name));
    if (planned.kind === "upgraded") result.current.push(ws.name);
    else if (planned.kind === "refused") result.refused.push({ sheet: ws.name, reason: planned.reason });
    else {
      const areas = planned.mustBeEmpty.map((ref) => ws.getRange(ref).load("formulas"));
      const columns = planned.widths.map((w) => ({ range: ws.getRange(`${w.column}:${w.column}`).load("format/columnWidth,columnHidden"), chars: w.chars }));
      pending.push({ ws, sheet: ws.name, patch: planned, areas, columns, charts: ws.charts.load("items") });
    }
  });
  if (pending.length === 0) return result;
  await context.sync();

  const ready = pending.filter((p) => {
    const reason = occupied(p);
    if (reason) result.refused.push({ sheet: p.sheet, reason });
    return !reason;
  });
  if (ready.length === 0) return result;
  const before = ready.map((p) => ({ widths: p.columns.map((c) => c.range.format.columnWidth), hidden: p.columns.map((c) => c.range.columnHidden), charts: p.charts.items.length }));
  try {
    ready.forEach((p) => write(p, has, currencyFormat));
    await context.sync();
  } catch (e) {
    await undo(context, ready, before);
    throw e;
  }
  result.upgraded.push(...ready.map((p) => p.sheet));
  return result;
}
