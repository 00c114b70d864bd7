import { roi } from "../../src/core/roi";

describe("roi", () => {
  it("returns $500K on $300K as two thirds", () => {
    expect(roi(500000, 300000)).toBeCloseTo(2 / 3, 12);
  });

  it("is -1 when nothing comes back", () => {
    expect(roi(0, 1000)).toBe(-1);
  });

  it("is #DIV/0! without a cost", () => {
    expect(roi(10, 0)).toMatchObject({ code: "#DIV/0!" });
  });
});
