import type { JsonObject } from "./jsonObjects";
import { ownedText } from "./ownedText";

/** A way to allocate charges: a key in the Tags JSON, or a column (sub-account, resource, `x_`…). */
export type AllocationKey = { readonly tag: string } | { readonly column: string };

/** One candidate allocation key and how well it covers the AI rows. */
export interface KeyCandidate {
  readonly key: AllocationKey;
  /** AI rows that carry a value for it. */
  readonly rows: number;
  /** Distinct values seen, counted up to {@link DISTINCT_CAP}. */
  readonly distinct: number;
  /** True when there are more distinct values than {@link DISTINCT_CAP}: too fine to allocate by. */
  readonly moreThanCap: boolean;
}

/** Distinct values counted per candidate; beyond it a key is too fine-grained to be useful. */
export const DISTINCT_CAP = 1000;

/** Tag keys tracked; a file with more lists the first ones met. */
const TAG_KEYS_CAP = 500;

/** The tag key the value contract template tells teams to use. */
export const CONTRACT_TAG = "ai-value-contract";

interface Tally {
  rows: number;
  values: Set<string> | null;
}

/**
 * Counts, over the AI rows, which tag keys and candidate columns carry values, so the
 * pane can propose an allocation key before anything is written.
 */
export class KeyProposal {
  private readonly tags = new Map<string, Tally>();
  private readonly columns = new Map<string, Tally>();

  /** Notes one AI row's tags and the values of the candidate columns (name → position). */
  add(tags: JsonObject, fields: readonly string[], keyColumns: ReadonlyMap<string, number>): void {
    for (const key of Object.keys(tags)) {
      const value = tagValue(tags[key]);
      if (value === null) continue;
      if (!this.tags.has(key) && this.tags.size >= TAG_KEYS_CAP) continue;
      tally(this.tags, key, value);
    }
    for (const [column, i] of keyColumns) {
      const value = (fields[i] ?? "").trim();
      if (value !== "") tally(this.columns, column, value);
    }
  }

  /**
   * Candidates, best first: the contract tag, then by rows covered, then fewer distinct
   * values. Keys with more than {@link DISTINCT_CAP} values are listed last.
   */
  candidates(): KeyCandidate[] {
    const list: KeyCandidate[] = [];
    const push = (key: AllocationKey, t: Tally): void => {
      list.push({ key, rows: t.rows, distinct: t.values?.size ?? DISTINCT_CAP, moreThanCap: t.values === null });
    };
    for (const [tag, t] of this.tags) push({ tag }, t);
    for (const [column, t] of this.columns) push({ column }, t);
    const rank = (c: KeyCandidate): number => (c.moreThanCap ? 2 : "tag" in c.key && c.key.tag === CONTRACT_TAG ? 0 : 1);
    return list.sort((a, b) => rank(a) - rank(b) || b.rows - a.rows || a.distinct - b.distinct);
  }
}

/** A tag's value as text; `null` for a missing value. Valueless tags carry `true` in FOCUS. */
export function tagValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value.trim() : typeof value === "object" ? JSON.stringify(value) : String(value);
}

function tally(map: Map<string, Tally>, key: string, value: string): void {
  let t = map.get(key);
  if (t === undefined) {
    t = { rows: 0, values: new Set() };
    map.set(ownedText(key), t);
  }
  t.rows++;
  if (t.values !== null && !t.values.has(value)) {
    t.values.add(ownedText(value));
    if (t.values.size > DISTINCT_CAP) t.values = null;
  }
}
