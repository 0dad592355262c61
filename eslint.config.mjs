// ESLint: the boundaries between the rooms of src/, plus the recommended type-unaware rules of ESLint and
// typescript-eslint. Style is not linted. `npm run lint`; `npm test` runs it after the type-checks.
import { builtinModules } from "node:module";
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/** Relative imports of a top-level room of src/, from any depth: "../adapters", "../../adapters/xlsx/…". */
const room = (name) => [`**/${name}`, `**/${name}/**`];

/**
 * Node's own modules. Bare names are matched exactly (`paths`), never as patterns: Node has a module
 * called "domain", and a pattern would match "../domain/…".
 */
const NODE_MESSAGE = "Modul Node tidak boleh dipakai di sini.";
const NODE = { group: ["node:*"], message: NODE_MESSAGE };
const NODE_BARE = builtinModules.filter((m) => !m.startsWith("_")).map((name) => ({ name, message: NODE_MESSAGE }));
const UI = { group: ["react", "react/*", "react-dom", "react-dom/*", "@fluentui/*"], message: "React/Fluent hanya untuk src/taskpane." };
const OFFICE = { group: ["office-*", "@microsoft/office-js", "@microsoft/office-js/*"], message: "Office.js hanya untuk src/adapters/office dan src/taskpane." };
const FILES = { group: ["exceljs", "exceljs/*", "fflate", "saxes"], message: "Membaca dan menulis berkas .xlsx adalah urusan src/adapters." };
const rooms = (names, message) => ({ group: names.flatMap(room), message });

/** One `no-restricted-imports` per folder (a later config replaces an earlier one for the same files). */
const boundary = (files, patterns) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns, ...(patterns.includes(NODE) ? { paths: NODE_BARE } : {}) }] },
});

export default tseslint.config(
  {
    ignores: ["node_modules/", "dist/", "dist-cli/", "dist-preview/", "coverage/", "test-artifacts/", ".tmp-*/"],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // `_name` says "deliberately unused": a destructured field left out, a callback's position.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_", caughtErrors: "none" }],
      // `require(".../package.json")` reads the version where it is printed, without a JSON import in the build.
      "@typescript-eslint/no-require-imports": ["error", { allow: ["/package\\.json$"] }],
    },
  },
  {
    // The declarations Excel reads: custom-functions-metadata turns a parameter typed `any` into "any cell
    // value" (number, text, boolean or empty), which is what these formulas accept and check themselves.
    files: ["src/functions/functions.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // These match the control characters XML 1.0 forbids, on purpose: cells are escaped as _xHHHH_.
    files: ["src/adapters/xlsx/write-cell-text.ts", "test/adapters/xlsx/write-wellformed.test.ts"],
    rules: { "no-control-regex": "off" },
  },
  {
    // Tests and measurements load Node's own modules where they are used (inside jest.isolateModules, or
    // only for the one measurement that needs them).
    files: ["bench/**", "test/**"],
    rules: { "@typescript-eslint/no-require-imports": ["error", { allow: ["/package\\.json$", "^node:"] }] },
  },
  {
    // Measurements drop big values (`extract = undefined`) so the garbage collector frees them before the next one.
    files: ["bench/**"],
    rules: { "no-useless-assignment": "off" },
  },
  {
    // The two classic hook rules for the pane (its code already names them in two disable comments).
    files: ["src/taskpane/**/*.tsx", "src/taskpane/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "warn" },
  },
  {
    // The build scripts, the launcher and the configs are CommonJS run by Node.
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", exports: "writable", __dirname: "readonly", __filename: "readonly", process: "readonly", console: "readonly", Buffer: "readonly", setTimeout: "readonly", clearTimeout: "readonly", URL: "readonly", URLSearchParams: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },

  // The pure core: no face, no host, no file format, no Node. tsconfig.domain.json checks the globals.
  boundary(["src/domain/**"], [
    rooms(["adapters", "cli", "taskpane", "functions", "testing"], "src/domain tidak bergantung pada lapisan di atasnya."),
    NODE,
    UI,
    OFFICE,
    FILES,
    { group: ["idn-area-data", "idn-area-data/*"], message: "Daftar wilayah dimuat oleh adapter dan diberikan ke domain." },
  ]),
  // Adapters serve the faces and never know them.
  boundary(["src/adapters/**"], [rooms(["cli", "taskpane", "functions", "testing"], "src/adapters tidak bergantung pada muka (CLI, panel, rumus) atau simulasi."), UI]),
  // The DESA.* formulas run in Excel's custom-functions runtime: no Node, no UI, no file adapters.
  boundary(["src/functions/**"], [rooms(["adapters", "cli", "taskpane", "testing"], "src/functions hanya memakai src/domain."), NODE, UI, FILES]),
  // The CLI is one face; it does not reach into another.
  boundary(["src/cli/**"], [rooms(["taskpane", "functions", "testing"], "src/cli tidak memakai panel, rumus atau simulasi."), UI, OFFICE]),
  // The task pane runs in a browser. (It still reads the bundled region list from src/functions/region-data.ts.)
  boundary(["src/taskpane/**"], [rooms(["cli", "testing"], "src/taskpane tidak memakai CLI atau simulasi."), NODE]),
  // The Excel simulation stands in for Office; it never drives a face.
  boundary(["src/testing/**"], [rooms(["cli", "taskpane", "functions"], "src/testing tidak memakai muka mana pun."), NODE]),
);
