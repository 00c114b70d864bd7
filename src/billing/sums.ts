import { addDecimal, type Decimal, ZERO } from "./decimal";

/** Exact sums of FOCUS's four cost columns over some rows, and how many rows they cover. */
export interface CostSums {
  readonly billed: Decimal;
  readonly effective: Decimal;
  /** ListCost and ContractedCost over the rows that state them (see the `…Missing` counts). */
  readonly list: Decimal;
  readonly contracted: Decimal;
  readonly rows: number;
  /** Rows whose ListCost or ContractedCost cell was empty: those sums are partial. */
  readonly listMissing: number;
  readonly contractedMissing: number;
}

/** No rows. */
export const NO_COSTS: CostSums = {
  billed: ZERO,
  effective: ZERO,
  list: ZERO,
  contracted: ZERO,
  rows: 0,
  listMissing: 0,
  contractedMissing: 0,
};

/** The costs of one row. */
export interface RowCosts {
  readonly billed: Decimal;
  readonly effective: Decimal;
  readonly list: Decimal | null;
  readonly contracted: Decimal | null;
}

/**
 * `sums` with one more row.
 *
 * @example
 * addCosts(NO_COSTS, { billed: d("1.5"), effective: d("1.5"), list: null, contracted: d("2") });
 * //=> billed 1.5, effective 1.5, list 0 (listMissing 1), contracted 2, rows 1
 */
export function addCosts(sums: CostSums, row: RowCosts): CostSums {
  return {
    billed: addDecimal(sums.billed, row.billed),
    effective: addDecimal(sums.effective, row.effective),
    list: row.list === null ? sums.list : addDecimal(sums.list, row.list),
    contracted: row.contracted === null ? sums.contracted : addDecimal(sums.contracted, row.contracted),
    rows: sums.rows + 1,
    listMissing: sums.listMissing + (row.list === null ? 1 : 0),
    contractedMissing: sums.contractedMissing + (row.contracted === null ? 1 : 0),
  };
}

/** a + b: the sums of two disjoint sets of rows. */
export function mergeCosts(a: CostSums, b: CostSums): CostSums {
  return {
    billed: addDecimal(a.billed, b.billed),
    effective: addDecimal(a.effective, b.effective),
    list: addDecimal(a.list, b.list),
    contracted: addDecimal(a.contracted, b.contracted),
    rows: a.rows + b.rows,
    listMissing: a.listMissing + b.listMissing,
    contractedMissing: a.contractedMissing + b.contractedMissing,
  };
}

/** Sums for one currency; currencies are never added together. */
export interface CurrencyCosts extends CostSums {
  readonly currency: string;
}

/** A currency → sums map as a list in currency order, the form a sheet block holds. */
export function byCurrency(totals: ReadonlyMap<string, CostSums>): CurrencyCosts[] {
  return [...totals].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([currency, sums]) => ({ currency, ...sums }));
}

/** Adds one row's costs to its currency's sums in `totals`. */
export function addByCurrency(totals: Map<string, CostSums>, currency: string, row: RowCosts): void {
  totals.set(currency, addCosts(totals.get(currency) ?? NO_COSTS, row));
}
