import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// The workbook's numbers never leave it: no network API anywhere in the add-in's code.
const network = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({
  name,
  message: "AIVALUE makes no network calls; the workbook's data stays on the machine.",
}));
// The pure folders hold data and decisions only; Office.js is reached through src/office
// (and the task pane's excel/ folder), so these folders can be tested without a workbook.
const PURE = ["src/core/**", "src/sheet/**", "src/templates/**", "src/boardpack/**", "src/billing/**"];
const office = ["Office", "Excel", "OfficeExtension", "CustomFunctions", "document", "window"].map((name) => ({
  name,
  message: "src/core, src/sheet, src/templates, src/boardpack and src/billing are pure: no Office, Excel or DOM globals (use src/office).",
}));
// ExcelJS and JSZip are devDependencies for the Node-only .xlsx writer (scripts/xlsx); nothing shipped may load them.
const devOnly = {
  paths: [
    { name: "exceljs", message: "ExcelJS is a devDependency: only scripts/ and test/ use it." },
    { name: "jszip", message: "JSZip is a devDependency: only scripts/ and test/ use it." },
  ],
  patterns: [{ group: ["**/scripts/**", "**/test/**", "**/harness/**"], message: "The add-in never loads scripts/, test/ or harness/ code." }],
};
const pureImports = {
  ...devOnly,
  patterns: [
    ...devOnly.patterns,
    { group: ["**/office/**", "**/taskpane/**", "**/functions/**"], message: "Pure folders import only other pure folders." },
  ],
};

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".certs/", "coverage/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // An argument a signature needs but the body does not use is named _like_this.
    rules: { "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }] },
  },
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    languageOptions: { globals: globals.browser },
    rules: { "no-restricted-globals": ["error", ...network], "no-restricted-imports": ["error", devOnly] },
  },
  {
    files: PURE.map((dir) => `${dir}/*.ts`),
    rules: {
      "no-restricted-globals": ["error", ...network, ...office],
      "no-restricted-imports": ["error", pureImports],
      // Office's types too: a pure signature that names Excel.Range is already coupled to it.
      "no-restricted-syntax": [
        "error",
        { selector: "TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension|CustomFunctions)$/]", message: "Pure folders do not use Office.js types." },
      ],
    },
  },
  {
    // The pane's components ask src/taskpane/excel/ (one file a tab); only it (and the entry point and
    // settings) reach Office.js, and only src/office and excel/ reach the workbook.
    files: ["src/taskpane/**/*.tsx"],
    ignores: ["src/taskpane/taskpane.tsx"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...network,
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({ name, message: "Panels call src/taskpane/excel/, never Office.js." })),
      ],
    },
  },
  {
    files: ["**/*.js", "**/*.mjs", "test/**/*.ts", "harness/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
