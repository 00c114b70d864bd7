import { addDecimal, type Decimal, ExactSum, ZERO } from "./decimal";

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
 * Sums of the costs of rows as they are read, changed in place (see {@link ExactSum}).
 *
 * @example
 * const costs = new CostAccumulator();
 * costs.add({ billed: d("1.5"), effective: d("1.5"), list: null, contracted: d("2") });
 * costs.value(); //=> billed 1.5, effective 1.5, list 0 (listMissing 1), contracted 2, rows 1
 */
export class CostAccumulator {
  private readonly billed = new ExactSum();
  private readonly effective = new ExactSum();
  private readonly list = new ExactSum();
  private readonly contracted = new ExactSum();
  private rows = 0;
  private listMissing = 0;
  private contractedMissing = 0;

  add(row: RowCosts): void {
    this.billed.add(row.billed);
    this.effective.add(row.effective);
    if (row.list === null) this.listMissing++;
    else this.list.add(row.list);
    if (row.contracted === null) this.contractedMissing++;
    else this.contracted.add(row.contracted);
    this.rows++;
  }

  value(): CostSums {
    return {
      billed: this.billed.value(),
      effective: this.effective.value(),
      list: this.list.value(),
      contracted: this.contracted.value(),
      rows: this.rows,
      listMissing: this.listMissing,
      contractedMissing: this.contractedMissing,
    };
  }
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
export function byCurrency(totals: ReadonlyMap<string, CostSums | CostAccumulator>): CurrencyCosts[] {
  return [...totals]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, sums]) => ({ currency, ...(sums instanceof CostAccumulator ? sums.value() : sums) }));
}

/** Adds one row's costs to its currency's sums in `totals`. */
export function addByCurrency(totals: Map<string, CostAccumulator>, currency: string, row: RowCosts): void {
  let sums = totals.get(currency);
  if (sums === undefined) {
    sums = new CostAccumulator();
    totals.set(currency, sums);
  }
  sums.add(row);
}
