/*
 * Three projects, so the edit loop does not wait for the engines or for scale:
 * - unit: everything that runs inside Node alone in seconds (npm run test:unit);
 * - scale: Node-only tests that prove a bound on a large input (*.scale.test.ts: a million
 *   billing rows, 1,000 random workbooks, a 500,000-formula scan);
 * - engines: tests that start LibreOffice, Chromium or webpack, or read the production build.
 * A test file belongs to the engines project when it imports the harness that starts them
 * (directly or through a helper in test/),
 * so a new engine test is classified by what it does, not by a list someone must keep.
 */
const { existsSync, readdirSync, readFileSync } = require("fs");
const path = require("path");

const TEST_ROOT = path.join(__dirname, "test");
// The harness modules that start an engine or need dist/.
const ENGINE_IMPORT = /from "(?:\.\.\/)+harness\/(?:libreoffice|render|browser|dist)"/;

function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(file);
    return entry.name.endsWith(".test.ts") ? [file] : [];
  });
}

const LOCAL_IMPORT = /from "(\.\.?\/[^"]+)"/g;

/** Whether `file`, or a module of test/ it imports, imports the engine harness. */
function startsEngines(file, seen = new Set()) {
  if (seen.has(file)) return false;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  if (ENGINE_IMPORT.test(source)) return true;
  return [...source.matchAll(LOCAL_IMPORT)]
    .map((m) => path.resolve(path.dirname(file), `${m[1]}.ts`))
    .some((dep) => dep.startsWith(TEST_ROOT) && existsSync(dep) && startsEngines(dep, seen));
}

const engineTests = testFiles(TEST_ROOT).filter((file) => startsEngines(file));
const SCALE = /\.scale\.test\.ts$/;

const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/harness/customFunctionsRuntime.ts"],
  // Transpile only: npm test type-checks the whole tree with tsc before jest runs, and
  // ts-jest's per-file type check made the unit project about 1.7 times slower.
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true } }] },
};

/** @type {import('jest').Config} */
module.exports = {
  // LibreOffice and Chromium tests start real processes; keep them from fighting over 2 cores.
  maxWorkers: 2,
  projects: [
    {
      ...shared,
      displayName: "unit",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", SCALE.source, ...engineTests.map(escape)],
    },
    {
      ...shared,
      displayName: "scale",
      testMatch: ["<rootDir>/test/**/*.scale.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", ...engineTests.map(escape)],
    },
    {
      ...shared,
      displayName: "engines",
      testRegex: engineTests.map(escape),
      // Stops at once, in one line, when LibreOffice, poppler or Chromium is missing.
      globalSetup: "<rootDir>/scripts/preflight.js",
    },
  ],
};

function escape(file) {
  return `^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`;
}
