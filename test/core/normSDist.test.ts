import { normSDist } from "../../src/core/normSDist";

describe("normSDist", () => {
  it("gives the familiar probabilities", () => {
    expect(normSDist(0)).toBe(0.5);
    expect(normSDist(1.9599639845400536)).toBeCloseTo(0.975, 15);
    expect(normSDist(-1.6448536269514715)).toBeCloseTo(0.05, 15);
  });

  it("keeps the far lower tail's relative precision, where 1 − Φ(−z) would round to 0", () => {
    // Φ(−10) = erfc(10/√2)/2 = 7.619853024160527e-24
    expect(normSDist(-10) / 7.619853024160527e-24).toBeCloseTo(1, 13);
    expect(normSDist(-10)).toBeGreaterThan(0);
  });
});
