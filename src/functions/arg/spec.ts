import type { CalcError } from "../../core/calcError";
import type { Arg } from "./cell";
import type { Domain } from "./domain";

/**
 * The kinds of argument, in the contract's words: scalar (one value), summed (Σ, blanks
 * count 0), averaged (blanks ignored, as AVERAGE), steps (one value per workflow step),
 * series (one value per month), paired (same-shaped ranges taken element by element,
 * as SUMPRODUCT); and four of the evidence ladder's own: list (a fixed number of
 * cells), flag (TRUE/FALSE), rung (a status) and level (0…5 or a rung name).
 */
export type Kind = "scalar" | "summed" | "averaged" | "steps" | "series" | "paired" | "list" | "flag" | "rung" | "level";

/** Parses one argument; `name` is the argument's name in the function reference. */
export type Parser<T> = (raw: Arg, name: string) => T | CalcError;

/** One argument as declared: how it is parsed and how the reference describes it. */
export interface ArgSpec<T> {
  readonly kind: Kind;
  /** One line of prose; the bound and the default are added from the parser's own settings. */
  readonly text: string;
  /** The numbers it takes; absent for flags and rungs. */
  readonly domain?: Domain;
  /** Whether a blank or left-out argument is accepted (Excel shows it in brackets). */
  readonly optional: boolean;
  /** What a blank means, as the reference says it after "Default" ("0", "120, or the series length"). */
  readonly absent?: string;
  readonly parse: Parser<T>;
}

/** What an argument's parser gives the body. */
export type Parsed<S> = S extends ArgSpec<infer T> ? Exclude<T, CalcError> : never;
