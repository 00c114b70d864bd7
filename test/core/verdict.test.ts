import { verdict } from "../../src/core/verdict";

describe("verdict", () => {
  it("scales when value clears the scale line with the evidence required", () => {
    expect(verdict(250, 200, 50, 4)).toBe("SCALE");
    expect(verdict(200, 200, 50)).toBe("SCALE");
  });

  it("asks for proof when value clears the line but the evidence does not", () => {
    expect(verdict(250, 200, 50, 3)).toBe("PROVE");
    expect(verdict(250, 200, 50, 3, 3)).toBe("SCALE");
  });

  it("redesigns between the lines and stops below the stop line", () => {
    expect(verdict(50, 200, 50)).toBe("REDESIGN");
    expect(verdict(49.99, 200, 50)).toBe("STOP");
  });

  it("refuses a stop line above the scale line", () => {
    expect(verdict(1, 10, 20)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/stop_threshold/) });
  });
});
