/* npm run bench: prints measured figures; nothing here asserts on wall-clock time. */
import "../harness/customFunctionsRuntime";
import { benchActuals } from "./actuals";
import { benchFunctions } from "./functions";
import { benchRecalc } from "./recalc";
import { benchTaskpane } from "./taskpane";

async function main(): Promise<void> {
  benchFunctions();
  await benchRecalc();
  await benchTaskpane();
  await benchActuals();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
