import { spawn, type SpawnOptions } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as path from "node:path";
import { parseCommandArgs } from "../args";
import { UnusableInputError } from "../cli-error";
import type { Command } from "./command";

const OPTIONS = {
  folder: { type: "string" },
  port: { type: "string" },
  "tanpa-peramban": { type: "boolean" },
} as const;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

export const buka: Command = {
  name: "buka",
  summary: "membuka panel Pekerja Rentan di peramban (tanpa Excel 365, tanpa internet), untuk berkas .xlsx di komputer ini",
  help: [
    "pekerja-rentan buka [pilihan]",
    "",
    "Menjalankan halaman Pekerja Rentan (dist/web, dibuat oleh npm run build) di komputer ini saja, pada",
    "http://127.0.0.1 dengan port bebas, lalu membuka peramban. Di halaman itu buka daftar pekerja .xlsx; semua tab",
    "panel bekerja seperti di Excel. Berkas asli tidak diubah: hasilnya disimpan sebagai salinan \"… (diperiksa).xlsx\".",
    "Tidak ada data yang keluar dari komputer. Hentikan dengan Ctrl+C.",
    "",
    "Pilihan:",
    "  --folder FOLDER      folder halaman yang dijalankan (bawaan: dist/web di folder proyek)",
    "  --port N             port tertentu (bawaan: port bebas yang dipilih sistem)",
    "  --tanpa-peramban     jangan membuka peramban; alamatnya saja yang ditulis",
    "",
  ].join("\n"),
  async run(argv) {
    const { values } = parseCommandArgs(argv, OPTIONS, "buka");
    const root = path.resolve(values.folder ?? path.join(packageRoot(), "dist", "web"));
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UnusableInputError(`--port harus bilangan 0-65535, bukan "${values.port}".`);
    const server = await serveWebPage(root, port);
    process.stdout.write(`Pekerja Rentan berjalan di ${server.url}\nHanya komputer ini yang dapat membukanya. Hentikan dengan Ctrl+C.\n`);
    const opened = values["tanpa-peramban"] ? false : await openBrowser(server.url);
    if (!opened) process.stdout.write(`Buka alamat ${server.url} di peramban (Chrome, Edge, Firefox).\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    await server.close();
    return 0;
  },
};

export interface WebPageServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the built page from `root` on 127.0.0.1 only. Requests are answered only for this machine's
 * own address (a web page elsewhere cannot reach it through a renamed host), and only files inside `root`.
 */
export async function serveWebPage(root: string, port = 0): Promise<WebPageServer> {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    throw new UnusableInputError(`Halaman belum dibangun: ${path.join(root, "index.html")} tidak ada. Jalankan npm run build di folder proyek, lalu coba lagi.`);
  }
  const server = http.createServer((request, response) => {
    const address = server.address() as AddressInfo;
    const allowedHosts = [`127.0.0.1:${address.port}`, `localhost:${address.port}`];
    if (!allowedHosts.includes(request.headers.host ?? "") || (request.method !== "GET" && request.method !== "HEAD")) {
      response.writeHead(403).end();
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.join(root, path.normalize(pathname.endsWith("/") ? `${pathname}index.html` : pathname));
    if (file !== root && !file.startsWith(root + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Tidak ditemukan.");
        return;
      }
      response.writeHead(200, {
        "content-type": TYPES[path.extname(file)] ?? "application/octet-stream",
        // The page and its service worker are checked on every visit; the hashed bundles never change.
        "cache-control": /\.[0-9a-f]{8}\.js$/.test(file) ? "max-age=31536000, immutable" : "no-cache",
        "x-content-type-options": "nosniff",
      });
      response.end(request.method === "HEAD" ? undefined : data);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(error.code === "EADDRINUSE" ? new UnusableInputError(`Port ${port} sedang dipakai program lain. Jalankan tanpa --port agar port bebas dipilih.`) : error),
    );
    server.listen(port, "127.0.0.1", resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Spawner = (command: string, args: string[], options: SpawnOptions) => { once(event: "error" | "spawn", listener: () => void): unknown; unref(): void };

/** The platform's own "open this address" command; false when there is none or it fails to start. */
export function openBrowser(url: string, platform: NodeJS.Platform = process.platform, run: Spawner = spawn): Promise<boolean> {
  const [command, ...args] =
    platform === "win32" ? ["cmd", "/c", "start", '""', url] : platform === "darwin" ? ["open", url] : ["xdg-open", url];
  return new Promise((resolve) => {
    try {
      const child = run(command!, args, { stdio: "ignore", detached: true, windowsHide: true });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}

/** The project folder: the first folder up from here with a package.json (from src/ or from dist-cli/). */
function packageRoot(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}
