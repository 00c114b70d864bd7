/*
 * The function gallery's content, taken from the same declarations that Excel's
 * functions.json and the help page are written from: nothing is fetched.
 */
import { LIBRARY } from "../functions/library";
import { argumentText, exampleFormula, syntax } from "../functions/reference";

export interface FunctionEntry {
  id: string;
  description: string;
  syntax: string;
  parameters: { name: string; description: string; optional: boolean }[];
  example: { formula: string; story: string };
}

export const FUNCTIONS: FunctionEntry[] = LIBRARY.map((f) => ({
  id: f.id,
  description: f.description,
  syntax: syntax(f),
  parameters: f.args.map((a) => ({ name: a.name, description: argumentText(a), optional: a.optional })),
  example: { formula: exampleFormula(f), story: f.example.story },
}));
