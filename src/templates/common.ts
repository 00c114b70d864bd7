/* What every template shares: page setup, the check block and the evidence-weight policy. */
import { RUNG_NAMES, DEFAULT_EVIDENCE_WEIGHTS } from "../core/rungs";
import { SheetBuilder, header, input } from "../sheet/builder";
import type { PageSpec } from "../sheet/spec";

/**
 * Header and footer: what the sheet is (the contract's name where it has one) and the
 * print date, on every page. Header text is Excel code, so a literal "&" becomes "&&".
 */
export function page(orientation: PageSpec["orientation"], headerText: string): Omit<PageSpec, "printArea"> {
  return {
    orientation,
    titleRows: "$1:$2",
    header: headerText.replace(/&/g, "&&"),
    footer: "Printed &D — page &P of &N",
  };
}

/** The name of every template's master check. */
export const MASTER_CHECK = "MasterCheck";

export interface Check {
  label: string;
  /** A formula giving 0 when all is well and 1 when not. */
  formula: string;
  advice: string;
}

/**
 * The check block: one row per check (0 = OK) and a master check that counts the
 * problems. Returns the master check's absolute reference.
 */
export function checkBlock(b: SheetBuilder, checks: Check[]): string {
  b.section("Checks");
  const first = b.row;
  for (const c of checks) b.field(c.label, { f: c.formula, s: "check", fmt: "integer" }, { unit: "0 = OK", guide: c.advice });
  const range = `${SheetBuilder.abs(first, b.layout.value)}:${SheetBuilder.abs(b.row - 1, b.layout.value)}`;
  const r = b.field("Master check", { f: `=IF(SUM(${range})=0,"OK",SUM(${range})&" to resolve")`, s: "master" }, {
    name: MASTER_CHECK,
    guide: "Reads OK when every check above is 0. Share the sheet only when it does.",
  });
  return SheetBuilder.abs(r, b.layout.value);
}

/**
 * The evidence-weight policy as six named inputs (levels 0…5): visible, so a CFO can
 * replace the default starting point. Returns the policy range.
 */
export function weightPolicy(b: SheetBuilder, weights: readonly number[] = DEFAULT_EVIDENCE_WEIGHTS): string {
  b.section("Evidence-weight policy");
  b.line([header("Level reached")]);
  b.put(b.row - 1, b.layout.value, [header("Weight")]);
  const first = b.row;
  RUNG_NAMES.forEach((rung, level) =>
    b.field(`${level} — ${rung}`, input(weights[level], "percent"), {
      unit: "share of value",
      guide:
        level === 0
          ? "How much of a value claim counts at each level of evidence. A starting point: replace it with your own policy; weights run 0–100% and must not fall as the level rises."
          : undefined,
    }),
  );
  const ref = `${SheetBuilder.abs(first, b.layout.value)}:${SheetBuilder.abs(b.row - 1, b.layout.value)}`;
  b.name("EvidenceWeights", ref);
  b.validate({ ref: ref.replace(/\$/g, ""), decimal: { min: 0, max: 1 }, prompt: "A weight from 0% to 100%." });
  return ref;
}

/** The check formula for a weight policy: six numbers in 0…1 that never fall. */
export function weightsCheck(ref: string): string {
  const [top, bottom] = ref.split(":");
  const col = top.split("$")[1];
  const first = Number(top.split("$")[2]);
  const last = Number(bottom.split("$")[2]);
  const lower = `$${col}$${first}:$${col}$${last - 1}`;
  const upper = `$${col}$${first + 1}:$${col}$${last}`;
  return `=IF(AND(COUNT(${ref})=6,MIN(${ref})>=0,MAX(${ref})<=1,SUMPRODUCT((${upper}<${lower})*1)=0),0,1)`;
}
