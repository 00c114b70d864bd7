import { evidenceWeighted } from "../../src/core/evidenceWeighted";

describe("evidenceWeighted", () => {
  it("applies the default policy 0, 0.10, 0.25, 0.50, 1, 1", () => {
    expect([0, 1, 2, 3, 4, 5].map((level) => evidenceWeighted(1000, level))).toEqual([0, 100, 250, 500, 1000, 1000]);
  });

  it("reads five weights as levels 1…5 with level 0 weighing nothing", () => {
    expect(evidenceWeighted(1000, 0, [0.2, 0.4, 0.6, 0.8, 1])).toBe(0);
    expect(evidenceWeighted(1000, 2, [0.2, 0.4, 0.6, 0.8, 1])).toBe(400);
  });

  it("reads six weights as levels 0…5", () => {
    expect(evidenceWeighted(1000, 0, [0.05, 0.2, 0.4, 0.6, 0.8, 1])).toBe(50);
  });

  it("refuses weights that fall as the level rises", () => {
    expect(evidenceWeighted(1, 1, [0.5, 0.4, 0.6, 0.8, 1])).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/weights/) });
  });

  it("refuses a weights range of the wrong size", () => {
    expect(evidenceWeighted(1, 1, [0.5, 1])).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/5 cells.*or 6/) });
  });

  it("v2: weights the benefits and subtracts the cost unweighted", () => {
    // benefits 277,000 at level 3 (0.5) less 254,000 spent
    expect(evidenceWeighted(277000, 3, undefined, 254000)).toBe(-115500);
    // at level 0 the contract shows what it spent, not 0
    expect(evidenceWeighted(277000, 0, undefined, 254000)).toBe(-254000);
    expect(evidenceWeighted(277000, 5, undefined, 254000)).toBe(23000);
  });

  it("v2: refuses a negative cost", () => {
    expect(evidenceWeighted(1000, 3, undefined, -1)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/cost/) });
  });
});
