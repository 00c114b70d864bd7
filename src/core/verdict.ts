import { CalcError } from "./calcError";

/** What a value contract's scale-and-stop rule says to do next. */
export type Verdict = "SCALE" | "PROVE" | "REDESIGN" | "STOP";

/** VERDICT's default required evidence level: Financial. */
export const DEFAULT_REQUIRED_LEVEL = 4;

/**
 * Applies a contract's scale-and-stop rule: SCALE when the value clears the scale
 * threshold with enough evidence, PROVE when it clears it without, REDESIGN between
 * the thresholds, STOP below the stop threshold.
 *
 * @example
 * verdict(250000, 200000, 50000, 3); //=> "PROVE"
 */
export function verdict(
  actualValue: number,
  scaleThreshold: number,
  stopThreshold: number,
  evidenceLevel?: number,
  requiredLevel = DEFAULT_REQUIRED_LEVEL,
): Verdict | CalcError {
  if (stopThreshold > scaleThreshold) {
    return new CalcError(
      "#NUM!",
      `stop_threshold (${stopThreshold}) is above scale_threshold (${scaleThreshold}); the stop line must be the lower one`,
    );
  }
  if (actualValue < stopThreshold) return "STOP";
  if (actualValue < scaleThreshold) return "REDESIGN";
  if (evidenceLevel !== undefined && evidenceLevel < requiredLevel) return "PROVE";
  return "SCALE";
}
