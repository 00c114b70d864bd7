/** @type {import('jest').Config} */
module.exports = {
  preset: "ts-jest",
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  setupFiles: ["<rootDir>/test/setup/customFunctionsRuntime.ts"],
  // LibreOffice and Chromium tests start real processes; keep them from fighting over 2 cores.
  maxWorkers: 2,
};
