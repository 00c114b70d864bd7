/*
 * Offline checks of manifest.xml: what Office's online validator would reject, and what
 * would break the shared runtime or the custom functions without any error message.
 */
import { readFileSync } from "fs";
import path from "path";
import { XMLParser } from "fast-xml-parser";
import { pngSize } from "./helpers/png";

const ROOT = path.resolve(__dirname, "..");
const BASE_URL = "https://localhost:3000/";
const xml = readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", removeNSPrefix: true, isArray: () => false });
const app = parser.parse(xml).OfficeApp;
const host = app.VersionOverrides.Hosts.Host;

/** Every element or attribute value anywhere in the manifest, with its path. */
function walk(node: unknown, at: string, visit: (at: string, key: string, value: string) => void): void {
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (typeof value === "string") visit(at, key, value);
    else for (const child of Array.isArray(value) ? value : [value]) walk(child, `${at}/${key}`, visit);
  }
}

const resources = app.VersionOverrides.Resources;
const asList = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const resourceIds = new Map<string, string>();
for (const group of ["Images", "Urls", "ShortStrings", "LongStrings"]) {
  const [kind] = Object.keys(resources[group]);
  for (const r of asList(resources[group][kind]) as Record<string, string>[]) {
    expect(resourceIds.has(r["@id"])).toBe(false);
    resourceIds.set(r["@id"], r["@DefaultValue"]);
  }
}

describe("manifest.xml", () => {
  test("is an Excel task pane add-in with a GUID id and a four-part version", () => {
    expect(app["@type"]).toBe("TaskPaneApp");
    expect(app.Id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(app.Version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(app.Hosts.Host["@Name"]).toBe("Workbook");
    expect(host["@type"]).toBe("Workbook");
  });

  test("asks for ReadWriteDocument and nothing more", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
  });

  test("declares custom functions in the AIVALUE namespace", () => {
    const cf = host.AllFormFactors.ExtensionPoint;
    expect(cf["@type"]).toBe("CustomFunctions");
    expect(resourceIds.get(cf.Namespace["@resid"])).toBe("AIVALUE");
    expect(resourceIds.get(cf.Script.SourceLocation["@resid"])).toBe(`${BASE_URL}functions.js`);
    expect(resourceIds.get(cf.Metadata.SourceLocation["@resid"])).toBe(`${BASE_URL}functions.json`);
  });

  test("runs functions and task pane in one long-lived shared runtime", () => {
    expect(app.Requirements.Sets.Set).toMatchObject({ "@Name": "SharedRuntime", "@MinVersion": "1.1" });
    const runtime = host.Runtimes.Runtime;
    expect(runtime["@lifetime"]).toBe("long");
    const page = runtime["@resid"];
    expect(resourceIds.get(page)).toBe(`${BASE_URL}taskpane.html`);
    expect(host.AllFormFactors.ExtensionPoint.Page.SourceLocation["@resid"]).toBe(page);
    expect(host.DesktopFormFactor.FunctionFile["@resid"]).toBe(page);
    const button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(button.Action["@type"]).toBe("ShowTaskpane");
    expect(button.Action.SourceLocation["@resid"]).toBe(page);
    expect(app.DefaultSettings.SourceLocation["@DefaultValue"]).toBe(`${BASE_URL}taskpane.html`);
  });

  test("has a ribbon button with label, tooltip and 16/32/80 px icons", () => {
    const button = host.DesktopFormFactor.ExtensionPoint.OfficeTab.Group.Control;
    expect(button["@type"]).toBe("Button");
    expect(resourceIds.get(button.Label["@resid"])).toBeTruthy();
    expect(resourceIds.get(button.Supertip.Description["@resid"])).toBeTruthy();
    expect(asList(button.Icon.Image).map((i: Record<string, string>) => i["@size"])).toEqual(["16", "32", "80"]);
  });

  test("every resid refers to a resource", () => {
    const missing: string[] = [];
    walk(app, "OfficeApp", (at, key, value) => {
      if (key === "@resid" && !resourceIds.has(value)) missing.push(`${at}: ${value}`);
    });
    expect(missing).toEqual([]);
  });

  test("every URL is https on the one base URL", () => {
    const urls: string[] = [];
    walk(app, "OfficeApp", (_at, key, value) => {
      if (/^https?:\/\//.test(value) && key !== "@xmlns" && !key.startsWith("@xmlns")) urls.push(value);
    });
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) {
      expect(url.startsWith(BASE_URL)).toBe(true);
    }
  });

  test("every icon URL names a file in assets/ of the size Office expects", () => {
    const icons: [string, number][] = [
      [app.IconUrl["@DefaultValue"], 32],
      [app.HighResolutionIconUrl["@DefaultValue"], 64],
      ...(asList(resources.Images.Image) as Record<string, string>[]).map(
        (i): [string, number] => [i["@DefaultValue"], Number(/(\d+)x\1$/.exec(i["@id"])?.[1])],
      ),
    ];
    for (const [url, size] of icons) {
      const file = path.join(ROOT, url.slice(BASE_URL.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
