import { EventEmitter } from "node:events";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openBrowser, serveWebPage, type WebPageServer } from "../../src/cli/commands/buka";
import { runCli } from "../helpers/run-cli";

function get(url: string, host?: string): Promise<{ status: number; body: string; type?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, host ? { headers: { host } } : {}, (response) => {
      let body = "";
      response.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body, type: response.headers["content-type"] }));
    });
    request.on("error", reject);
  });
}

describe("pekerja-rentan buka serves the browser page on this computer only", () => {
  let base: string;
  let root: string;
  let server: WebPageServer;

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), "pekerja-rentan-web-"));
    root = join(base, "web");
    mkdirSync(root);
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Pekerja Rentan</title>");
    writeFileSync(join(root, "manifest.webmanifest"), "{}");
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "assets", "icon.svg"), "<svg/>");
    writeFileSync(join(base, "rahasia.txt"), "NIK 6104011203850001");
    server = await serveWebPage(root);
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it("answers on 127.0.0.1 at a free port, the page at its root", async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await get(server.url);
    expect(page.status).toBe(200);
    expect(page.body).toContain("Pekerja Rentan");
    expect((await get(`${server.url}manifest.webmanifest`)).type).toContain("application/manifest+json");
  });

  it("never hands out a file outside the page's folder", async () => {
    expect((await get(`${server.url}..%2frahasia.txt`)).status).not.toBe(200);
    expect((await get(`${server.url}%2e%2e/rahasia.txt`)).body).not.toContain("6104011203850001");
  });

  it("refuses a request made through another host name (a web page elsewhere cannot read it)", async () => {
    expect((await get(server.url, "penyerang.example:80")).status).toBe(403);
  });

  it("says to build first when the page has not been built", async () => {
    const empty = mkdtempSync(join(tmpdir(), "pekerja-rentan-web-"));
    try {
      const result = await runCli("buka", "--folder", empty, "--tanpa-peramban");
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("npm run build");
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it("is listed in the CLI's help", async () => {
    expect((await runCli("--help")).stdout).toMatch(/buka\s+membuka panel Pekerja Rentan di peramban/);
  });
});

describe("opening the browser", () => {
  function fakeSpawn(outcome: "spawn" | "error", calls: string[][]) {
    return (command: string, args: string[]) => {
      calls.push([command, ...args]);
      const child = Object.assign(new EventEmitter(), { unref: () => undefined });
      setImmediate(() => child.emit(outcome));
      return child;
    };
  }

  it("uses xdg-open on Linux, open on macOS and start on Windows", async () => {
    const calls: string[][] = [];
    for (const platform of ["linux", "darwin", "win32"] as const) {
      expect(await openBrowser("http://127.0.0.1:5000/", platform, fakeSpawn("spawn", calls))).toBe(true);
    }
    expect(calls.map((call) => call[0])).toEqual(["xdg-open", "open", "cmd"]);
    expect(calls[2]).toContain("start");
  });

  it("reports failure (so the address is printed) when there is no such command", async () => {
    expect(await openBrowser("http://127.0.0.1:5000/", "linux", fakeSpawn("error", []))).toBe(false);
  });
});
