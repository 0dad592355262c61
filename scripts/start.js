#!/usr/bin/env node
// `npm start`: runs the add-in for development.
//
// - Windows and macOS: office-addin-debugging (fetched on demand with npx, not a devDependency: it pulls
//   ~450 MB, and linkedom 0.18.15 in its chain needs a package the npm registry does not serve) starts the HTTPS dev server and
//   sideloads manifest.xml into desktop Excel.
// - Linux: desktop Excel does not exist, so the dev server starts and the steps for Excel on the web are
//   printed (in Indonesian, for the kabupaten IT officers who also run this).
// - CI: refuses; creating and trusting a local certificate authority is a developer's decision.
"use strict";

const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
const DEV_SERVER = `npx webpack serve --mode development --port ${PORT}`;

function run(command, args) {
  const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
  for (const event of ["SIGINT", "SIGTERM"]) process.on(event, () => child.kill(event));
}

function printExcelOnTheWebSteps() {
  const certificates = path.join(require("os").homedir(), ".office-addin-dev-certs");
  console.log(`
Pekerja Rentan: server pengembangan dimulai di https://localhost:${PORT}/taskpane.html

Excel desktop tidak tersedia di Linux. Gunakan Excel di web:
  1. Sekali saja: percayakan sertifikat pengembangan di peramban Anda.
     Impor ${path.join(certificates, "ca.crt")} sebagai otoritas sertifikat
     (Chromium: Setelan > Privasi dan keamanan > Keamanan > Kelola sertifikat > Otoritas > Impor;
      Firefox: Setelan > Privasi & Keamanan > Sertifikat > Lihat Sertifikat > Otoritas > Impor),
     lalu buka https://localhost:${PORT}/taskpane.html dan pastikan tidak ada peringatan sertifikat.
  2. Buka https://www.office.com, masuk dengan akun Microsoft, lalu buat atau buka buku kerja Excel
     (tersimpan di OneDrive).
  3. Di Excel: Sisipkan (Insert) > Add-in (Add-ins) > Add-in Saya (My Add-ins) >
     Unggah Add-in Saya (Upload My Add-in), lalu pilih berkas:
       ${path.join(ROOT, "manifest.xml")}
  4. Klik Beranda > Buka Panel pada grup "Pekerja Rentan". Rumus =DESA.TERBILANG(1200) juga bisa dicoba.

Setelah mengubah kode, muat ulang panel (klik kanan di panel > Muat ulang). Hentikan server dengan Ctrl+C.
`);
}

if (process.env.CI === "true") {
  console.error("npm start tidak dijalankan di CI: server pengembangan memerlukan sertifikat lokal.");
  process.exit(1);
}

switch (process.platform) {
  case "win32":
  case "darwin":
    run("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", "desktop", "--dev-server", DEV_SERVER, "--dev-server-port", String(PORT)]);
    break;
  default:
    printExcelOnTheWebSteps();
    run("npx", DEV_SERVER.split(" ").slice(1));
}
