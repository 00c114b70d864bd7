/*
 * Registers the add-in's functions (src/functions/library.ts) as a HyperFormula plugin
 * under their AIVALUE.* names, from the same declarations Excel's metadata is written
 * from. Test-only: HyperFormula is GPL and never bundled.
 */
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
import { isCalcError } from "../src/core/calcError";
import type { Cell } from "../src/functions/arg";
import type { ExcelFunction, SpillRule } from "../src/functions/excelFunction";
import { LIBRARY } from "../src/functions/library";

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

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

function toArg(v: unknown): unknown {
  return v instanceof SimpleRangeValue ? v.rawData().map((row) => row.map(toCell)) : toCell(v);
}

/**
 * Evaluates rather than calls, so the cell keeps every error's message: HyperFormula shows
 * them all, where Excel shows those of #VALUE! and #N/A only.
 */
function call(f: ExcelFunction, values: unknown[]): unknown {
  try {
    const result = f.evaluate(...values.map(toArg));
    if (isCalcError(result)) return new CellError(ERROR_TYPES[result.code], result.message);
    return Array.isArray(result) ? SimpleRangeValue.onlyNumbers(result) : result;
  } catch (e) {
    if (e instanceof FirstError) return e.cellError;
    throw e;
  }
}

interface Ast {
  type: string;
  value?: unknown;
}

/**
 * HyperFormula sizes a spill when it parses the formula, so the declaration's spill rule
 * is read from the formula's text: a literal `from` argument, else the longest range among
 * the `seriesOf` arguments, else the rule's `otherwise`.
 */
function spillSize(f: ExcelFunction, rule: SpillRule<string>): PluginMethod {
  const index = (name: string) => f.args.findIndex((a) => a.name === name);
  return function (ast, state) {
    const args = ast.args as Ast[];
    const given = args[index(rule.from)];
    if (given && given.type === "NUMBER") return new ArraySize(1, Number(given.value) + rule.extra);
    const sizeOf = (this as unknown as { arraySizeForAst: (a: Ast, s: unknown) => ArraySize }).arraySizeForAst;
    const lengths = rule.seriesOf
      .map((name) => args[index(name)])
      .filter((a) => a !== undefined)
      .map((a) => sizeOf.call(this, a, state))
      .map((size) => Math.max(size.width, size.height));
    const longest = Math.max(1, ...lengths);
    return new ArraySize(1, (longest > 1 ? longest : rule.otherwise) + rule.extra);
  };
}

let registered: readonly ExcelFunction[] | undefined;

/** Registers the AIVALUE plugin once per test file and returns the functions it holds. */
export function registerAivalue(): readonly ExcelFunction[] {
  if (registered) return registered;
  class AivaluePlugin extends FunctionPlugin {}
  const implemented: ImplementedFunctions = {};
  const methods = AivaluePlugin.prototype as unknown as Record<string, PluginMethod>;
  const translations: Record<string, string> = {};
  for (const f of LIBRARY) {
    const name = `AIVALUE.${f.id}`;
    // Arguments are evaluated directly rather than through runFunction's coercion, as
    // Excel hands a custom function its values: ranges whole, blanks as blanks.
    const arity = f.args.length;
    methods[f.id] = function (ast, state) {
      if (ast.args.length > arity) return new CellError(ErrorType.NA, `${name} takes at most ${arity} arguments`);
      const self = this as unknown as { evaluateAst: (a: unknown, s: unknown) => unknown };
      const values = (ast.args as Ast[]).map((a) => (a.type === "EMPTY" ? undefined : self.evaluateAst(a, state)));
      return call(f, values);
    };
    implemented[name] = {
      method: f.id,
      parameters: f.args.map((a) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: a.optional })),
    };
    if (f.spill) {
      implemented[name].sizeOfResultArrayMethod = `${f.id}_size`;
      methods[`${f.id}_size`] = spillSize(f, f.spill);
    }
    translations[name] = name;
  }
  AivaluePlugin.implementedFunctions = implemented;
  HyperFormula.registerFunctionPlugin(AivaluePlugin, { enGB: translations });
  registered = LIBRARY;
  return registered;
}
