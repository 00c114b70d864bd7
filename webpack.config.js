/* Builds dist/: functions.js + functions.json (from the function declarations), the task pane,
 * the offline help page, the icons and manifest.xml. The only URL setting is AIVALUE_BASE_URL. */
const path = require("path");
const fs = require("fs");
const { Compilation, sources } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

// The function declarations are TypeScript: ts-node compiles them for this process only.
require("ts-node").register({ transpileOnly: true });

const DEV_BASE_URL = "https://localhost:3000/";
const SOURCES = [path.resolve(__dirname, "src"), path.resolve(__dirname, "scripts")];

function baseUrl(mode) {
  const url = process.env.AIVALUE_BASE_URL;
  if (mode === "development") return DEV_BASE_URL;
  if (!url) {
    console.warn(`AIVALUE_BASE_URL is not set: dist/ points at ${DEV_BASE_URL} (fine for tests, not for deployment).`);
    return DEV_BASE_URL;
  }
  if (!/^https:\/\/[^/]+(\/[^?#]*)?$/.test(url)) {
    throw new Error(`AIVALUE_BASE_URL must be an https URL without query or fragment, got "${url}"`);
  }
  return url.endsWith("/") ? url : `${url}/`;
}

/** Rewrites the development base URL in every text asset that carries one. */
class BaseUrlPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    if (this.url === DEV_BASE_URL) return;
    compiler.hooks.thisCompilation.tap("BaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "BaseUrlPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        (assets) => {
          for (const name of Object.keys(assets)) {
            if (!/\.(xml|json|html)$/.test(name)) continue;
            const text = assets[name].source().toString();
            if (text.includes(DEV_BASE_URL)) {
              compilation.updateAsset(name, new sources.RawSource(text.split(DEV_BASE_URL).join(this.url)));
            }
          }
        },
      );
    });
  }
}

/**
 * The function declarations (src/functions/library.ts) and what is written from them,
 * read afresh for every compilation so that a watching dev server picks up an edit.
 */
function functionReference() {
  for (const file of Object.keys(require.cache)) if (SOURCES.some((dir) => file.startsWith(dir))) delete require.cache[file];
  const { LIBRARY } = require("./src/functions/library");
  const { functionsJson } = require("./scripts/functions-json");
  const { renderHelpPage } = require("./scripts/help-page");
  return { json: JSON.stringify(functionsJson(LIBRARY, DEV_BASE_URL), null, 2), help: renderHelpPage(LIBRARY) };
}

/** Emits functions.json, Excel's metadata for the custom functions. */
class FunctionsJsonPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsJsonPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "FunctionsJsonPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset("functions.json", new sources.RawSource(functionReference().json));
      });
    });
  }
}

function httpsOptions() {
  // scripts/start.mjs generates certificates into a project folder where the CA cannot be
  // trusted (Linux without sudo); elsewhere office-addin-dev-certs installs and trusts its own.
  const dir = process.env.AIVALUE_CERT_DIR;
  if (dir) {
    return {
      key: fs.readFileSync(path.join(dir, "localhost.key")),
      cert: fs.readFileSync(path.join(dir, "localhost.crt")),
      ca: fs.readFileSync(path.join(dir, "ca.crt")),
    };
  }
  return require("office-addin-dev-certs").getHttpsServerOptions();
}

module.exports = async (env, argv) => {
  const mode = argv.mode || "production";
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      functions: "./src/functions/register.ts",
      taskpane: "./src/taskpane/taskpane.tsx",
      // The FOCUS import's Web Worker: its own file, loaded by the pane with new Worker("billing-worker.js").
      "billing-worker": "./src/taskpane/actuals/worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // The pane's tabs other than Templates (see App.tsx), loaded on first use.
      chunkFilename: "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: {
            loader: "ts-loader",
            // ES modules let webpack drop the parts of React and Fluent UI the pane does not use.
            options: { onlyCompileBundledFiles: true, compilerOptions: { module: "es2020", moduleResolution: "node" } },
          }, }],
    },
    performance: { hints: false },
    plugins: [
      new FunctionsJsonPlugin(),
      new HtmlWebpackPlugin({ filename: "help.html", inject: false, minify: false, templateContent: () => functionReference().help }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new BaseUrlPlugin(baseUrl(mode)),
    ],
    devServer: serving
      ? {
          host: "localhost",
          port: 3000,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          client: { overlay: false },
        }
      : undefined,
  };
};
