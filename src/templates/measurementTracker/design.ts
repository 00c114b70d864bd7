/*
 * The sequential design's constants, computed when a tracker is inserted (like a contract's
 * horizon): O'Brien–Fleming's boundary constant and the sample-size inflation it costs, for
 * the planned looks, one- and two-sided, at the design's alpha and power.
 */
import { isCalcError, type CalcError } from "../../core/calcError";
import { obrienFleming } from "../../core/obrienFleming";
import { sequentialInflation } from "../../core/sequentialInflation";
import { ALPHA_RANGE, DESIGN, MIN_LOOKS, POWER_RANGE, WEEK_ROWS } from "./data";

export interface Design {
  looks: number;
  alpha: number;
  power: number;
  /** Boundary constant and inflation factor by tails (index 0: one-sided, 1: two-sided). */
  constant: [number, number];
  inflation: [number, number];
}

// Each constant is a numerical integration (tenths of a second): computed once per design.
const cache = new Map<string, Design>();

/** The design for `looks` weekly looks at these error rates; anything outside the offered ranges is refused. */
export function design(looks: number, alpha: number = DESIGN.alpha, power: number = DESIGN.power): Design {
  if (!(Number.isInteger(looks) && looks >= MIN_LOOKS && looks <= WEEK_ROWS)) {
    throw new RangeError(`The planned weekly looks must be a whole number from ${MIN_LOOKS} to ${WEEK_ROWS}, not ${looks}.`);
  }
  if (!(alpha >= ALPHA_RANGE.min && alpha <= ALPHA_RANGE.max)) {
    throw new RangeError(`The false-signal rate must be from ${ALPHA_RANGE.min * 100}% to ${ALPHA_RANGE.max * 100}%, not ${alpha}.`);
  }
  if (!(power >= POWER_RANGE.min && power <= POWER_RANGE.max)) {
    throw new RangeError(`The power must be from ${POWER_RANGE.min * 100}% to ${POWER_RANGE.max * 100}%, not ${power}.`);
  }
  const key = `${looks}/${alpha}/${power}`;
  const known = cache.get(key);
  if (known) return known;
  const value = (x: number | CalcError): number => {
    if (isCalcError(x)) throw new RangeError(x.message);
    return x;
  };
  const made: Design = {
    looks,
    alpha,
    power,
    constant: [value(obrienFleming(looks, alpha, 1)), value(obrienFleming(looks, alpha, 2))],
    inflation: [value(sequentialInflation(looks, alpha, power, 1)), value(sequentialInflation(looks, alpha, power, 2))],
  };
  cache.set(key, made);
  return made;
}
