import { verdict } from "../../src/core/verdict";

describe("verdict", () => {
  it("scales when value clears the scale line with the evidence required", () => {
    expect(verdict(250, 200, 50, 4)).toBe("SCALE");
    expect(verdict(200, 200, 50, 5, 5)).toBe("SCALE");
  });

  it("asks for proof when value clears the line but the evidence does not", () => {
    expect(verdict(250, 200, 50, 3)).toBe("PROVE");
    expect(verdict(250, 200, 50, 3, 3)).toBe("SCALE");
  });

  it("redesigns between the lines and stops below the stop line", () => {
    expect(verdict(50, 200, 50)).toBe("REDESIGN");
    expect(verdict(49.99, 200, 50)).toBe("STOP");
  });

  it("v2: fails closed — no evidence level is level 0, so value above the line is PROVE", () => {
    expect(verdict(250, 200, 50)).toBe("PROVE");
    expect(verdict(250, 200, 50, undefined, 1)).toBe("PROVE");
    expect(verdict(250, 200, 50, 0, 1)).toBe("PROVE");
  });

  it("v2: refuses a required level outside 1…5, which desktop Excel's blank 0 would otherwise pass", () => {
    expect(verdict(250, 200, 50, 0, 0)).toEqual({ code: "#NUM!", message: "required_level 0 would scale without any evidence" });
    expect(verdict(250, 200, 50, 5, 6)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/^required_level must be .*1 to 5/) });
    expect(verdict(250, 200, 50, 5, 2.5)).toMatchObject({ code: "#NUM!" });
  });

  it("refuses a stop line above the scale line", () => {
    expect(verdict(1, 10, 20)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/stop_threshold/) });
  });
});
