#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled from TypeScript by `npm install` (the "prepare" script).
let main;
try {
  ({ main } = require("../dist-cli/src/cli/main.js"));
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND") {
    process.stderr.write("pekerja-rentan belum dibangun. Jalankan `npm install` (atau `npm run build:cli`) di folder proyek lebih dulu.\n");
    process.exit(2);
  }
  throw err;
}
main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
