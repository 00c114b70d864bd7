import { roi } from "../../src/core/roi";

describe("roi", () => {
  it("returns $500K on $300K as two thirds", () => {
    expect(roi(500000, 300000)).toBeCloseTo(2 / 3, 12);
  });

  it("is -1 when nothing comes back", () => {
    expect(roi(0, 1000)).toBe(-1);
  });

  it("v2: takes a total cost that credits have reduced, and refuses one they turned negative", () => {
    // cost lines 400 and a 100 credit: total 300
    expect(roi(500, 400 + -100)).toBeCloseTo(2 / 3, 12);
    expect(roi(500, -50)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/total cost is negative/) });
  });

  it("is #DIV/0! without a cost", () => {
    expect(roi(10, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});
