/*
 * On a machine without LibreOffice, poppler or Chromium, npm test and the engines project
 * stop at once with one line naming what is missing and how to install it. The tools are
 * hidden by running with a PATH that holds only node and sh, and a CHROMIUM_PATH that
 * points nowhere (or at stand-ins, to show what counts as present).
 */
import { spawnSync } from "child_process";
import { chmodSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";

const ROOT = path.resolve(__dirname, "..");
const PREFLIGHT = path.join(ROOT, "scripts", "preflight.js");

/** A directory for PATH with node and sh, and an executable stand-in for each of `programs`. */
function binWith(...programs: string[]): string {
  const bin = mkdtempSync(path.join(os.tmpdir(), "aivalue-bin-"));
  symlinkSync(process.execPath, path.join(bin, "node"));
  symlinkSync("/bin/sh", path.join(bin, "sh"));
  for (const p of programs) {
    writeFileSync(path.join(bin, p), "#!/bin/sh\nexit 0\n");
    chmodSync(path.join(bin, p), 0o755);
  }
  return bin;
}

function run(args: string[], bin: string, chromium = path.join(bin, "chromium")) {
  const r = spawnSync(process.execPath, args, {
    cwd: ROOT,
    env: { HOME: process.env.HOME, PATH: bin, CHROMIUM_PATH: chromium },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** npm's own script, found where the running npm test found it. */
function npmCli(): string {
  const dir = (process.env.PATH ?? "").split(path.delimiter).find((d) => {
    try {
      realpathSync(path.join(d, "npm"));
      return true;
    } catch {
      return false;
    }
  });
  if (!dir) throw new Error("npm is not on PATH");
  return realpathSync(path.join(dir, "npm"));
}

const NONE_LINE =
  'Missing soffice (LibreOffice), pdftoppm (poppler), /nowhere/chromium (Chromium, or set CHROMIUM_PATH): install with "apt-get install libreoffice-calc poppler-utils chromium" (Debian/Ubuntu), or run only the unit tests with "npm run test:unit".\n';

describe("the engine preflight", () => {
  test("names every missing engine and the command that installs them, in one line", () => {
    expect(run([PREFLIGHT], binWith(), "/nowhere/chromium")).toEqual({ status: 1, stdout: "", stderr: NONE_LINE });
  });

  test("names only what is missing", () => {
    const r = run([PREFLIGHT], binWith("soffice", "chromium"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^Missing pdftoppm \(poppler\): install with "apt-get install poppler-utils"/);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  test("is silent when all three are there", () => {
    expect(run([PREFLIGHT], binWith("soffice", "pdftoppm", "chromium"))).toEqual({ status: 0, stdout: "", stderr: "" });
  });

  test("lists the Debian packages to install for CI", () => {
    expect(run([PREFLIGHT, "--debian-packages"], binWith("pdftoppm"), "/nowhere/chromium").stdout).toBe("libreoffice-calc chromium\n");
  });

  test("stops npm test before the type check", () => {
    const r = run([npmCli(), "test"], binWith(), "/nowhere/chromium");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain(NONE_LINE);
    expect(r.stdout).not.toContain("tsc --noEmit");
  });

  test("stops the engines project before any test runs", () => {
    const r = run([require.resolve("jest/bin/jest"), "--selectProjects", "engines"], binWith(), "/nowhere/chromium");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(NONE_LINE);
    expect(r.stderr).not.toMatch(/PASS|FAIL/);
  });
});
