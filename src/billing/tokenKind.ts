/**
 * What kind of tokens a charge meters. FOCUS labels it in SkuPriceDetails
 * (TokenCacheAction, TokenDirection; earlier drafts and some published examples use
 * TokenType for the direction); providers that do not label it still name it in the
 * SkuMeter ("Cache Read Input Tokens", "Output Tokens").
 */

/** The kinds the AI Billing sheet shows. "unspecified": tokens, kind not stated; "none": not tokens. */
export type TokenKind = "input" | "output" | "cache read" | "cache write" | "cache other" | "unspecified" | "none";

export const TOKEN_KINDS: readonly TokenKind[] = ["input", "output", "cache read", "cache write", "cache other", "unspecified", "none"];

/** The SkuPriceDetails properties that bear on the kind, as read from the JSON. */
export interface KindProperties {
  readonly TokenCacheAction?: unknown;
  readonly TokenDirection?: unknown;
  readonly TokenType?: unknown;
}

const CACHE_ACTIONS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ["read", "cache read"],
  ["write", "cache write"],
  ["other", "cache other"],
  // FOCUS puts TokenCacheAction only on request tokens, so "Uncached" is plain input.
  ["uncached", "input"],
]);

const DIRECTIONS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ["input", "input"],
  ["output", "output"],
]);

// Meter words, most specific first: a cache meter also says "input".
const METER_WORDS: readonly [RegExp, TokenKind][] = [
  [/cache[ds]?\s*(read|hit)|cached\s+(input|prompt)|cache\s+hit/i, "cache read"],
  [/cache[ds]?\s*(write|creation|storage\s+write)|cache\s+creat/i, "cache write"],
  [/output|completion|generated|reasoning/i, "output"],
  [/input|prompt/i, "input"],
];

/**
 * The kind of a charge's tokens: SkuPriceDetails first, then the meter's words.
 * `isTokens` says whether the charge is metered in tokens at all.
 *
 * @example
 * tokenKind({ TokenCacheAction: "Read", TokenDirection: "Input" }, "", true); //=> "cache read"
 * tokenKind({}, "Output Tokens", true); //=> "output"
 * tokenKind({}, "Token Commitment", false); //=> "none"
 */
export function tokenKind(details: KindProperties, skuMeter: string, isTokens: boolean): TokenKind {
  const byAction = CACHE_ACTIONS.get(text(details.TokenCacheAction));
  if (byAction !== undefined) return byAction;
  const byDirection = DIRECTIONS.get(text(details.TokenDirection) || text(details.TokenType));
  if (byDirection !== undefined) return byDirection;
  if (!isTokens) return "none";
  for (const [words, kind] of METER_WORDS) if (words.test(skuMeter)) return kind;
  return "unspecified";
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim().toLowerCase() : "";
}
