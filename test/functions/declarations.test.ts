/*
 * Everything written from the function declarations agrees with them: functions.json
 * (checked against Microsoft's own metadata generator), the built functions.json and
 * help.html, docs/functions.md, the task pane's gallery and the HyperFormula plugin.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { HyperFormula } from "hyperformula";
import { renderFunctionsDoc } from "../../scripts/functions-doc";
import type { ExcelFunction } from "../../src/functions/excelFunction";
import { LIBRARY } from "../../src/functions/library";
import { functionsJson } from "../../scripts/functions-json";
import { argumentText, exampleFormula, syntax } from "../../src/functions/reference";
import { FUNCTIONS } from "../../src/taskpane/catalogue";
import { registerAivalue } from "../../harness/hyperformula";

const BASE = "https://localhost:3000/";
const DOC = path.resolve(__dirname, "../../docs/functions.md");

/** The JSDoc-annotated source Microsoft's generator expects, written from the declarations. */
function jsdocSource(library: readonly ExcelFunction[]): string {
  const resultType = (f: ExcelFunction) =>
    f.spill ? "number[][]" : f.returns.type === "number or string" ? "number | string" : f.returns.type;
  return library
    .map((f) => {
      const params = f.args.map((a) => ` * @param ${a.optional ? `[${a.name}]` : a.name} ${argumentText(a)}`);
      const signature = f.args.map((a) => `${a.name}${a.optional ? "?" : ""}: any[][]`).join(", ");
      return [
        "/**",
        ` * ${f.description}`,
        ` * @customfunction ${f.id}`,
        ` * @helpurl ${BASE}help.html#${f.id.toLowerCase()}`,
        ...params,
        ` * @returns ${f.returns.text}`,
        " */",
        `export function ${f.id.toLowerCase()}(${signature}): ${resultType(f)} {`,
        '  throw new Error("metadata only");',
        "}",
      ].join("\n");
    })
    .join("\n\n");
}

describe("functions.json", () => {
  test("equals what Microsoft's custom-functions-metadata generates from the same declarations as JSDoc", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "aivalue-jsdoc-")), "functions.ts");
    writeFileSync(file, jsdocSource(LIBRARY));
    const generated = await generateCustomFunctionsMetadata([file], true);
    expect(generated.errors).toEqual([]);
    expect(functionsJson(LIBRARY, BASE)).toEqual(JSON.parse(generated.metadataJson));
  }, 60_000);

  test("says every argument's bound and default as its parser applies them", () => {
    const texts = Object.fromEntries(LIBRARY.flatMap((f) => f.args.map((a) => [`${f.id}.${a.name}`, argumentText(a)])));
    expect(texts["WORKFLOWCOST.success_rate"]).toBe("Share of attempts that complete; failed attempts cost the same (0 < x ≤ 1). Default 1.");
    expect(texts["BREAKEVEN.annual_discount_rate"]).toMatch(/\(> −1\)\. Default 0\.$/);
    expect(texts["BREAKEVEN.horizon_months"]).toBe("Months to look ahead (whole number, 1…1200). Default 120, or the series length.");
    expect(texts["VERDICT.required_level"]).toMatch(/\. Default 4 \(Financial\)\.$/);
    expect(texts["VERDICT.evidence_level"]).toMatch(/\. Default 0 \(None\)\.$/);
    expect(texts["SAMPLESIZE.alpha"]).toMatch(/\(0 < x < 1\)\. Default 0\.05\.$/);
    expect(texts["REALISED.cannibalisation"]).toMatch(/\(≥ 0\)\. Default 0\.$/);
  });

  test("lists optional arguments only after the required ones, as Excel requires", () => {
    for (const f of LIBRARY) {
      const firstOptional = f.args.findIndex((a) => a.optional);
      if (firstOptional >= 0) expect({ id: f.id, optional: f.args.slice(firstOptional).map((a) => a.optional) }).toEqual({
        id: f.id,
        optional: f.args.slice(firstOptional).map(() => true),
      });
    }
  });

  test("gives every worked example every required argument", () => {
    for (const f of LIBRARY) {
      const required = f.args.filter((a) => !a.optional).length;
      expect(f.example.args.length).toBeGreaterThanOrEqual(required);
      expect(f.example.args.length).toBeLessThanOrEqual(f.args.length);
    }
  });
});

describe("docs/functions.md", () => {
  test("is current with the declarations (UPDATE_DOCS=1 rewrites it)", () => {
    const rendered = renderFunctionsDoc(LIBRARY);
    if (process.env.UPDATE_DOCS) writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, "utf8")).toBe(rendered);
  });
});

describe("the task pane's gallery", () => {
  test("shows every function with the words and example of its declaration", () => {
    expect(FUNCTIONS.map((f) => f.id)).toEqual(LIBRARY.map((f) => f.id));
    FUNCTIONS.forEach((entry, i) => {
      const f = LIBRARY[i];
      expect(entry.description).toBe(f.description);
      expect(entry.syntax).toBe(syntax(f));
      expect(entry.parameters).toEqual(f.args.map((a) => ({ name: a.name, description: argumentText(a), optional: a.optional })));
      expect(entry.example).toEqual({ formula: exampleFormula(f), story: f.example.story });
    });
  });
});

describe("the HyperFormula plugin", () => {
  test("registers every function with its declared arity and optional arguments", () => {
    registerAivalue();
    const names = HyperFormula.getRegisteredFunctionNames("enGB");
    for (const f of LIBRARY) {
      expect(names).toContain(`AIVALUE.${f.id}`);
      const plugin = HyperFormula.getFunctionPlugin(`AIVALUE.${f.id}`);
      const implemented = plugin?.implementedFunctions[`AIVALUE.${f.id}`];
      expect(implemented?.parameters?.map((p) => p.optionalArg)).toEqual(f.args.map((a) => a.optional));
      expect(Boolean(implemented?.sizeOfResultArrayMethod)).toBe(Boolean(f.spill));
    }
  });
});
