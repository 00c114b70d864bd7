/*
 * The Templates tab's choice of where a contract's actuals come from, turned into template options.
 * Pure: the fields are in ActualsLinkFields.tsx. Nothing the workbook was not read to hold gets through.
 */
import type { ActualsLinks } from "../templates/valueContract/actuals";
import { MAX_KEY_LENGTH, isKey, type ActualsSources } from "../templates/valueContract/sources";

/** What the user chose; empty strings mean "typed by hand" / no key yet. */
export interface LinkChoice {
  tracker: string;
  billing: string;
  key: string;
  currency: string;
}

export const TYPED: LinkChoice = { tracker: "", billing: "", key: "", currency: "" };

/** Why a typed allocation key cannot be used, or undefined when it can (blank: typed on the sheet later). */
export function keyProblem(key: string): string | undefined {
  if (key === "" || isKey(key as unknown)) return undefined;
  if (key.trim() === "") return "A key of spaces matches nothing: leave it blank or type the key.";
  return key.length > MAX_KEY_LENGTH ? `At most ${MAX_KEY_LENGTH} characters.` : "A key cannot hold tabs, line breaks or other control characters.";
}

/** Currencies the chosen sheet bills the key in (every currency on the sheet for a key it does not bill). */
export function currenciesFor(sources: ActualsSources, choice: LinkChoice): string[] {
  const keys = sources.billing.find((b) => b.sheet === choice.billing)?.keys ?? [];
  const billed = keys.find((k) => k.key.toLowerCase() === choice.key.toLowerCase());
  return billed ? billed.currencies : [...new Set(keys.flatMap((k) => k.currencies))].sort();
}

/** The choice as template options: links only to sheets still offered, the key and currency only with a billing link. */
export function linksOf(sources: ActualsSources, choice: LinkChoice): ActualsLinks {
  const tracker = sources.trackers.includes(choice.tracker) ? choice.tracker : undefined;
  const billing = sources.billing.some((b) => b.sheet === choice.billing) ? choice.billing : undefined;
  const currencies = billing ? currenciesFor(sources, choice) : [];
  return {
    trackerSheet: tracker,
    billingSheet: billing,
    allocationKey: billing && choice.key !== "" && isKey(choice.key) ? choice.key : undefined,
    billingCurrency: currencies.includes(choice.currency) ? choice.currency : currencies.length === 1 ? currencies[0] : undefined,
  };
}

