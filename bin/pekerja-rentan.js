#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is bundled from TypeScript into one file by `npm install` (the "prepare" script runs
// `npm run build:cli`, webpack.cli.config.js).
// Everything else (exit codes, quiet EPIPE, one-line errors) is in src/cli/main.ts `runFromCommandLine`.
let cli;
try {
  cli = require("../dist-cli/pekerja-rentan.js");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("pekerja-rentan belum dibangun. Jalankan `npm install` (atau `npm run build:cli`) di folder proyek lebih dulu.\n");
    process.exit(2);
  }
  process.stderr.write(`pekerja-rentan tidak dapat dimuat: ${err && err.message ? String(err.message).split("\n")[0] : err}. Jalankan \`npm run build:cli\` lalu coba lagi.\n`);
  process.exit(2);
}
cli.runFromCommandLine(process.argv.slice(2));
