import fc from "fast-check";
import {
  addDecimal,
  compareDecimal,
  decimalToNumber,
  decimalToString,
  divideToNumber,
  parseDecimal,
  ZERO,
} from "../../src/billing/decimal";

const d = (text: string) => {
  const value = parseDecimal(text);
  if (value === null) throw new Error(`not a decimal: ${text}`);
  return value;
};

describe("parseDecimal", () => {
  it.each([
    ["94.50", "94.5"],
    ["-0.0150", "-0.015"],
    ["+3", "3"],
    [".5", "0.5"],
    ["5.", "5"],
    ["1.5E-7", "0.00000015"],
    ["2.5e3", "2500"],
    [" 12.00 ", "12"],
    ["0000.000", "0"],
  ])("reads %s exactly", (text, exact) => {
    expect(decimalToString(d(text))).toBe(exact);
  });

  it.each(["", " ", "1,234.50", "12,50", "$12", "NaN", "Infinity", "1e", "--1", ".", "1.2.3", "0x10"])(
    "refuses %p rather than guess",
    (text) => {
      expect(parseDecimal(text)).toBeNull();
    },
  );

  // The short plain numbers take a fast path of their own; longer ones, signs, spaces and
  // points without digits on one side take the general one. Both must read the digits exactly.
  it("reads any sign, digits and point as the integer of its digits at the scale of its fraction (property)", () => {
    const digits = fc.string({ unit: fc.constantFrom(..."0123456789"), maxLength: 20 });
    fc.assert(
      fc.property(fc.constantFrom("", "-", "+"), digits, fc.boolean(), digits, fc.constantFrom("", " "), (sign, whole, point, rest, space) => {
        const fraction = point ? rest : "";
        const text = `${space}${sign}${whole}${point ? `.${fraction}` : ""}${space}`;
        const parsed = parseDecimal(text);
        if (whole === "" && fraction === "") return expect(parsed).toBeNull();
        const units = BigInt(`${sign === "-" ? "-" : ""}${whole}${fraction}`);
        expect(parsed).toEqual({ units, scale: fraction.length });
      }),
      { numRuns: 2000 },
    );
  });
});

describe("decimal arithmetic", () => {
  it("adds 0.1 and 0.2 to exactly 0.3", () => {
    expect(decimalToString(addDecimal(d("0.1"), d("0.2")))).toBe("0.3");
  });

  it("writes money with at least two decimals and keeps every further one", () => {
    expect(decimalToString(d("94.5"), 2)).toBe("94.50");
    expect(decimalToString(d("0.0000012"), 2)).toBe("0.0000012");
    expect(decimalToString(d("-7"), 2)).toBe("-7.00");
    expect(decimalToString(ZERO, 2)).toBe("0.00");
  });

  it("compares across scales", () => {
    expect(compareDecimal(d("1.10"), d("1.1"))).toBe(0);
    expect(compareDecimal(d("-0.01"), d("0"))).toBe(-1);
    expect(compareDecimal(d("2"), d("1.999999999999999999999"))).toBe(1);
  });

  it("divides to the nearest number, and refuses a zero divisor", () => {
    expect(divideToNumber(d("52.50"), d("2.10"))).toBe(25);
    expect(divideToNumber(d("2.40"), d("8"))).toBe(0.3);
    expect(divideToNumber(d("1"), d("3"))).toBeCloseTo(1 / 3, 15);
    expect(divideToNumber(d("1"), d("0.000"))).toBeNull();
  });

  it("sums a million cents exactly where floating point drifts", () => {
    let exact = ZERO;
    let float = 0;
    for (let i = 0; i < 1_000_000; i++) {
      exact = addDecimal(exact, d("0.01"));
      float += 0.01;
    }
    expect(decimalToString(exact, 2)).toBe("10000.00");
    expect(float).not.toBe(10000);
  });

  it("equals integer arithmetic on any amounts in micro-units, in any order (property)", () => {
    const micro = fc.integer({ min: -1e12, max: 1e12 });
    fc.assert(
      fc.property(fc.array(micro, { maxLength: 60 }), (amounts) => {
        const text = (m: number) => `${m < 0 ? "-" : ""}${Math.floor(Math.abs(m) / 1e6)}.${String(Math.abs(m) % 1e6).padStart(6, "0")}`;
        const forward = amounts.reduce((sum, m) => addDecimal(sum, d(text(m))), ZERO);
        const backward = [...amounts].reverse().reduce((sum, m) => addDecimal(sum, d(text(m))), ZERO);
        const expected = amounts.reduce((a, b) => a + b, 0); // |sum| < 2^53: exact in a double
        expect(compareDecimal(forward, backward)).toBe(0);
        expect(decimalToString(forward, 6)).toBe(text(expected));
        expect(decimalToNumber(forward)).toBe(expected / 1e6);
      }),
      { seed: 1311, numRuns: 300 },
    );
  });

  it("round-trips its own text (property)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(-1e30), max: BigInt(1e30) }), fc.integer({ min: 0, max: 30 }), (units, scale) => {
        const value = { units, scale };
        expect(compareDecimal(d(decimalToString(value)), value)).toBe(0);
      }),
      { seed: 1312 },
    );
  });
});
