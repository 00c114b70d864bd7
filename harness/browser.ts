/*
 * The built task pane in headless Chromium (Debian's package, driven by playwright-core)
 * against the fake Office host, served from dist/ on a loopback port. Every request the
 * page makes is recorded.
 */
import { createServer, type Server } from "http";
import { readFile } from "fs/promises";
import os from "os";
import path from "path";
import { mkdtempSync } from "fs";
import webpack from "webpack";
import { chromium, type Browser, type Page } from "playwright-core";
import { DIST } from "./dist";

// The same Chromium the preflight looked for (plain CommonJS, so npm test can run it first).
const { chromiumPath } = require("../scripts/preflight") as { chromiumPath(env?: NodeJS.ProcessEnv): string };

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json", ".png": "image/png", ".xml": "application/xml" };

/** Bundles the fake Office host for the browser. */
export async function buildFakeOffice(): Promise<string> {
  const out = mkdtempSync(path.join(os.tmpdir(), "aivalue-fake-office-"));
  await new Promise<void>((resolve, reject) =>
    webpack(
      {
        mode: "development",
        devtool: false,
        entry: path.resolve(__dirname, "../test/browser/fakeOffice.ts"),
        output: { path: out, filename: "office.js" },
        resolve: { extensions: [".ts", ".js"] },
        module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } }] },
      },
      (err, stats) => (err || stats?.hasErrors() ? reject(err ?? new Error(stats?.toString())) : resolve()),
    ),
  );
  return readFile(path.join(out, "office.js"), "utf8");
}

/** Serves dist/ on 127.0.0.1 and a free port. */
export async function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer(async (req, res) => {
    const file = path.join(DIST, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    if (!file.startsWith(DIST)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** Opens the task pane at a given width with the fake host; `requests` collects every URL the page asks for. */
export async function openTaskpane(browser: Browser, origin: string, fakeOffice: string, width = 320): Promise<{ page: Page; requests: string[] }> {
  // Reduced motion: Fluent UI then skips its animations, so what the test sees is settled.
  const page = await browser.newPage({ viewport: { width, height: 900 }, reducedMotion: "reduce" });
  const requests: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: fakeOffice }));
  await page.goto(`${origin}/taskpane.html`);
  await page.getByRole("tab", { name: "Templates" }).waitFor();
  return { page, requests };
}

export { OFFICE_JS };

/**
 * For a Jest file of pane tests: one Chromium, the served dist/ and the bundled fake host,
 * started before its tests and closed after them; `open` gives each test a page of its own,
 * `origin` is where dist/ is served (the one place the pane may ask for anything but office.js).
 */
export function paneTests(): { open: (width?: number) => Promise<{ page: Page; requests: string[] }>; origin: () => string } {
  let browser: Browser | undefined;
  let server: Server | undefined;
  let origin = "";
  let fakeOffice = "";
  beforeAll(async () => {
    fakeOffice = await buildFakeOffice();
    ({ server, origin } = await serveDist());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return { open: (width) => openTaskpane(browser!, origin, fakeOffice, width), origin: () => origin };
}
