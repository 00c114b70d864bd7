import { CalcError } from "./calcError";

/** What a value contract's scale-and-stop rule says to do next. */
export type Verdict = "SCALE" | "PROVE" | "REDESIGN" | "STOP";

/** VERDICT's default required evidence level: Financial. */
export const DEFAULT_REQUIRED_LEVEL = 4;

/**
 * Applies a contract's scale-and-stop rule: SCALE when the value clears the scale
 * threshold with enough evidence, PROVE when it clears it without, REDESIGN between
 * the thresholds, STOP below the stop threshold. It fails closed: no evidence level is
 * level 0, and a required level of 0 (which would scale on no evidence) is refused.
 *
 * Precondition: evidenceLevel a whole number 0…5 when given.
 *
 * @example
 * verdict(250000, 200000, 50000, 3); //=> "PROVE"
 * verdict(250000, 200000, 50000); //=> "PROVE"
 */
export function verdict(
  actualValue: number,
  scaleThreshold: number,
  stopThreshold: number,
  evidenceLevel = 0,
  requiredLevel = DEFAULT_REQUIRED_LEVEL,
): Verdict | CalcError {
  if (stopThreshold > scaleThreshold) {
    return new CalcError(
      "#NUM!",
      `stop_threshold (${stopThreshold}) is above scale_threshold (${scaleThreshold}); the stop line must be the lower one`,
    );
  }
  if (requiredLevel === 0) return new CalcError("#NUM!", "required_level 0 would scale without any evidence");
  if (!(Number.isInteger(requiredLevel) && requiredLevel >= 1 && requiredLevel <= 5)) {
    return new CalcError("#NUM!", `required_level must be a level from 1 to 5, not ${requiredLevel}`);
  }
  if (actualValue < stopThreshold) return "STOP";
  if (actualValue < scaleThreshold) return "REDESIGN";
  return evidenceLevel < requiredLevel ? "PROVE" : "SCALE";
}
