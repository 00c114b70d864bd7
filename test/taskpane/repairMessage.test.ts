/* What the pane says after a repair: what was entered again, and which protected sheets were left alone. */
import { describeRepair } from "../../src/taskpane/RepairSection";

test("names the repaired sheets and the protected ones, and says when nothing was stuck", () => {
  expect(describeRepair({ repaired: [], protectedSheets: [] })).toEqual({ intent: "success", text: "No AIVALUE formula is stuck at #NAME?: nothing was changed." });
  const both = describeRepair({ repaired: [{ sheet: "VC", count: 2 }], protectedSheets: [{ sheet: "Locked", count: 1 }] });
  expect(both.intent).toBe("warning");
  expect(both.text).toBe(
    "Entered 2 cells again on “VC”; nothing else was changed. Protected, so left as they were: “Locked” (1 cell). Unprotect the sheet (Review › Unprotect Sheet) and repair again.",
  );
});
