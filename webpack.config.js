/* Builds the Excel add-in: the task pane and the custom functions share one page (shared runtime).
 *
 *   npm run build                      production build in dist/ (office.js from Microsoft's CDN)
 *   ADDIN_HOST=https://addin.kab.go.id/pekerja-rentan npm run build
 *   npm run build -- --env host=https://addin.kab.go.id/pekerja-rentan
 *                                      ...and dist/manifest.xml points at that host
 *   npx webpack --env preview          dist-preview/ for the browser tests: local office.js and the
 *                                      simulated Excel (test/support/fake-excel), never in dist/
 *   npm start                          dev server over HTTPS (scripts/start.js)
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIST = "node_modules/@microsoft/office-js/dist";
/** Files with a fixed name: the manifest and the preview page refer to them. */
const FIXED_NAMES = new Set(["functions", "fake-office"]);

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const preview = Boolean(env.preview);
  const serving = Boolean(env.WEBPACK_SERVE);
  const host = productionHost(env.host || process.env.ADDIN_HOST);
  if (mode === "production" && !preview && !serving && !host) {
    console.warn(
      "[pekerja-rentan] dist/manifest.xml masih menunjuk https://localhost:3000. " +
        "Untuk dipasang di server, jalankan: ADDIN_HOST=https://alamat-server/jalur npm run build",
    );
  }

  return {
    mode,
    devtool: preview ? false : "source-map",
    entry: {
      // Shared runtime, one page: the pane's chunk depends on the functions chunk instead of carrying a
      // second webpack runtime, so the domain code, the region lists and formulas.ts's state
      // (useRegions) exist once on the page, for the pane and the =DESA.* functions alike.
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      // functions-runtime.ts gives the formulas the district list; functions.ts is what Excel calls.
      functions: ["./src/functions/functions-runtime.ts", "./src/functions/functions.ts"],
      ...(preview ? { "fake-office": "./test/support/fake-excel/install-browser.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, preview ? "dist-preview" : "dist"),
      filename: (data) => (FIXED_NAMES.has(data.chunk.name) ? "[name].js" : "[name].[contenthash:8].js"),
      // Lazy chunks: the villages of one province each ("desa-61"), loaded from the add-in's own host.
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the build only strips types.
              transpileOnly: true,
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // ES modules let webpack drop the unused parts of Fluent UI.
              compilerOptions: { module: "esnext", sourceMap: !preview },
            },
          },
        },
        {
          // Kemendagri region codes (idn-area-data), compacted into the bundle; villages split per province.
          test: /idn-area-data[\\/]data[\\/](provinces|regencies|districts|villages)\.csv$/,
          type: "javascript/auto",
          use: path.resolve(__dirname, "scripts/webpack/region-csv-loader.js"),
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: one page runs both the pane and the functions (no functions.html); the
        // functions chunk holds the webpack runtime and comes first.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        templateParameters: {
          // Office requires production pages to load office.js from its CDN; tests have no internet.
          officeJs: preview ? "office-js/office.js" : OFFICE_JS_CDN,
          fakeOffice: preview ? "fake-office.js" : "",
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/bantuan.html", to: "bantuan.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (host && !preview ? content.toString().replace(/https:\/\/localhost:3000\//g, host) : content),
          },
          // Outside Office, office.js loads only its file-mapping table; copy just these (re-minifying all 26 MB of office.js files takes minutes).
          ...(preview
            ? ["office.js", "o15apptofilemappingtable.js"].map((file) => ({
                from: `${OFFICE_JS_DIST}/${file}`,
                to: `office-js/${file}`,
                info: { minimized: true },
              }))
            : []),
        ],
      }),
    ],
    performance: { hints: mode === "production" ? "warning" : false, maxEntrypointSize: 1_300_000, maxAssetSize: 1_300_000 },
    devServer: serving
      ? {
          headers: { "Access-Control-Allow-Origin": "*" },
          static: false,
          server: { type: "https", options: await devHttpsOptions() },
          port: Number(process.env.npm_package_config_dev_server_port || 3000),
          // Office caches the page; a full reload is what it understands.
          hot: false,
          client: { overlay: { warnings: false } },
        }
      : undefined,
  };
};

/** "https://addin.kab.go.id/pekerja-rentan" -> "https://addin.kab.go.id/pekerja-rentan/". */
function productionHost(raw) {
  if (!raw) return undefined;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`Alamat server add-in tidak valid: "${raw}". Contoh: https://addin.kab.go.id/pekerja-rentan`);
  }
  if (url.protocol !== "https:") throw new Error(`Office hanya memuat add-in lewat https://, bukan "${raw}".`);
  if (url.search || url.hash) throw new Error(`Alamat server add-in tidak boleh memuat ? atau #: "${raw}".`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/**
 * HTTPS for the dev server from office-addin-dev-certs. Never in CI: creating and trusting a CA is a
 * developer's decision. On Linux the certificates are created but not installed (that needs sudo and
 * browsers there keep their own trust store): scripts/start.js explains how to trust them.
 */
async function devHttpsOptions() {
  if (process.env.CI === "true") {
    throw new Error("Server pengembangan (HTTPS dengan sertifikat lokal) tidak dijalankan di CI.");
  }
  const devCerts = require("office-addin-dev-certs");
  if (process.platform !== "win32" && process.platform !== "darwin") {
    const fs = require("fs");
    const defaults = require("office-addin-dev-certs/lib/defaults");
    if (!devCerts.verifyCertificates()) await devCerts.generateCertificates();
    return {
      ca: fs.readFileSync(defaults.caCertificatePath),
      cert: fs.readFileSync(defaults.localhostCertificatePath),
      key: fs.readFileSync(defaults.localhostKeyPath),
    };
  }
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, cert: options.cert, key: options.key };
}
