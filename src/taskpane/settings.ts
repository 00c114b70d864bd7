/*
 * Settings that travel with the workbook (Office document settings are saved inside the
 * file): the evidence-weight policy and the currency format templates use.
 */
import { DEFAULT_EVIDENCE_WEIGHTS } from "../core/rungs";

export interface Settings {
  /** Levels 0…5, each 0…1, never falling. */
  evidenceWeights: number[];
  currencyFormat: string;
}

export const CURRENCY_FORMATS = [
  { label: "US dollar ($1,234)", format: '"$"#,##0;[Red]-"$"#,##0' },
  { label: "Euro (€1,234)", format: '"€"#,##0;[Red]-"€"#,##0' },
  { label: "Pound sterling (£1,234)", format: '"£"#,##0;[Red]-"£"#,##0' },
  { label: "No symbol (1,234)", format: "#,##0;[Red]-#,##0" },
] as const;

export const DEFAULT_SETTINGS: Settings = {
  evidenceWeights: [...DEFAULT_EVIDENCE_WEIGHTS],
  currencyFormat: CURRENCY_FORMATS[0].format,
};

const KEY = "aivalue.settings";

/** Why a policy is not acceptable, or undefined when it is. */
export function policyProblem(weights: readonly number[]): string | undefined {
  if (weights.length !== 6 || weights.some((w) => !Number.isFinite(w))) return "Enter a weight for each of the six levels.";
  if (weights.some((w) => w < 0 || w > 1)) return "Each weight must be between 0% and 100%.";
  if (weights.some((w, i) => i > 0 && w < weights[i - 1])) return "Weights must not fall as the evidence level rises.";
  return undefined;
}

/** Reads settings from the workbook, falling back to defaults for anything missing or invalid. */
export function readSettings(store: Office.Settings): Settings {
  const saved = store.get(KEY) as Partial<Settings> | null;
  const weights = Array.isArray(saved?.evidenceWeights) ? saved.evidenceWeights.map(Number) : undefined;
  return {
    evidenceWeights: weights && !policyProblem(weights) ? weights : DEFAULT_SETTINGS.evidenceWeights,
    currencyFormat: typeof saved?.currencyFormat === "string" && saved.currencyFormat ? saved.currencyFormat : DEFAULT_SETTINGS.currencyFormat,
  };
}

/** Stores settings in the workbook; they are saved with it. */
export function writeSettings(store: Office.Settings, settings: Settings): Promise<void> {
  store.set(KEY, settings);
  return new Promise((resolve, reject) =>
    store.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
  );
}
