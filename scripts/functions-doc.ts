/*
 * Renders docs/functions.md, the function reference kept in the repository, from the
 * declarations. test/functions/declarations.test.ts fails when the file is stale;
 * `UPDATE_DOCS=1 npx jest test/functions/declarations` rewrites it.
 */
import { HOURS_PER_MONTH } from "../src/core/units";
import type { ExcelFunction } from "../src/functions/excelFunction";
import { argumentText, errorRows, exampleFormula, exampleResult, KIND_TEXT, syntax } from "../src/functions/reference";

const cell = (s: string) => s.replace(/\|/g, "\\|");

function renderFunction(f: ExcelFunction): string {
  const errors = errorRows(f).map((e) => `| ${e.code} | ${cell(e.when)} | \`${cell(e.formula)}\` shows ${cell(e.shows)} |`);
  const errorTable = errors.length ? ["| Error | When | What Excel shows |", "| --- | --- | --- |", ...errors, ""] : [];
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
    ...errorTable,
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
    "left out or left blank. Bad input returns an Excel error, never a guess: `#VALUE!` for a wrong type or shape (text or",
    "TRUE where a number belongs, a range where one value belongs, a required argument left blank), `#NUM!` for a number",
    "outside the bound shown beside its argument, `#DIV/0!` for a zero denominator and `#N/A` when no answer exists. Excel",
    "shows a message only for `#VALUE!` and `#N/A` (in the cell's error flag; it names the function, the argument and the",
    "rule); for `#NUM!` and `#DIV/0!` it shows the code alone, so each function's table says what each error means.",
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
