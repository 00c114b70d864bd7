import { uplift } from "../../src/core/uplift";

describe("uplift", () => {
  it("reads conversion rising from 12% to 18% as +50%", () => {
    expect(uplift([0.12], [0.18])).toBeCloseTo(0.5, 12);
  });

  it("compares the means of the two samples", () => {
    expect(uplift([10, 20], [18])).toBeCloseTo(0.2, 12);
  });

  it("measures a change from a negative baseline against its size", () => {
    // a loss of 100 shrinking to a loss of 50 is an improvement of +50%
    expect(uplift([-100], [-50])).toBeCloseTo(0.5, 12);
  });

  it("is #DIV/0! for a zero or empty baseline and an empty current", () => {
    expect(uplift([0], [1])).toMatchObject({ code: "#DIV/0!" });
    expect(uplift([], [1])).toMatchObject({ code: "#DIV/0!", message: expect.stringMatching(/baseline/) });
    expect(uplift([1], [])).toMatchObject({ code: "#DIV/0!", message: expect.stringMatching(/current/) });
  });
});
