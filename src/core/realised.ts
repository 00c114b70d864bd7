/** The five kinds of benefit REALISED counts; each may be any sign. */
export interface Benefits {
  incrementalRevenue: number;
  protectedEarnings: number;
  redeployedCapacity: number;
  avoidedLoss: number;
  optionValue: number;
}

/** The four kinds of cost REALISED subtracts, entered as positive amounts. */
export interface Costs {
  lifecycleCost: number;
  transitionCost: number;
  riskFailureCost: number;
  cannibalisation: number;
}

/**
 * Realised AI value: the benefits the enterprise actually books, less the full
 * economic cost of getting them.
 *
 * @example
 * realised(
 *   { incrementalRevenue: 126000, protectedEarnings: 0, redeployedCapacity: 40000, avoidedLoss: 0, optionValue: 0 },
 *   { lifecycleCost: 120000, transitionCost: 20000, riskFailureCost: 0, cannibalisation: 0 },
 * ); //=> 26000
 */
export function realised(benefits: Benefits, costs: Costs): number {
  const gained =
    benefits.incrementalRevenue +
    benefits.protectedEarnings +
    benefits.redeployedCapacity +
    benefits.avoidedLoss +
    benefits.optionValue;
  const spent = costs.lifecycleCost + costs.transitionCost + costs.riskFailureCost + costs.cannibalisation;
  return gained - spent;
}
