/**
 * @jest-environment jsdom
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parse } from "acorn";

// The few lines in taskpane.html that run before the ES2022 bundle must parse in Internet Explorer
// 11 (Office's fallback without WebView2) and show what to do there instead of a blank "Memuat…".

const html = fs.readFileSync(path.join(__dirname, "../../../src/taskpane/taskpane.html"), "utf8");
const bootstrap = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

function loadPane(documentMode?: number): HTMLElement {
  document.body.innerHTML = '<div id="container"><p class="memuat">Memuat Pekerja Rentan…</p></div>';
  Object.defineProperty(document, "documentMode", { value: documentMode, configurable: true });
  new Function(bootstrap)();
  return document.getElementById("container")!;
}

describe("the bootstrap for old webviews", () => {
  it("is ES5, so Internet Explorer 11 can parse it", () => {
    expect(() => parse(bootstrap, { ecmaVersion: 5 })).not.toThrow();
  });

  it("tells an Internet Explorer 11 pane what to do instead", () => {
    const container = loadPane(11);
    expect(container.textContent).toContain("mesin tampilan lama");
    expect(container.textContent).toContain("Excel di web");
    expect(container.textContent).toContain("npx pekerja-rentan periksa");
  });

  it("leaves a modern webview to the bundle", () => {
    const container = loadPane(undefined);
    expect(container.textContent).toBe("Memuat Pekerja Rentan…");
  });
});
