/*
 * Registers the add-in's own wrapper functions (src/functions/functions.ts) as a
 * HyperFormula plugin under their AIVALUE.* names, reading the parameter list from the
 * same JSDoc metadata Excel gets. Test-only: HyperFormula is GPL and never bundled.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from "hyperformula";
import { DEFAULT_PAYBACK_MONTHS } from "../../src/core/paybackCurve";
import * as wrappers from "../../src/functions/functions";
import type { Arg, Cell } from "../../src/functions/args";

const SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");

interface FunctionMeta {
  id: string;
  parameters: { name: string; optional?: boolean }[];
  result: { dimensionality?: string };
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

type Wrapper = (...args: Arg[]) => number | string | number[][];
type PluginMethod = (this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) => unknown;

class FirstError extends Error {
  constructor(readonly cellError: CellError) {
    super(cellError.message);
  }
}

function toCell(v: unknown): Cell {
  if (v === EmptyValue || v === undefined || v === null) return null;
  if (v instanceof CellError) throw new FirstError(v);
  if (typeof v === "object") return Number((v as { val: number }).val); // HyperFormula's rich numbers (%, currency, dates)
  return v as Cell;
}

function toArg(v: unknown): Arg {
  return v instanceof SimpleRangeValue ? v.rawData().map((row) => row.map(toCell)) : toCell(v);
}

function call(wrapper: Wrapper, values: unknown[]): unknown {
  try {
    const result = wrapper(...values.map(toArg));
    return Array.isArray(result) ? SimpleRangeValue.onlyNumbers(result) : result;
  } catch (e) {
    if (e instanceof FirstError) return e.cellError;
    if (e instanceof CustomFunctions.Error) return new CellError(ERROR_TYPES[e.code], e.message);
    throw e;
  }
}

interface Ast {
  type: string;
  value?: unknown;
}

/**
 * HyperFormula sizes a spill when it parses the formula: months + 1 rows, where months is
 * a literal `months` argument, else the length of a series argument, else the default.
 */
const paybackCurveSize: PluginMethod = function (ast, state) {
  const args = ast.args as Ast[];
  const months = args[5];
  if (months && months.type === "NUMBER") return new ArraySize(1, Number(months.value) + 1);
  const sizeOf = (this as unknown as { arraySizeForAst: (a: Ast, s: unknown) => ArraySize }).arraySizeForAst;
  const series = [args[1], args[2]].map((a) => sizeOf.call(this, a, state)).map((size) => Math.max(size.width, size.height));
  const length = Math.max(...series);
  return new ArraySize(1, (length > 1 ? length : DEFAULT_PAYBACK_MONTHS) + 1);
};

let registered: Promise<FunctionMeta[]> | undefined;

/** Registers the AIVALUE plugin once per test file and returns the metadata it used. */
export function registerAivalue(): Promise<FunctionMeta[]> {
  registered ??= (async () => {
    const generated = await generateCustomFunctionsMetadata([SOURCE], true);
    if (generated.errors.length > 0) throw new Error(generated.errors.join("\n"));
    const functions: FunctionMeta[] = JSON.parse(generated.metadataJson).functions;
    const byId = new Map(generated.associate.map((a) => [a.id, (wrappers as unknown as Record<string, Wrapper>)[a.functionName]]));

    class AivaluePlugin extends FunctionPlugin {}
    const implemented: ImplementedFunctions = {};
    const methods = AivaluePlugin.prototype as unknown as Record<string, PluginMethod>;
    const translations: Record<string, string> = {};
    for (const fn of functions) {
      const name = `AIVALUE.${fn.id}`;
      const wrapper = byId.get(fn.id);
      if (!wrapper) throw new Error(`no wrapper exported for ${fn.id}`);
      // Arguments are evaluated directly rather than through runFunction's coercion, as
      // Excel hands a custom function its values: ranges whole, blanks as blanks.
      const arity = fn.parameters.length;
      methods[fn.id] = function (ast, state) {
        if (ast.args.length > arity) return new CellError(ErrorType.NA, `${name} takes at most ${arity} arguments`);
        const self = this as unknown as { evaluateAst: (a: unknown, s: unknown) => unknown };
        const values = (ast.args as Ast[]).map((a) => (a.type === "EMPTY" ? undefined : self.evaluateAst(a, state)));
        return call(wrapper, values);
      };
      implemented[name] = {
        method: fn.id,
        parameters: fn.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional ?? false })),
      };
      if (fn.result.dimensionality === "matrix") {
        if (fn.id !== "PAYBACKCURVE") throw new Error(`no spill size known for ${fn.id}`);
        implemented[name].sizeOfResultArrayMethod = "PAYBACKCURVE_size";
        methods.PAYBACKCURVE_size = paybackCurveSize;
      }
      translations[name] = name;
    }
    AivaluePlugin.implementedFunctions = implemented;
    HyperFormula.registerFunctionPlugin(AivaluePlugin, { enGB: translations });
    return functions;
  })();
  return registered;
}
