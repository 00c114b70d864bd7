/**
 * Token units as FOCUS's UnitFormat writes them ("Tokens", "1000 Tokens",
 * "1000000 Tokens"): how many tokens one unit is, so quantities in different blocks
 * can be added and priced per 1M tokens. A unit that is not a plain count of tokens
 * (token-hours of cache storage, characters, requests, images) is refused in words.
 */

/** Tokens in one unit of a token unit. */
export type TokenUnit = { readonly ok: true; readonly tokens: bigint } | { readonly ok: false; readonly message: string };

// An optional block size (digits, optionally with a K or M multiplier) then "Token" or "Tokens".
const TOKEN_UNIT = /^(?:(\d+)\s*([KM]?)\s+)?tokens?$/i;
const MULTIPLIER: ReadonlyMap<string, number> = new Map([["", 1], ["K", 1e3], ["M", 1e6]]);

/** Tokens in a million, the block prices are quoted in. */
export const MILLION = BigInt(1000000);

/**
 * Reads a unit as a count of tokens.
 *
 * @example
 * tokenUnit("1000000 Tokens"); //=> { ok: true, tokens: 1000000n }
 * tokenUnit("Tokens"); //=> { ok: true, tokens: 1n }
 * tokenUnit("1000000 Token-Hours").ok; //=> false
 */
export function tokenUnit(unit: string): TokenUnit {
  const match = TOKEN_UNIT.exec(unit.trim());
  if (match !== null) {
    const [, size = "1", multiplier = ""] = match;
    const tokens = BigInt(size) * BigInt(MULTIPLIER.get(multiplier.toUpperCase()) ?? 0);
    if (tokens > BigInt(0)) return { ok: true, tokens };
  }
  const shown = unit.trim() === "" ? "an empty unit" : `"${unit.trim()}"`;
  return { ok: false, message: `${shown} is not a count of tokens, so no price per 1M tokens is derived from it.` };
}

/** True when a unit names tokens at all (even one this file cannot convert, such as token-hours). */
export function mentionsTokens(unit: string): boolean {
  return /token/i.test(unit);
}
