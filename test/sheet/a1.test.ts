import { quoteSheet } from "../../src/sheet/a1";

describe("quoteSheet", () => {
  // Names Excel would read as a cell, an R1C1 reference or a boolean must be quoted
  // (issue 11, finding 7: the board summary wrote them bare and Excel refused the formula).
  test.each(["AI1", "FY2026", "Q1", "XFD1", "R2D2", "R", "C", "RC", "r1c1", "C3", "TRUE", "false"])("quotes %s", (name) => {
    expect(quoteSheet(name)).toBe(`'${name}'`);
  });

  test.each(["Summary", "Sheet1", "Revenue", "Contracts_2026", "Cost.Model", "ABCD1"])("leaves the plain word %s bare", (name) => {
    expect(quoteSheet(name)).toBe(name);
  });

  test.each([
    ["Value Contract", "'Value Contract'"],
    ["École", "'École'"],
    ["計画", "'計画'"],
    ["Bob's plan", "'Bob''s plan'"],
    ["2026", "'2026'"],
  ])("quotes %s as %s", (name, quoted) => {
    expect(quoteSheet(name)).toBe(quoted);
  });
});
