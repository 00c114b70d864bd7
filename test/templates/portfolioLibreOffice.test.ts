/*
 * The worked example's portfolio as a recipient without the add-in reads it once the board
 * pack has frozen the AIVALUE cells: every AIVALUE formula replaced by its value, LibreOffice
 * recalculates everything else. Every portfolio cell then equals HyperFormula's value with the
 * add-in, and the totals equal the sums over the three contracts worked out by hand, at 1e-9.
 */
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { DetailedCellError } from "hyperformula";
import { parseRange } from "../../src/sheet/a1";
import type { Plan } from "../../src/sheet/plan";
import { PORTFOLIO_NAMES as PN } from "../../src/templates/portfolio";
import { ALL } from "../../src/templates/portfolio/names";
import { CONTRACT_NAMES as C } from "../../src/templates/valueContract/names";
import { workedExample } from "../../scripts/xlsx/workedExample";
import { recalculate, resultAt } from "../../harness/libreoffice";
import { loadIntoHyperFormula, type LoadedWorkbook } from "../../harness/workbookEngine";
import { CONTRACTS } from "./portfolioByHand";

let engine: LoadedWorkbook;
let office: ExcelJS.Workbook;
let plans: Plan[];
let frozen = 0;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * The file with every AIVALUE cell holding its value instead of its formula, as the board pack
 * freezes it. The package is edited in place: an ExcelJS round trip would make the three
 * contracts' worksheet-scoped names global.
 */
async function frozenAivalue(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const order = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1].replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
  for (const [i, sheet] of order.entries()) {
    const file = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = (await zip.file(file)!.async("string")).replace(/<c r="([A-Z]+\d+)"([^>]*?)><f>([^<]*AIVALUE\.[^<]*)<\/f>(?:<v>[^<]*<\/v>)?<\/c>/g, (_m, ref: string, attrs: string) => {
      const v = engine.value(sheet, ref);
      if (v instanceof DetailedCellError) throw new Error(`${sheet}!${ref} is ${v.value} with the add-in`);
      frozen++;
      if (typeof v === "string") return `<c r="${ref}"${attrs} t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
      if (typeof v === "boolean") return `<c r="${ref}"${attrs} t="b"><v>${v ? 1 : 0}</v></c>`;
      return `<c r="${ref}"${attrs}><v>${v ?? 0}</v></c>`;
    });
    zip.file(file, xml);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

beforeAll(async () => {
  const example = workedExample();
  plans = example.plans;
  const buffer = await example.book.toBuffer();
  engine = await loadIntoHyperFormula(buffer);
  office = await recalculate(await frozenAivalue(buffer));
}, 240_000);

afterAll(() => engine?.hf.destroy());

/** Where a worksheet-scoped name points, from the plan. */
function ref(sheet: string, name: string): string {
  const s = plans.flatMap((p) => p.sheets).find((x) => x.name === sheet)!;
  return s.names.find((n) => n.name === name)!.ref.replace(/\$/g, "");
}
const lo = (sheet: string, address: string) => resultAt(office.getWorksheet(sheet)!, address);
const named = (sheet: string, name: string) => lo(sheet, ref(sheet, name));

function close(got: unknown, want: number, what: string): void {
  if (typeof got !== "number" || Math.abs(got - want) > 1e-9 * Math.max(1, Math.abs(want))) throw new Error(`${what}: LibreOffice ${JSON.stringify(got)}, expected ${want}`);
}

describe("the portfolio recalculated by LibreOffice after the board pack's freeze", () => {
  test("every portfolio cell equals its value with the add-in", () => {
    expect(frozen).toBe(engine.formulas.filter((f) => f.formula.includes("AIVALUE.")).length);
    const cells = engine.formulas.filter((f) => f.sheet === "Portfolio");
    expect(cells.length).toBeGreaterThan(250);
    const mismatches: string[] = [];
    for (const f of cells) {
      const want = engine.value(f.sheet, f.ref);
      const got = lo(f.sheet, f.ref);
      const same =
        typeof want === "number" && typeof got === "number"
          ? Math.abs(got - want) <= 1e-9 * Math.max(1, Math.abs(want))
          : // ExcelJS reads a cached "" back as no result (see resultAt).
            !(want instanceof DetailedCellError) && (got === want || (want === "" && got === 0));
      if (!same) mismatches.push(`${f.ref} ${f.formula}: LibreOffice ${JSON.stringify(got)}, with the add-in ${JSON.stringify(want)}`);
    }
    expect(mismatches).toEqual([]);
  });

  test("totals equal the sums over the three contracts worked out by hand", () => {
    const sum = (f: (h: (typeof CONTRACTS)[number]["hand"]) => number) => CONTRACTS.reduce((s, c) => s + f(c.hand), 0);
    close(named("Portfolio", PN.Contracts), 3, "contracts");
    close(named("Portfolio", PN.Planned), sum((h) => h.benefits), "planned value");
    close(named("Portfolio", PN.Evidenced), sum((h) => h.evidenced), "evidenced value");
    close(named("Portfolio", PN.Cost), sum((h) => h.cost), "full cost");
    close(named("Portfolio", PN.Weighted), sum((h) => h.weighted), "evidence-weighted value");
    close(named("Portfolio", PN.RealisedToDate), sum((h) => h.realised ?? 0), "realised to date");
    close(named("Portfolio", PN.ROI), (sum((h) => h.benefits) - sum((h) => h.cost)) / sum((h) => h.cost), "ROI");
    expect(named("Portfolio", PN.MasterCheck)).toBe("OK");
  });

  test("each contract's line equals the contract's own outputs", () => {
    const first = parseRange(ref("Portfolio", ALL.name)).top;
    const column = (name: string) => ref("Portfolio", name).match(/^[A-Z]+/)![0];
    CONTRACTS.forEach((c, i) => {
      const at = (name: string) => lo("Portfolio", `${column(name)}${first + i}`);
      expect(at(ALL.planned)).toBe(named(c.sheet, C.Benefits));
      expect(at(ALL.cost)).toBe(named(c.sheet, C.TotalCost));
      expect(at(ALL.weighted)).toBe(named(c.sheet, C.WeightedValue));
      expect(at(ALL.call)).toBe(c.verdict);
      close(at(ALL.planned), c.hand.benefits, `${c.sheet} planned value`);
    });
  });
});
