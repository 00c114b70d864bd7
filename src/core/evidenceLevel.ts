/**
 * The rung of the evidence ladder reached: how many rungs are evidenced in a row from
 * Technical upward. A gap stops the climb, so financial evidence without operational
 * evidence reaches level 2 at most.
 *
 * @example
 * evidenceLevel([true, true, false, true, false]); //=> 2
 */
export function evidenceLevel(rungs: readonly boolean[]): number {
  let level = 0;
  while (level < rungs.length && rungs[level]) level++;
  return level;
}
