/* Builds the command line into one file, dist-cli/pekerja-rentan.js (`npm run build:cli`, run by `npm install`).
 *
 * Why a bundle rather than tsc's tree of files: Node 20 has no compile cache, and every start of the command
 * resolved, read and compiled ~200 files, zod's 95 among them (all its locales, which zod's CommonJS entry loads
 * eagerly). That was 0.1 s of every run, a third of checking a village's 150 workers. From ES modules webpack keeps
 * only the parts of zod the schemas use, and one file is read once. Modules still run only when first needed: each
 * command is a dynamic import (src/cli/commands/registry.ts), so `periksa` never evaluates the writer.
 *
 * Not minified: the hot loops of the reader run as written (terser's rewrites measured slower on a 100,000-row
 * sheet), and a stack trace (PEKERJA_RENTAN_DEBUG=1) stays readable.
 */
const path = require("path");
const webpack = require("webpack");

module.exports = (env = {}) => ({
  mode: "production",
  target: "node20",
  devtool: false,
  entry: { "pekerja-rentan": "./src/cli/main.ts" },
  output: {
    // `--env outDir=…`: test/helpers/built-cli.ts builds beside the real file and renames it into place.
    path: path.resolve(__dirname, env.outDir || "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
  },
  resolve: { extensions: [".ts", ".js"] },
  externalsPresets: { node: true },
  externals: {
    // The version `--versi` prints, read from the installed package.json (one folder up from dist-cli/).
    "../../../package.json": "commonjs ../package.json",
  },
  // __dirname is the bundle's folder, as Node sets it (`buka` looks for the project folder from there).
  node: { __dirname: false, __filename: false },
  optimization: { minimize: false },
  // One file: the commands' dynamic imports stay lazy modules in it instead of chunks to look up on disk.
  plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  performance: { hints: false },
  module: {
    // `createRequire(…)` stays Node's own: load-wilayah.ts resolves idn-area-data's files on disk through it.
    parser: { javascript: { createRequire: false } },
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: {
            // Type checking is `npm run typecheck`; the build only strips types.
            transpileOnly: true,
            configFile: path.resolve(__dirname, "tsconfig.cli.json"),
            compilerOptions: { module: "esnext", moduleResolution: "bundler" },
          },
        },
      },
    ],
  },
});
