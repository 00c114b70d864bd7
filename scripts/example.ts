/*
 * npm run example -- <file.xlsx> [--focus <export.csv> [more.csv…]]: writes the worked-example
 * workbook. With --focus, its AI Billing sheet is built from the given FOCUS exports through
 * the import the task pane uses; without, from a generated export that matches its workflow.
 */
import { writeFileSync } from "fs";
import path from "path";
import { stampTime } from "../src/boardpack/marks";
import { NO_INPUTS } from "../src/templates/aiBilling";
import { importPaths } from "./xlsx/billingExample";
import { type ExampleBilling, workedExample } from "./xlsx/workedExample";

async function billingFrom(paths: string[]): Promise<ExampleBilling | undefined> {
  if (paths.length === 0) return undefined;
  const ledger = await importPaths(paths);
  const now = stampTime(new Date());
  return { ledger, inputs: () => ({ ...NO_INPUTS, importedAt: new Map(ledger.files.map((f) => [f.sha256, now])) }) };
}

async function main(): Promise<void> {
  const [file, ...rest] = process.argv.slice(2);
  const focus = rest[0] === "--focus" ? rest.slice(1) : [];
  if (!file || !file.endsWith(".xlsx") || (rest.length > 0 && (rest[0] !== "--focus" || focus.length === 0))) {
    console.error("usage: npm run example -- <file.xlsx> [--focus <export.csv> [more.csv…]]");
    process.exit(2);
  }
  const { book, plans } = workedExample(undefined, await billingFrom(focus));
  const bytes = await book.toBuffer();
  writeFileSync(file, bytes);
  console.log(`wrote ${path.resolve(file)} (${bytes.length.toLocaleString("en-US")} bytes): ${plans.map((p) => p.sheets[0].name).join(", ")}`);
}

main().catch((e) => {
  console.error(`npm run example: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
