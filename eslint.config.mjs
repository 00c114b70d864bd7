import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

// The workbook's numbers never leave it: no network API anywhere in the add-in's code.
const network = ["fetch", "XMLHttpRequest", "WebSocket", "EventSource"].map((name) => ({
  name,
  message: "AIVALUE makes no network calls; the workbook's data stays on the machine.",
}));
const office = ["Office", "Excel", "CustomFunctions", "document", "window"].map((name) => ({
  name,
  message: "src/core is pure math: no Office, Excel or DOM globals.",
}));

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
    rules: { "no-restricted-globals": ["error", ...network] },
  },
  {
    files: ["src/core/**/*.ts", "src/billing/**/*.ts"],
    rules: { "no-restricted-globals": ["error", ...network, ...office] },
  },
  {
    files: ["**/*.js", "**/*.mjs", "test/**/*.ts", "bench/**/*.ts"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
