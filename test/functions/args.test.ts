/*
 * Argument handling shared by every function: what Excel on the web and on desktop
 * actually pass (null or 0 for blanks, text, booleans, ranges) and what each kind of
 * argument makes of it.
 */
import { isCalcError } from "../../src/core/calcError";
import * as arg from "../../src/functions/arg";
import { alignPaired as alignGrids, type Arg, type Domain, type Paired as Grid } from "../../src/functions/arg";

// Each kind's parser, as the declarations build it (the prose plays no part in parsing).
const num = (d: Domain = {}, o: { default?: number } = {}) => arg.scalar(d, "", o).parse;
const optionalLevel = () => arg.optionalLevel("", "").parse;
const sum = (d: Domain = {}) => arg.summed(d, "").parse;
const values = () => arg.averaged({}, "").parse;
const vector = () => arg.series({}, "").parse;
const optionalVector = () => arg.optionalSteps({}, "").parse;
const grid = () => arg.paired({}, "").parse;
const flag = (d: boolean) => arg.flag(d, "").parse;
const rung = () => arg.rung("").parse;
const level = (o: { default?: number } = {}) => arg.level("", o).parse;

const parse = <T>(parser: (raw: Arg, name: string) => T, raw: unknown) => parser(raw as Arg, "x");
const message = (result: unknown) => (isCalcError(result) ? `${result.code} ${result.message}` : result);

