// npm start: serve the add-in over https on localhost:3000 and, where desktop Excel
// exists (Windows, macOS), sideload it. On Linux it serves with certificates generated
// into .certs/ (the CA cannot be trusted there without sudo) and says how to sideload
// into Excel on the web. Any failure exits non-zero.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { X509Certificate } from "node:crypto";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);

function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env }, shell: process.platform === "win32" });
    child.on("error", (err) => {
      console.error(`npm start: could not run ${command}: ${err.message}`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
}

function certificatesValid(dir) {
  const files = ["ca.crt", "localhost.crt", "localhost.key"].map((f) => path.join(dir, f));
  if (!files.every(existsSync)) return false;
  const cert = new X509Certificate(readFileSync(files[1]));
  return new Date(cert.validTo).getTime() - Date.now() > 24 * 3600 * 1000;
}

async function linux() {
  const dir = path.join(root, ".certs");
  if (!certificatesValid(dir)) {
    const { generateCertificates } = require("office-addin-dev-certs");
    await generateCertificates(path.join(dir, "ca.crt"), path.join(dir, "localhost.crt"), path.join(dir, "localhost.key"), 30);
    console.log(`npm start: generated development certificates in ${dir}`);
  }
  console.log(`
AIVALUE is being served at https://localhost:3000/ (manifest: https://localhost:3000/manifest.xml).
Desktop Excel does not run on Linux, so sideload into Excel on the web:
  1. Trust the development CA once in your browser: import ${path.join(dir, "ca.crt")}
     as a certificate authority (Chrome/Edge: Settings > Privacy and security > Security >
     Manage certificates > Authorities > Import; Firefox: Settings > Certificates > Authorities > Import).
  2. Open a workbook at https://www.office.com, then Home > Add-ins > More Add-ins >
     Upload My Add-in, and choose ${path.join(root, "manifest.xml")}.
  3. Type =AIVALUE. in a cell, or open the AI Value button on the Home tab.
Press Ctrl+C to stop.
`);
  return run(bin("webpack"), ["serve", "--mode", "development"], { AIVALUE_CERT_DIR: dir });
}

async function desktop() {
  // office-addin-debugging starts the dev server, waits for port 3000, trusts the dev CA
  // (office-addin-dev-certs, via webpack.config.js) and sideloads into desktop Excel.
  return run(bin("office-addin-debugging"), [
    "start",
    "manifest.xml",
    "desktop",
    "--app",
    "excel",
    "--dev-server",
    "npm run dev-server",
    "--dev-server-port",
    "3000",
  ]);
}

const code = process.platform === "linux" ? await linux() : await desktop();
if (code !== 0) console.error(`npm start: failed (exit code ${code}); see the messages above.`);
process.exit(code);
