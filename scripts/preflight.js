/*
 * The engine tests need three programs besides Node: LibreOffice (soffice) recalculates and
 * prints workbooks, poppler (pdftoppm) turns the prints into PNG, and Chromium runs the task
 * pane. When one is missing this says so in one line, before anything else runs, instead of
 * a newcomer meeting failing engine tests minutes later. npm run test:unit needs none of them.
 *
 * `node scripts/preflight.js` exits 1 with that line (npm test runs it first);
 * `--debian-packages` prints the missing packages instead (.ci/run installs them);
 * as the engines project's Jest globalSetup it stops Jest the same way.
 * Plain CommonJS with no dependencies: it must run before `npm ci` and without ts-node.
 */
const { accessSync, constants } = require("fs");
const path = require("path");

/** The Chromium the tests drive: Debian's package unless CHROMIUM_PATH names another. */
function chromiumPath(env = process.env) {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

function engines(env) {
  return [
    { program: "soffice", name: "LibreOffice", debian: "libreoffice-calc" },
    { program: "pdftoppm", name: "poppler", debian: "poppler-utils" },
    { program: chromiumPath(env), name: "Chromium, or set CHROMIUM_PATH", debian: "chromium" },
  ];
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** A program given by path must be executable there; a bare name must be on PATH. */
function found(program, env) {
  if (path.isAbsolute(program)) return isExecutable(program);
  return (env.PATH || "").split(path.delimiter).some((dir) => dir !== "" && isExecutable(path.join(dir, program)));
}

/** The engines `env` lacks, in the order the message names them. */
function missingEngines(env = process.env) {
  return engines(env).filter((e) => !found(e.program, env));
}

/** One line: what is missing and the command that installs it. */
function message(missing) {
  const what = missing.map((e) => `${e.program} (${e.name})`).join(", ");
  const packages = missing.map((e) => e.debian).join(" ");
  return (
    `Missing ${what}: install with "apt-get install ${packages}" (Debian/Ubuntu), ` +
    `or run only the unit tests with "npm run test:unit".`
  );
}

function preflight() {
  const missing = missingEngines();
  if (missing.length === 0) return;
  console.error(message(missing));
  // Exit rather than throw: Jest would print a stack trace around the one line.
  process.exit(1);
}

module.exports = preflight;
module.exports.chromiumPath = chromiumPath;

if (require.main === module) {
  if (process.argv.includes("--debian-packages")) console.log(missingEngines().map((e) => e.debian).join(" "));
  else preflight();
}
