/* Renders the offline function reference (dist/help.html) from the generated metadata and
 * the worked examples, so the help can never drift from what Excel shows. */
const examples = require("../src/functions/examples.json");

const escape = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

// Twelve significant digits: what a wide Excel column shows, without binary noise.
const shown = (x) => (typeof x === "string" ? `"${x}"` : String(Number(x.toPrecision(12))));

function formatResult(result) {
  if (Array.isArray(result)) return `${result.map((row) => shown(row[0])).join(", ")}, spilled down a column`;
  return shown(result);
}

function renderFunction(fn) {
  const example = examples[fn.id];
  if (!example) throw new Error(`help page: no worked example for ${fn.id} in src/functions/examples.json`);
  const signature = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  const rows = fn.parameters
    .map((p) => `<tr><td><code>${escape(p.name)}</code>${p.optional ? " <em>optional</em>" : ""}</td><td>${escape(p.description)}</td></tr>`)
    .join("\n");
  return `<section id="${fn.id.toLowerCase()}">
<h2>${escape(fn.name)}</h2>
<p class="syntax"><code>=AIVALUE.${escape(fn.name)}(${escape(signature)})</code></p>
<p>${escape(fn.description)}</p>
<table><thead><tr><th>Argument</th><th>Meaning</th></tr></thead><tbody>
${rows}
</tbody></table>
<div class="example"><h3>Worked example</h3>
<p><code>${escape(example.formula)}</code> returns <strong>${escape(formatResult(example.result))}</strong>.</p>
<p>${escape(example.story)}</p></div>
</section>`;
}

function renderHelpPage(metadata) {
  const toc = metadata.functions.map((f) => `<li><a href="#${f.id.toLowerCase()}">${escape(f.name)}</a></li>`).join("");
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
rates and shares are decimals (0.25 = 25%) and a month is 730 hours. An optional argument may be left out or left blank.
Bad input returns an Excel error whose message names the argument: <code>#VALUE!</code> for a wrong type or shape,
<code>#NUM!</code> for a number outside its range, <code>#DIV/0!</code> for a zero denominator and <code>#N/A</code> when no answer exists.
Desktop Excel passes a blank cell as 0, so where a blank and a 0 differ (UPLIFT's averages) leave such cells out of the range.</p>
<nav aria-label="Functions"><ul>${toc}</ul></nav>
${metadata.functions.map(renderFunction).join("\n")}
</body></html>`;
}

module.exports = { renderHelpPage };
