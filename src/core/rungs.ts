/** The evidence ladder, level 0 (nothing evidenced) to level 5, as EVIDENCELEVEL names them. */
export const RUNG_NAMES = ["None", "Technical", "Behavioural", "Operational", "Financial", "Strategic"] as const;

export type RungName = (typeof RUNG_NAMES)[number];

/** Status words that count a rung as evidenced. */
export const EVIDENCED_WORDS = ["evidenced", "audited", "yes"] as const;

/** Status words that leave a rung unevidenced (the empty string is a blank cell). */
export const UNEVIDENCED_WORDS = ["none", "planned", "claimed", "no", ""] as const;

/** Default evidence weights for levels 0…5: a starting point a CFO is expected to replace. */
export const DEFAULT_EVIDENCE_WEIGHTS: readonly number[] = [0, 0.1, 0.25, 0.5, 1, 1];
