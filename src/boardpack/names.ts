/*
 * Defined names, followed to the end: a name may stand for a range, for a formula that
 * calls AIVALUE (`=AIVALUE.ROI(Gain,Cost)` as a name), or for another such name, on its
 * own sheet or the workbook's. Each is resolved once; a cycle resolves to nothing more.
 */
import { formulaReads, type Area } from "./formulaRefs";
import type { StructRef } from "./tables";

export interface NameDef {
  name: string;
  /** As Excel gives it: "=Sheet!$B$5", "=AIVALUE.ROI(1,2)". */
  formula: string;
}

/** What using a name reads. Areas without `sheets` are relative to the formula that uses the name. */
export interface NameReads {
  areas: Area[];
  /** Table references the name holds, resolved where the name is used (tables are workbook-wide). */
  structs: StructRef[];
  direct: boolean;
  dynamic?: string;
}

const NOTHING: NameReads = { areas: [], structs: [], direct: false };

export class NameResolver {
  private readonly defs = new Map<string, { scope?: string; formula: string }>();
  private readonly done = new Map<string, NameReads>();
  private readonly visiting = new Set<string>();

  /** `scoped` holds each sheet's own names by sheet; workbook names apply everywhere. */
  constructor(workbook: NameDef[], scoped: { sheet: string; names: NameDef[] }[]) {
    for (const n of workbook) this.defs.set(`!${n.name.toLowerCase()}`, { formula: n.formula });
    for (const s of scoped) for (const n of s.names) this.defs.set(`${s.sheet.toLowerCase()}!${n.name.toLowerCase()}`, { scope: s.sheet, formula: n.formula });
  }

  /** A name as written on `sheet`, qualified (`Other!Name`) or not: the sheet's own name first, then the workbook's. */
  resolve(sheet: string, name: string, qualified?: string): NameReads {
    const local = `${(qualified ?? sheet).toLowerCase()}!${name.toLowerCase()}`;
    const key = this.defs.has(local) ? local : `!${name.toLowerCase()}`;
    const def = this.defs.get(key);
    if (!def) return NOTHING;
    const known = this.done.get(key);
    if (known) return known;
    if (this.visiting.has(key)) return NOTHING;
    this.visiting.add(key);
    const own = formulaReads(def.formula.startsWith("=") ? def.formula : `=${def.formula}`);
    // A sheet's own name reads its sheet where it does not say otherwise.
    const at = (a: Area): Area => (a.sheets || !def.scope ? a : { ...a, sheets: [def.scope, def.scope] });
    const result: NameReads = { areas: own.areas.map(at), structs: [...own.structs], direct: own.direct, dynamic: own.dynamic };
    for (const n of own.names) {
      const inner = this.resolve(def.scope ?? sheet, n.name, n.sheet);
      result.areas.push(...inner.areas.map(at));
      result.structs.push(...inner.structs);
      result.direct ||= inner.direct;
      result.dynamic ??= inner.dynamic;
    }
    this.visiting.delete(key);
    // Workbook names with relative areas depend on the sheet that uses them: not cached.
    if (def.scope || result.areas.every((a) => a.sheets)) this.done.set(key, result);
    return result;
  }
}
