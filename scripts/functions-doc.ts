/*
 * Renders docs/functions.md, the function reference kept in the repository, from the
 * declarations. test/functions/declarations.test.ts fails when the file is stale;
 * `UPDATE_DOCS=1 npx jest test/functions/declarations` rewrites it.
 */
import { HOURS_PER_MONTH } from "../src/core/units";
import type { ExcelFunction } from "../src/functions/excelFunction";
import { argumentText, exampleFormula, exampleResult, KIND_TEXT, syntax } from "../src/functions/reference";

const cell = (s: string) => s.replace(/\|/g, "\\|");

function renderFunction(f: ExcelFunction): string {
  const rows = f.args.map((a) => `| \`${a.name}\`${a.optional ? " *(optional)*" : ""} | ${a.kind} | ${cell(argumentText(a))} |`);
  return [
    `## ${f.id}`,
    "",
    `\`${syntax(f)}\``,
    "",
    f.description,
    "",
    "| Argument | Kind | Meaning |",
    "| --- | --- | --- |",
    ...rows,
    "",
    `Returns: ${f.returns.text}${f.spill ? " The result spills down one column." : ""}`,
    "",
    `**Worked example.** \`${exampleFormula(f)}\` returns **${exampleResult(f)}**. ${f.example.story}`,
    "",
  ].join("\n");
}

export function renderFunctionsDoc(library: readonly ExcelFunction[]): string {
  return [
    "# AIVALUE function reference",
    "",
    "<!-- Generated from src/functions by scripts/functions-doc.ts: do not edit; run `UPDATE_DOCS=1 npx jest test/functions/declarations`. -->",
    "",
    "Type `=AIVALUE.` in a cell to see these functions. Money is in the workbook's currency, token prices are per",
    `1,000,000 tokens, rates and shares are decimals (0.25 = 25%) and a month is ${HOURS_PER_MONTH} hours. An optional argument may be`,
    "left out or left blank. Bad input returns an Excel error whose message names the argument: `#VALUE!` for a wrong",
    "type or shape, `#NUM!` for a number outside its range, `#DIV/0!` for a zero denominator and `#N/A` when no answer",
    "exists.",
    "",
    "Each argument is of one kind:",
    "",
    ...Object.entries(KIND_TEXT).map(([kind, text]) => `- *${kind}*: ${text}`),
    "",
    ...library.map((f) => `- [${f.id}](#${f.id.toLowerCase()})`),
    "",
    ...library.map(renderFunction),
  ].join("\n");
}