describe("scalar numbers", () => {
  it("take a number, or a 1×1 range holding one", () => {
    expect(parse(num(), 5)).toBe(5);
    expect(parse(num(), [[5]])).toBe(5);
  });

  it("accept numbers stored as text, as Excel's arithmetic does", () => {
    expect(parse(num(), "12")).toBe(12);
    expect(parse(num(), " 12.5 ")).toBe(12.5);
    expect(parse(num(), "25%")).toBe(0.25);
    expect(parse(num(), "-1e3")).toBe(-1000);
  });

  it("refuse other text, hex and booleans with #VALUE! naming the argument", () => {
    expect(message(parse(num(), "twelve"))).toBe('#VALUE! x must be a number, not text "twelve"');
    expect(message(parse(num(), "0x10"))).toMatch(/^#VALUE!/);
    expect(message(parse(num(), true))).toBe("#VALUE! x must be a number, not TRUE");
  });

  it("treat null, undefined and empty text alike: the default, or required", () => {
    for (const blank of [null, undefined, "", [[null]], [[""]]]) {
      expect(parse(num({}, { default: 7 }), blank)).toBe(7);
      expect(message(parse(num(), blank))).toBe("#VALUE! x is required");
    }
  });

  it("refuse a multi-cell range where one value belongs", () => {
    expect(message(parse(num(), [[1, 2]]))).toBe("#VALUE! x expects a single value, not a range of 1×2 cells");
  });

  it("check the domain with #NUM! and say the bound", () => {
    expect(message(parse(num({ gt: 0, max: 1 }), 0))).toBe("#NUM! x must be greater than 0, at most 1 (got 0)");
    expect(message(parse(num({ min: 1, integer: true }), 2.5))).toBe("#NUM! x must be a whole number, at least 1 (got 2.5)");
  });

  it("keep a left-out optional as undefined where absence has a meaning", () => {
    expect(parse(optionalLevel(), null)).toBeUndefined();
  });
});

describe("summed arguments", () => {
  it("add a range, counting blanks as 0", () => {
    expect(parse(sum(), [[1, null], ["", 2]])).toBe(3);
    expect(parse(sum(), null)).toBe(0);
  });

  it("check every number against the domain", () => {
    expect(message(parse(sum({ min: 0 }), [[5], [-1]]))).toMatch(/^#NUM! x must be at least 0 \(got -1\)/);
  });
});

describe("averaged arguments", () => {
  it("ignore blanks, as AVERAGE does", () => {
    expect(parse(values(), [[1, null, 3]])).toEqual([1, 3]);
  });
});

describe("steps and series", () => {
  it("take a row or a column, one element each", () => {
    expect(parse(vector(), [[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(parse(vector(), [[1], [2]])).toEqual([1, 2]);
  });

  it("refuse a blank element: a missing price is never 0", () => {
    expect(message(parse(vector(), [[1], [null]]))).toBe("#VALUE! x (item 2) is blank; enter a number");
  });

  it("refuse a block of several rows and columns", () => {
    expect(message(parse(vector(), [[1, 2], [3, 4]]))).toMatch(/one row or one column/);
  });

  it("distinguish a left-out optional vector", () => {
    expect(parse(optionalVector(), null)).toBeUndefined();
    expect(message(parse(vector(), null))).toBe("#VALUE! x is required");
  });

  it("keep one value as a number for every step, and blank steps as blanks for the math to judge (v2 spare rows)", () => {
    const stepsOf = arg.steps({ min: 0 }, "").parse;
    expect(parse(stepsOf, [[5]])).toBe(5);
    expect(parse(stepsOf, [[1], [null], [""], [4]])).toEqual([1, null, null, 4]);
    expect(message(parse(stepsOf, [[1], ["n/a"]]))).toBe('#VALUE! x (item 2) must be a number, not text "n/a"');
    expect(message(parse(stepsOf, null))).toBe("#VALUE! x is required");
    expect(parse(arg.optionalSteps({}, "").parse, [[""]])).toBeUndefined();
  });
});

describe("paired ranges", () => {
  const g = (raw: unknown): Grid => {
    const parsed = parse(grid(), raw);
    if (isCalcError(parsed)) throw new Error(parsed.message);
    return parsed;
  };

  it("pair same-shaped ranges and broadcast a single value", () => {
    const pairs = alignGrids({ h: g([[1], [2]]), c: g([[10], [20]]), r: g(0.5) });
    expect(pairs).toEqual({ h: [1, 2], c: [10, 20], r: [0.5, 0.5] });
  });

  it("skip positions blank everywhere and refuse positions blank somewhere", () => {
    expect(alignGrids({ h: g([[1], [null]]), c: g([[10], [null]]) })).toEqual({ h: [1], c: [10] });
    expect(message(alignGrids({ h: g([[1], [2]]), c: g([[10], [null]]) }))).toMatch(/c \(item 2\) is blank/);
  });
});

describe("flags", () => {
  it("take TRUE/FALSE or 1/0, blank meaning the default", () => {
    expect(parse(flag(false), true)).toBe(true);
    expect(parse(flag(false), 1)).toBe(true);
    expect(parse(flag(true), null)).toBe(true);
    expect(message(parse(flag(false), "yes"))).toMatch(/^#VALUE! x must be TRUE or FALSE/);
  });
});

describe("rungs of the evidence ladder", () => {
  it.each([true, 1, "Evidenced", "audited", " YES "])("count %p as evidenced", (v) => {
    expect(parse(rung(), v)).toBe(true);
  });

  it.each([false, 0, null, "", "None", "planned", "Claimed", "no"])("do not count %p", (v) => {
    expect(parse(rung(), v)).toBe(false);
  });

  it("count a range when any of its cells counts", () => {
    expect(parse(rung(), [["Planned"], ["Evidenced"]])).toBe(true);
  });

  it("refuse other words and numbers", () => {
    expect(message(parse(rung(), "done"))).toMatch(/accepted|one of Evidenced, Audited, Yes/);
    expect(message(parse(rung(), 2))).toMatch(/^#VALUE!/);
  });
});

describe("evidence levels", () => {
  it("take 0…5 or a rung name, in any case", () => {
    expect(parse(level(), 3)).toBe(3);
    expect(parse(level(), "financial")).toBe(4);
    expect(parse(level(), "None")).toBe(0);
    expect(parse(level(), "2")).toBe(2);
  });

  it("use the default when blank, or say it is required", () => {
    expect(parse(level({ default: 4 }), null)).toBe(4);
    expect(message(parse(level(), null))).toBe("#VALUE! x is required");
  });
});
