/*
 * The allocation keys proposed for a set of files: each file's candidates (see
 * src/billing/proposal.ts) pooled, so the key the most AI rows carry across all files comes
 * first, and the contract tag first of all when any row carries it.
 */
import { allocationName } from "../../billing/ledger";
import { type AllocationKey, CONTRACT_TAG, type KeyCandidate } from "../../billing/proposal";

/**
 * Pools candidates by key: rows add up; distinct values are at least the largest file's.
 *
 * @example
 * poolCandidates([[{ key: { tag: "team" }, rows: 3, distinct: 2, moreThanCap: false }],
 *                 [{ key: { tag: "team" }, rows: 4, distinct: 3, moreThanCap: false }]]);
 * //=> [{ key: { tag: "team" }, rows: 7, distinct: 3, moreThanCap: false }]
 */
export function poolCandidates(perFile: readonly (readonly KeyCandidate[])[]): KeyCandidate[] {
  const pooled = new Map<string, KeyCandidate>();
  for (const candidate of perFile.flat()) {
    const name = allocationName(candidate.key);
    const seen = pooled.get(name);
    pooled.set(
      name,
      seen === undefined
        ? candidate
        : {
            key: seen.key,
            rows: seen.rows + candidate.rows,
            distinct: Math.max(seen.distinct, candidate.distinct),
            moreThanCap: seen.moreThanCap || candidate.moreThanCap,
          },
    );
  }
  const rank = (c: KeyCandidate): number => (c.moreThanCap ? 2 : isContractTag(c.key) ? 0 : 1);
  return [...pooled.values()].sort((a, b) => rank(a) - rank(b) || b.rows - a.rows || a.distinct - b.distinct);
}

/** The key to propose: the best candidate a sheet can use (too fine-grained keys are never proposed). */
export function proposedKey(candidates: readonly KeyCandidate[]): AllocationKey | null {
  return candidates.find((c) => !c.moreThanCap)?.key ?? null;
}

/** Whether two keys are the same key. */
export function sameKey(a: AllocationKey | null, b: AllocationKey | null): boolean {
  return allocationName(a) === allocationName(b);
}

function isContractTag(key: AllocationKey): boolean {
  return "tag" in key && key.tag === CONTRACT_TAG;
}
