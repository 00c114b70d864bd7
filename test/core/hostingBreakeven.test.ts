import { hostingBreakeven } from "../../src/core/hostingBreakeven";

describe("hostingBreakeven", () => {
  it("divides the fixed cost by the saving per million tokens", () => {
    expect(hostingBreakeven(3, 9000, 0.5)).toBe(3600);
  });

  it("treats a missing marginal price as zero running cost", () => {
    expect(hostingBreakeven(3, 9000)).toBe(3000);
  });

  it("says #N/A when self-hosting costs as much per token as the API", () => {
    expect(hostingBreakeven(2, 9000, 2)).toMatchObject({ code: "#N/A", message: expect.stringMatching(/never breaks even/) });
  });
});
