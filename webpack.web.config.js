/* Builds the browser page (issue 13): the add-in's pane on an .xlsx opened from disk, in any current
 * browser, offline once loaded. Same pane code as the add-in; only the gateway differs (src/web).
 *
 *   npm run build                                   dist/ (the add-in) and dist/web/ (this page)
 *   npx webpack --mode production --config webpack.web.config.js
 *   npx pekerja-rentan buka                         serves dist/web/ on 127.0.0.1 and opens the browser
 *
 * dist/web/ is static: any web server (the kabupaten's) can host it, under any path.
 */
const crypto = require("crypto");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Compilation, sources } = require("webpack");

/**
 * No request leaves the page: everything from its own origin. Griffel (Fluent UI's CSS-in-JS) inserts
 * style elements, hence 'unsafe-inline' for styles only; files saved by the page are blob: downloads.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join("; ");

/** Writes sw.js from src/web/service-worker.js with the list of every built file and a version of them. */
class ServiceWorkerPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ServiceWorkerPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "ServiceWorkerPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const files = Object.keys(compilation.assets)
          .filter((name) => !name.endsWith(".map") && !name.endsWith(".LICENSE.txt") && name !== "sw.js")
          .sort();
        const version = crypto.createHash("sha256");
        for (const name of files) version.update(name).update(compilation.assets[name].source());
        const template = require("fs").readFileSync(path.resolve(__dirname, "src/web/service-worker.js"), "utf8");
        const worker = template
          // Files only: a host may not answer the folder's own address ("./"); navigations fall back to index.html.
          .replace("self.__PRECACHE_FILES__", JSON.stringify(files))
          .replace("self.__PRECACHE_VERSION__", JSON.stringify(version.digest("hex").slice(0, 12)));
        compilation.emitAsset("sw.js", new sources.RawSource(worker));
      });
    });
  }
}

module.exports = (_env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  return {
    mode,
    devtool: mode === "production" ? false : "source-map",
    entry: { web: "./src/web/index.tsx" },
    output: {
      path: path.resolve(__dirname, "dist/web"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      // Relative to the page, so it works from any folder of any host.
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json"), compilerOptions: { module: "esnext", sourceMap: mode !== "production" } },
          },
        },
        {
          // The same Kemendagri region lists as the add-in, compacted by the add-in's own loader.
          test: /idn-area-data[\\/]data[\\/](provinces|regencies|districts|villages)\.csv$/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "scripts/webpack/region-csv-loader.js"),
        },
      ],
    },
    plugins: [
      // No Node stand-ins (node:fs, Buffer): the page reads with the reader's browser entry (readXlsxGrid)
      // and writes with the project's own writer, so a Node module reaching this bundle fails the build.
      new HtmlWebpackPlugin({ filename: "index.html", template: "./src/web/index.html", templateParameters: { csp: CSP } }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/web/icon.svg", to: "assets/icon.svg" },
          { from: "src/web/manifest.webmanifest", to: "manifest.webmanifest" },
          { from: "src/bantuan.html", to: "bantuan.html" },
        ],
      }),
      new ServiceWorkerPlugin(),
    ],
    performance: { hints: mode === "production" ? "warning" : false, maxEntrypointSize: 1_600_000, maxAssetSize: 1_600_000 },
  };
};

module.exports.CSP = CSP;
