/**
 * Value captured from released capacity: hours × hourly cost × capture rate, summed
 * over the items (people, teams or roles). Released hours are only potential value;
 * the capture rate records what management decided to do with them.
 *
 * Preconditions: equal-length arrays; hours and cost ≥ 0; 0 ≤ rate ≤ 1.
 *
 * @example
 * // 1,000 employees each saving 5 hours a week for 46 weeks at $60/hour, 30% captured
 * captured([1000 * 5 * 46], [60], [0.3]); //=> 4140000
 */
export function captured(
  hoursReleased: readonly number[],
  hourlyCost: readonly number[],
  captureRate: readonly number[],
): number {
  let total = 0;
  for (let i = 0; i < hoursReleased.length; i++) {
    total += hoursReleased[i] * hourlyCost[i] * captureRate[i];
  }
  return total;
}
