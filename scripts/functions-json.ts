/*
 * functions.json, written at build time (webpack.config.js) straight from the function
 * declarations rather than by Microsoft's custom-functions-metadata generator. Why: the
 * generator reads JSDoc on functions whose parameters are typed `any[][]`, so using it
 * would mean generating wrapper source only to have it parsed back; the bound and
 * default text come from the parsers, which JSDoc cannot see; and the build no longer
 * depends on the generator's TypeScript parser (it breaks with TypeScript 7). The
 * generator stays the oracle: test/functions/declarations.test.ts feeds it JSDoc written
 * from the same declarations and requires its output to equal this file's.
 */
import type { ExcelFunction } from "../src/functions/excelFunction";
import { argumentText } from "../src/functions/reference";

export interface FunctionsJson {
  allowCustomDataForDataTypeAny: boolean;
  functions: {
    description: string;
    helpUrl: string;
    id: string;
    name: string;
    parameters: { description: string; dimensionality: "matrix"; name: string; optional?: true; type: "any" }[];
    result: { dimensionality?: "matrix"; type?: "number" | "string" };
  }[];
}

/** `baseUrl` ends with "/"; each function's help link opens its own section of help.html. */
export function functionsJson(library: readonly ExcelFunction[], baseUrl: string): FunctionsJson {
  return {
    allowCustomDataForDataTypeAny: true,
    functions: library.map((f) => ({
      description: f.description,
      helpUrl: `${baseUrl}help.html#${f.id.toLowerCase()}`,
      id: f.id,
      name: f.id,
      // Every parameter is a matrix of any: Excel then hands over ranges whole and a range
      // where one value belongs is reported rather than silently intersected.
      parameters: f.args.map((a) => ({
        description: argumentText(a),
        dimensionality: "matrix",
        name: a.name,
        ...(a.optional ? { optional: true } : {}),
        type: "any",
      })),
      result: {
        ...(f.spill ? { dimensionality: "matrix" } : {}),
        ...(f.returns.type === "number or string" ? {} : { type: f.returns.type }),
      },
    })),
  };
}
