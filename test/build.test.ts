/*
 * The production build: one setting (AIVALUE_BASE_URL) moves every URL, functions.js
 * registers the whole library without touching the DOM or Excel, and the generated
 * metadata describes every function and argument.
 */
import { execFileSync } from "child_process";
import { gzipSync } from "zlib";
import { mkdtempSync, readFileSync, readdirSync } from "fs";
import os from "os";
import path from "path";
import vm from "vm";
import { renderHelpPage } from "../scripts/help-page";
import { LIBRARY } from "../src/functions/library";
import { functionsJson } from "../scripts/functions-json";
import { CONTRACT_IDS, distFile } from "../harness/dist";

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl: string;
    parameters: { name: string; description: string; optional?: boolean }[];
  }[];
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" };

/** A page's text as a reader sees it: no style sheet, no tags, entities decoded, spaces collapsed. */
function words(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, "")
    .replace(/<[a-z/!][^>]*>/gi, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e])
    .replace(/\s+/g, " ")
    .trim();
}

describe("dist/functions.js", () => {
  test("registers every contract function under its upper-case id, touching neither DOM nor Excel", () => {
    const associated = new Map<string, unknown>();
    // No window, document, Office or Excel in this context: touching one at load throws.
    const context = vm.createContext({ CustomFunctions: { associate: (id: string, fn: unknown) => associated.set(id, fn) } });
    vm.runInContext(distFile("functions.js"), context);
    expect([...associated.keys()].sort()).toEqual([...CONTRACT_IDS].sort());
    for (const fn of associated.values()) expect(typeof fn).toBe("function");
  });
});

describe("dist/functions.json", () => {
  const metadata: Metadata = JSON.parse(distFile("functions.json"));
  const help = distFile("help.html");

  test("is written from the function declarations, as is help.html (whose words are compared: the build minifies it)", () => {
    expect(metadata).toEqual(functionsJson(LIBRARY, "https://localhost:3000/"));
    expect(words(help)).toBe(words(renderHelpPage(LIBRARY)));
  });

  test("has stable upper-case ids equal to the names, one per contract function", () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(CONTRACT_IDS);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  test("describes every function and every parameter", () => {
    for (const f of metadata.functions) {
      expect(f.description.length).toBeGreaterThan(30);
      for (const p of f.parameters) {
        expect(p.name).toMatch(/^[a-z][a-z_]*$/);
        expect(p.description.length).toBeGreaterThan(10);
      }
    }
  });

  test("links every function to its own anchor in the offline help page", () => {
    for (const f of metadata.functions) {
      expect(f.helpUrl).toBe(`https://localhost:3000/help.html#${f.id.toLowerCase()}`);
      expect(help).toMatch(new RegExp(`<section id="?${f.id.toLowerCase()}"?>`));
    }
  });
});

describe("bundle budgets", () => {
  const gzipped = (name: string) => gzipSync(distFile(name)).length;

  // 250 KB until the tokenizer and the v2 tabs; 290 KB while every tab shipped in the first
  // chunk. Now every tab but Templates is a chunk of its own (App.tsx), and so is its Office
  // code (src/taskpane/excel/, one file a tab): the first chunk measured 256 KB.
  test("the task pane's first JavaScript is at most 270 KB gzipped", () => {
    expect(gzipped("taskpane.js")).toBeLessThanOrEqual(270 * 1024);
  });

  test("every tab but Templates is a chunk of its own, fetched on first use rather than with the page", () => {
    const page = distFile("taskpane.html");
    for (const tab of ["actuals", "boardpack", "functions", "help", "settings"]) {
      expect(gzipped(`tab-${tab}.js`)).toBeGreaterThan(0);
      expect(page).not.toContain(`tab-${tab}.js`);
    }
  });

  test("functions.js is at most 30 KB gzipped", () => {
    expect(gzipped("functions.js")).toBeLessThanOrEqual(30 * 1024);
  });

  test("the FOCUS import worker is at most 30 KB gzipped", () => {
    expect(gzipped("billing-worker.js")).toBeLessThanOrEqual(30 * 1024);
  });
});

describe("dist/taskpane.html", () => {
  test("allows scripts only from itself and Office's CDN, workers and connections only from itself", () => {
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(distFile("taskpane.html"))?.[1] ?? "";
    const directives = Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives["default-src"]).toEqual(["'self'"]);
    expect(directives["script-src"]).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives["connect-src"]).toEqual(["'self'"]);
    expect(directives["worker-src"]).toEqual(["'self'"]);
    expect(directives["frame-src"]).toEqual(["'none'"]);
  });
});

describe("production build with AIVALUE_BASE_URL", () => {
  const out = mkdtempSync(path.join(os.tmpdir(), "aivalue-build-"));
  const base = "https://addin.contoso.test/aivalue/";

  beforeAll(() => {
    execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", out], {
      cwd: path.resolve(__dirname, ".."),
      env: { ...process.env, AIVALUE_BASE_URL: base },
      stdio: "pipe",
    });
  }, 120_000);

  test("rewrites every development URL in manifest, metadata and pages", () => {
    for (const file of readdirSync(out).filter((f) => /\.(xml|json|html)$/.test(f))) {
      const text = readFileSync(path.join(out, file), "utf8");
      expect({ file, localhost: text.includes("localhost") }).toEqual({ file, localhost: false });
    }
    const manifest = readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(manifest).toContain(`${base}functions.js`);
    expect(manifest).toContain(`${base}taskpane.html`);
    const metadata: Metadata = JSON.parse(readFileSync(path.join(out, "functions.json"), "utf8"));
    expect(metadata.functions[0].helpUrl).toBe(`${base}help.html#workflowcost`);
  });
});
