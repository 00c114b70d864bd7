import { normSDist } from "../../src/core/normSDist";
import { normSInv } from "../../src/core/normSInv";

describe("normSInv", () => {
  it("gives the familiar critical values", () => {
    // reference: Python's statistics.NormalDist().inv_cdf, also AS 241, and NORM.S.INV
    expect(normSInv(0.975)).toBeCloseTo(1.9599639845400536, 15);
    expect(normSInv(0.95)).toBeCloseTo(1.6448536269514715, 15);
    expect(normSInv(0.8)).toBeCloseTo(0.8416212335729144, 15);
    expect(normSInv(0.5)).toBe(0);
    expect(normSInv(0.1)).toBeCloseTo(-1.2815515655446008, 15);
  });

  it("covers each of its three regions", () => {
    // |p − 0.5| ≤ 0.425, r ≤ 5, and the far tail r > 5 (p < e^−25)
    expect(normSInv(0.3)).toBeCloseTo(-0.5244005127080407, 15);
    expect(normSInv(1e-5)).toBeCloseTo(-4.2648907939228256, 14);
    expect(normSInv(0.999999)).toBeCloseTo(4.753424308817089, 13);
    expect(normSInv(1e-12)).toBeCloseTo(-7.034483825301132, 14);
  });

  it("inverts Φ to full precision from 1e-300 to 0.5", () => {
    // An error δ in z moves ln Φ(z) by about |z|·δ, so relative error in z of ε shows in p as
    // z²·ε: the tolerance is a few ulps scaled by that condition number.
    for (const p of [1e-300, 1e-100, 1e-20, 1e-12, 1e-11, 1e-6, 0.001, 0.0749, 0.075, 0.2, 0.4999]) {
      const z = normSInv(p);
      expect(Math.abs(normSDist(z) - p) / p).toBeLessThan(1.6e-15 * Math.max(1, z * z));
    }
  });

  it("is odd about 0.5", () => {
    // complements that are exact in binary, so 1 − p loses nothing
    for (const p of [2 ** -40, 2 ** -20, 1 / 64, 0.125, 0.375]) expect(normSInv(1 - p)).toBe(-normSInv(p));
  });
});
