import { erfc } from "../../src/core/erfc";

// Reference values from the C library's erfc (glibc, via Python's math.erfc).
const table: [number, number][] = [
  [0, 1],
  [0.1, 0.8875370839817152],
  [0.5, 0.4795001221869535],
  [0.98, 0.16576849565979213],
  [1, 0.15729920705028513],
  [1.3, 0.06599205505934755],
  [2, 0.004677734981047265],
  [2.9, 4.109787809945886e-5],
  [3, 2.2090496998585438e-5],
  [4, 1.541725790028002e-8],
  [6, 2.1519736712498916e-17],
];

describe("erfc", () => {
  it.each(table)("erfc(%p) agrees with the reference to 1e-14 relative", (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThanOrEqual(1e-14 * expected);
  });

  it("is continuous where the series hands over to the continued fraction", () => {
    expect(Math.abs(erfc(1 - 1e-12) - erfc(1))).toBeLessThan(2e-12);
  });

  it("reflects negative arguments: erfc(−x) = 2 − erfc(x)", () => {
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 15);
  });
});
