/*
 * The function gallery's content, fixed at build time from the same JSDoc metadata Excel
 * reads (functions.json) and the help page's worked examples: nothing is fetched.
 */
import examples from "../functions/examples.json";

export interface FunctionEntry {
  id: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean }[];
  example: { formula: string; story: string };
}

declare const __AIVALUE_FUNCTIONS__: { functions: { id: string; description: string; parameters: FunctionEntry["parameters"] }[] };

export const FUNCTIONS: FunctionEntry[] = __AIVALUE_FUNCTIONS__.functions.map((f) => ({
  id: f.id,
  description: f.description,
  parameters: f.parameters,
  example: (examples as Record<string, { formula: string; story: string }>)[f.id],
}));

/** "=AIVALUE.ROI(value, cost)", optional arguments in brackets. */
export function syntax(f: FunctionEntry): string {
  return `=AIVALUE.${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}
