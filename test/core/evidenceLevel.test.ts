import { evidenceLevel } from "../../src/core/evidenceLevel";

describe("evidenceLevel", () => {
  it("counts the rungs evidenced in a row from Technical upward", () => {
    expect(evidenceLevel([true, true, true, false, false])).toBe(3);
  });

  it("stops at a gap: financial evidence without operational evidence is level 2", () => {
    expect(evidenceLevel([true, true, false, true, true])).toBe(2);
  });

  it("is 0 without technical evidence and 5 with every rung", () => {
    expect(evidenceLevel([false, true, true, true, true])).toBe(0);
    expect(evidenceLevel([true, true, true, true, true])).toBe(5);
  });
});
