/*
 * The sequential design's constants, computed when a tracker is inserted (like a contract's
 * horizon): O'Brien–Fleming's boundary constant and the sample-size inflation it costs, for
 * the planned looks, one- and two-sided, at the design's alpha and power.
 */
import { isCalcError, type CalcError } from "../../core/calcError";
import { obrienFleming } from "../../core/obrienFleming";
import { sequentialInflation } from "../../core/sequentialInflation";
import { DESIGN, MIN_LOOKS, WEEK_ROWS } from "./data";

export interface Design {
  looks: number;
  /** Boundary constant and inflation factor by tails (index 0: one-sided, 1: two-sided). */
  constant: [number, number];
  inflation: [number, number];
}

// Each constant is a numerical integration (tenths of a second): computed once per look count.
const cache = new Map<number, Design>();

/** The design for `looks` weekly looks; a look count outside 2…26 is refused. */
export function design(looks: number): Design {
  if (!(Number.isInteger(looks) && looks >= MIN_LOOKS && looks <= WEEK_ROWS)) {
    throw new RangeError(`The planned weekly looks must be a whole number from ${MIN_LOOKS} to ${WEEK_ROWS}, not ${looks}.`);
  }
  const known = cache.get(looks);
  if (known) return known;
  const value = (x: number | CalcError): number => {
    if (isCalcError(x)) throw new RangeError(x.message);
    return x;
  };
  const made: Design = {
    looks,
    constant: [value(obrienFleming(looks, DESIGN.alpha, 1)), value(obrienFleming(looks, DESIGN.alpha, 2))],
    inflation: [value(sequentialInflation(looks, DESIGN.alpha, DESIGN.power, 1)), value(sequentialInflation(looks, DESIGN.alpha, DESIGN.power, 2))],
  };
  cache.set(looks, made);
  return made;
}
