/*
 * Renders the offline function reference (dist/help.html) from the declarations, so the
 * help can never drift from what Excel shows. webpack.config.js calls it at build time.
 */
import { HOURS_PER_MONTH } from "../src/core/units";
import type { ExcelFunction } from "../src/functions/excelFunction";
import { argumentText, errorRows, exampleFormula, exampleResult, KIND_TEXT, syntax } from "../src/functions/reference";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ENTITIES[c]);

function renderFunction(f: ExcelFunction): string {
  const rows = f.args
    .map(
      (a) =>
        `<tr><td><code>${escape(a.name)}</code>${a.optional ? " <em>optional</em>" : ""}</td><td>${escape(a.kind)}</td><td>${escape(argumentText(a))}</td></tr>`,
    )
    .join("\n");
  const errors = errorRows(f)
    .map((e) => `<tr><td><code>${escape(e.code)}</code></td><td>${escape(e.when)}</td><td><code>${escape(e.formula)}</code> shows ${escape(e.shows)}</td></tr>`)
    .join("\n");
  const errorTable = errors
    ? `<table><thead><tr><th>Error</th><th>When</th><th>What Excel shows</th></tr></thead><tbody>\n${errors}\n</tbody></table>`
    : "";
  return `<section id="${f.id.toLowerCase()}">
<h2>${escape(f.id)}</h2>
<p class="syntax"><code>${escape(syntax(f))}</code></p>
<p>${escape(f.description)}</p>
<table><thead><tr><th>Argument</th><th>Kind</th><th>Meaning</th></tr></thead><tbody>
${rows}
</tbody></table>
<p>Returns: ${escape(f.returns.text)}</p>
${errorTable}
<div class="example"><h3>Worked example</h3>
<p><code>${escape(exampleFormula(f))}</code> returns <strong>${escape(exampleResult(f))}</strong>.</p>
<p>${escape(f.example.story)}</p></div>
</section>`;
}

const kinds = Object.entries(KIND_TEXT)
  .map(([kind, text]) => `<li><em>${kind}</em>: ${escape(text)}</li>`)
  .join("");

export function renderHelpPage(library: readonly ExcelFunction[]): string {
  const toc = library.map((f) => `<li><a href="#${f.id.toLowerCase()}">${escape(f.id)}</a></li>`).join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>AIVALUE function reference</title>
<style>
body{font-family:"Segoe UI",-apple-system,system-ui,sans-serif;color:#242424;max-width:52rem;margin:0 auto;padding:1rem 1.5rem;line-height:1.5}
h1{font-weight:600;color:#0b4f3c}h2{border-top:1px solid #d1d1d1;padding-top:1rem;color:#0b4f3c}
code{font-family:Consolas,"Courier New",monospace;background:#f5f5f5;padding:0 .2em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e0e0e0;padding:.3rem .5rem;text-align:left;vertical-align:top}
.example{background:#f0f7f4;border-left:4px solid #13795b;padding:.2rem 1rem;margin:1rem 0}
nav ul{columns:3;list-style:none;padding:0}
@media print{nav{display:none}section{break-inside:avoid}}
</style></head><body>
<h1>AIVALUE function reference</h1>
<p>Type <code>=AIVALUE.</code> in a cell to see these functions. Money is in the workbook's currency, token prices are per 1,000,000 tokens,
rates and shares are decimals (0.25 = 25%) and a month is ${HOURS_PER_MONTH} hours. An optional argument may be left out or left blank.
Bad input returns an Excel error, never a guess: <code>#VALUE!</code> for a wrong type or shape (text or TRUE where a number belongs,
a range where one value belongs, a required argument left blank), <code>#NUM!</code> for a number outside the bound shown beside its argument,
<code>#DIV/0!</code> for a zero denominator and <code>#N/A</code> when no answer exists. Excel shows a message only for <code>#VALUE!</code>
and <code>#N/A</code> (in the cell's error flag; it names the function, the argument and the rule); for <code>#NUM!</code> and
<code>#DIV/0!</code> it shows the code alone, so each function's table below says what each error means.
Desktop Excel passes a blank cell as 0, so where a blank and a 0 differ (UPLIFT's averages) leave such cells out of the range.</p>
<p>Each argument is of one kind:</p><ul>${kinds}</ul>
<nav aria-label="Functions"><ul>${toc}</ul></nav>
${library.map(renderFunction).join("\n")}
</body></html>`;
}
