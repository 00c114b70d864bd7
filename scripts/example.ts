/* npm run example -- <file.xlsx>: writes the worked-example workbook. */
import { writeFileSync } from "fs";
import path from "path";
import { workedExample } from "./xlsx/workedExample";

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file || !file.endsWith(".xlsx")) {
    console.error("usage: npm run example -- <file.xlsx>");
    process.exit(2);
  }
  const { book, plans } = workedExample();
  const bytes = await book.toBuffer();
  writeFileSync(file, bytes);
  console.log(`wrote ${path.resolve(file)} (${bytes.length.toLocaleString("en-US")} bytes): ${plans.map((p) => p.sheets[0].name).join(", ")}`);
}

main().catch((e) => {
  console.error(`npm run example: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
