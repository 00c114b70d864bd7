/* Builds dist/: functions.js + functions.json (from the JSDoc), the task pane, the offline
 * help page, the icons and manifest.xml. The only URL setting is AIVALUE_BASE_URL. */
const path = require("path");
const fs = require("fs");
const { Compilation, DefinePlugin, sources } = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { renderHelpPage } = require("./scripts/help-page");

const DEV_BASE_URL = "https://localhost:3000/";
const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

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
  const metadata = await generateCustomFunctionsMetadata([path.resolve(FUNCTIONS_SOURCE)], true);
  if (metadata.errors.length > 0) throw new Error(metadata.errors.join("\n"));
  const serving = Boolean(env.WEBPACK_SERVE);

  return {
    mode,
    devtool: mode === "development" ? "source-map" : false,
    entry: {
      functions: FUNCTIONS_SOURCE,
      taskpane: "./src/taskpane/taskpane.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
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
      new CustomFunctionsMetadataPlugin({ input: FUNCTIONS_SOURCE, output: "functions.json" }),
      // The task pane's function gallery reads the same metadata, built in rather than fetched.
      new DefinePlugin({ __AIVALUE_FUNCTIONS__: metadata.metadataJson }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the task pane page also hosts the custom functions.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "help.html",
        inject: false,
        minify: false,
        templateContent: () => renderHelpPage(JSON.parse(metadata.metadataJson)),
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
