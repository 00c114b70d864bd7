/*
 * Settings that travel with the workbook (Office document settings are saved inside the
 * file): the evidence-weight policy and the currency format templates use.
 */
import { DEFAULT_EVIDENCE_WEIGHTS } from "../core/rungs";

export interface Settings {
  /** Levels 0…5, each 0…1, never falling. */
  evidenceWeights: number[];
  currencyFormat: string;
  /** Set when what the workbook held could not be used: what was used instead (never saved). */
  notice?: string;
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

/**
 * Reads settings from the workbook. They travel with the file and anyone can edit it, so
 * nothing is trusted: the currency format must be one the pane offers (a format such as
 * ";;;" would hide every amount, a quoted constant would show a fixed figure), and the
 * weights six numbers (not text, booleans or null) that make a valid policy. Anything else
 * falls back to the default, and `notice` says so. Never throws: the pane always opens.
 */
export function readSettings(store: Office.Settings): Settings {
  let saved: unknown;
  try {
    saved = store.get(KEY);
  } catch {
    return { ...DEFAULT_SETTINGS, notice: "This workbook's AIVALUE settings could not be read; the defaults are in use." };
  }
  if (saved === null || saved === undefined) return { ...DEFAULT_SETTINGS };
  const record = typeof saved === "object" ? (saved as Record<string, unknown>) : {};
  const weights = record.evidenceWeights;
  const weightsOk = Array.isArray(weights) && weights.every((w) => typeof w === "number") && !policyProblem(weights as number[]);
  const format = record.currencyFormat;
  const formatOk = CURRENCY_FORMATS.some((c) => c.format === format);
  const replaced = [!weightsOk && "evidence weights", !formatOk && "currency format"].filter((x): x is string => Boolean(x));
  return {
    evidenceWeights: weightsOk ? [...(weights as number[])] : [...DEFAULT_SETTINGS.evidenceWeights],
    currencyFormat: formatOk ? (format as string) : DEFAULT_SETTINGS.currencyFormat,
    ...(replaced.length ? { notice: `This workbook's ${replaced.join(" and ")} ${replaced.length === 1 ? "was" : "were"} not valid, so the default is in use. Save settings to keep the defaults.` } : {}),
  };
}

/** Stores settings in the workbook; they are saved with it. */
export function writeSettings(store: Office.Settings, settings: Settings): Promise<void> {
  store.set(KEY, { evidenceWeights: settings.evidenceWeights, currencyFormat: settings.currencyFormat });
  return new Promise((resolve, reject) =>
    store.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error))),
  );
}
