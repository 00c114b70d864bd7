/**
 * Exact decimals for money read from billing text. A FOCUS file of millions of rows
 * sums amounts such as 0.0000012 that binary floating point cannot hold, so costs are
 * kept as an integer count of 10^-scale units (a BigInt) and never rounded.
 *
 * BigInt rather than a decimal library: sums only need add, compare and exact text,
 * which BigInt does natively and fast; the one division (a unit price) ends as an
 * Excel number anyway. The project targets ES2019 syntax, so BigInt literals (`0n`)
 * are not available and constants are built with `BigInt(…)`.
 */

/** value = units × 10^-scale; scale ≥ 0. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const BIG_ZERO = BigInt(0);
const BIG_TEN = BigInt(10);
const POWERS: bigint[] = [BigInt(1)];

/** 10^n as a BigInt, memoised: scales repeat on every row. */
function pow10(n: number): bigint {
  for (let i = POWERS.length; i <= n; i++) POWERS.push(POWERS[i - 1] * BIG_TEN);
  return POWERS[n];
}

/** Zero at scale 0. */
export const ZERO: Decimal = { units: BIG_ZERO, scale: 0 };

// Optional sign, digits with an optional fraction (or a fraction alone), optional exponent.
const NUMBER = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d{1,4}))?$/;

/**
 * Reads a decimal written as FOCUS's NumericFormat allows: optional sign, `.` as the
 * decimal point, optional exponent. Surrounding spaces are ignored. Anything else —
 * empty text, thousands separators, a decimal comma, currency signs, NaN — is not a
 * number: `null`, never a guess.
 *
 * @example
 * parseDecimal("-0.0150"); //=> { units: -150n, scale: 4 }
 * parseDecimal("1.5E-7"); //=> { units: 15n, scale: 8 }
 * parseDecimal("1,234.50"); //=> null
 */
export function parseDecimal(text: string): Decimal | null {
  const plain = plainDecimal(text);
  if (plain !== undefined) return plain;
  const match = NUMBER.exec(text.trim());
  if (match === null) return null;
  const [, sign, whole, fraction = "", exponentText] = match;
  if (whole === "" && fraction === "") return null;
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  let units = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units: sign === "-" ? -units : units, scale };
}

/** Digits a double holds exactly as an integer (below 2^53), with room to spare. */
const PLAIN_DIGITS = 15;

/**
 * The common case of {@link parseDecimal} without a regular expression or a BigInt read
 * from text, which were 10% of the import's time in Chromium: an optional minus, digits,
 * optionally a point and more digits, 15 digits at most, so the integer is exact in a
 * double. Anything else is `undefined`, left to the general reading.
 */
function plainDecimal(text: string): Decimal | undefined {
  const negative = text.charCodeAt(0) === 45; // "-"
  let value = 0;
  let digits = 0;
  let point = -1;
  for (let i = negative ? 1 : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      value = value * 10 + (c - 48);
      digits++;
    } else if (c === 46 && point < 0 && digits > 0) point = digits;
    else return undefined;
  }
  if (digits === 0 || digits > PLAIN_DIGITS || point === digits) return undefined;
  const units = BigInt(value);
  return { units: negative ? -units : units, scale: point < 0 ? 0 : digits - point };
}

/** The same value at a larger scale (exact). */
function atScale(d: Decimal, scale: number): bigint {
  return d.scale === scale ? d.units : d.units * pow10(scale - d.scale);
}

/**
 * a + b, exactly, at the larger of the two scales.
 *
 * @example
 * decimalToString(addDecimal(parseDecimal("0.1")!, parseDecimal("0.2")!)); //=> "0.3"
 */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  if (a.scale === b.scale) return { units: a.units + b.units, scale: a.scale };
  const scale = Math.max(a.scale, b.scale);
  return { units: atScale(a, scale) + atScale(b, scale), scale };
}

/**
 * A running exact sum that changes in place: the hot loop of an import adds millions
 * of values, and a new object per addition would be garbage.
 *
 * @example
 * const sum = new ExactSum();
 * sum.add(parseDecimal("0.10")!);
 * sum.add(parseDecimal("0.2")!);
 * decimalToString(sum.value()); //=> "0.3"
 */
export class ExactSum {
  private units = BIG_ZERO;
  private scale = 0;

  add(d: Decimal): void {
    if (d.scale > this.scale) {
      this.units *= pow10(d.scale - this.scale);
      this.scale = d.scale;
    }
    this.units += d.scale === this.scale ? d.units : d.units * pow10(this.scale - d.scale);
  }

  value(): Decimal {
    return { units: this.units, scale: this.scale };
  }
}

/** d × n for an integer n, exactly (a token unit size, a count). */
export function multiplyDecimal(d: Decimal, n: bigint): Decimal {
  return { units: d.units * n, scale: d.scale };
}

/** −1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = atScale(a, scale);
  const y = atScale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** True when d < 0. */
export function isNegative(d: Decimal): boolean {
  return d.units < BIG_ZERO;
}

/** True when d = 0. */
export function isZero(d: Decimal): boolean {
  return d.units === BIG_ZERO;
}

/**
 * Exact text of d without trailing zeros, with at least `minDecimals` decimals
 * (2 for money as finance reads it). Round-trips through {@link parseDecimal}.
 *
 * @example
 * decimalToString(parseDecimal("94.500")!, 2); //=> "94.50"
 * decimalToString(parseDecimal("-0.0000012")!); //=> "-0.0000012"
 */
export function decimalToString(d: Decimal, minDecimals = 0): string {
  const negative = d.units < BIG_ZERO;
  let digits = (negative ? -d.units : d.units).toString();
  let scale = d.scale;
  // Trailing zeros go (zero itself down to nothing; padding restores its "0").
  while (scale > minDecimals && (digits === "" || digits.endsWith("0"))) {
    digits = digits.slice(0, -1);
    scale--;
  }
  if (scale < minDecimals) {
    digits += "0".repeat(minDecimals - scale);
    scale = minDecimals;
  }
  digits = digits.padStart(scale + 1, "0");
  const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${text}` : text;
}

/**
 * The nearest JavaScript (and Excel) number to d: correctly rounded, because the
 * exact text is handed to the runtime's decimal-to-binary conversion.
 */
export function decimalToNumber(d: Decimal): number {
  return Number(decimalToString(d));
}

/** Decimals kept by {@link divideToNumber}; beyond what a double can show. */
const QUOTIENT_DIGITS = 24;

/**
 * a ÷ b as a number, or `null` when b is 0 (the caller says why in words). The
 * quotient is computed on the integers to 24 decimals, truncated, then converted
 * once, so its error is below a double's own rounding for any realistic price.
 *
 * @example
 * divideToNumber(parseDecimal("52.50")!, parseDecimal("2.10")!); //=> 25
 */
export function divideToNumber(a: Decimal, b: Decimal): number | null {
  if (isZero(b)) return null;
  // a/b = (a.units × 10^b.scale) / (b.units × 10^a.scale)
  const numerator = a.units * pow10(b.scale + QUOTIENT_DIGITS);
  const denominator = b.units * pow10(a.scale);
  return decimalToNumber({ units: numerator / denominator, scale: QUOTIENT_DIGITS });
}
