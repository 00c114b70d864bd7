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

  it("v2: breaks even within one deployment's capacity", () => {
    expect(hostingBreakeven(3, 9000, 0.5, 3600)).toBe(3600);
    expect(hostingBreakeven(3, 9000, 0.5, 6570)).toBe(3600);
  });

  it("v2: says #N/A when one deployment is full before self-hosting breaks even", () => {
    // $22,000 a month over a $3 saving per million breaks even at 7,333.33M; one deployment
    // (2,500 tokens/s × 3,600 × 730 / 1e6) serves 6,570M, so a second one is due first
    expect(hostingBreakeven(3, 22000, 0, 6570)).toEqual({
      code: "#N/A",
      message: "one deployment is full at 6,570 M tokens a month before self-hosting breaks even at 7,333.33 M",
    });
  });

  it("v2: refuses a capacity that is not above 0", () => {
    expect(hostingBreakeven(3, 9000, 0.5, 0)).toMatchObject({ code: "#NUM!", message: expect.stringMatching(/^capacity/) });
    expect(hostingBreakeven(3, 9000, 0.5, -1)).toMatchObject({ code: "#NUM!" });
  });
});
