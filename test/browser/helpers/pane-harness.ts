import * as fs from "node:fs";
import * as path from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { WorkbookSeed } from "../../support/fake-excel/workbook-model";
import { chromiumAvailability, launchChromium, waitForChromium } from "./chromium";
import { ensurePreviewBuild } from "./preview-build";
import { serveDirectory, type StaticServer } from "./static-server";

/** A task pane's size in Excel. */
export const PANE = { width: 350, height: 760 };
export const ARTIFACTS = path.resolve(__dirname, "../../../test-artifacts");
const PREVIEW = path.resolve(__dirname, "../../../dist-preview");
const inCi = process.env.CI === "true";

/**
 * `describe` where Debian's chromium is installed; elsewhere `describe.skip` with a note on how to
 * install it. In CI its absence is a failure, never a skip.
 */
export function describeInBrowser(suite: string): jest.Describe {
  const skip = chromiumAvailability() === "absent" && !inCi;
  if (skip) console.warn(`[${suite}] Dilewati: /usr/bin/chromium tidak ada. Pasang dengan \`apt-get install -y chromium\` untuk menjalankan uji peramban.`);
  return skip ? describe.skip : describe;
}

export interface PaneHarness {
  readonly server: StaticServer;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Builds the preview once, serves it on 127.0.0.1 and starts chromium (both may take minutes on a cold machine). */
export async function startPaneHarness(): Promise<PaneHarness> {
  await Promise.all([ensurePreviewBuild(console.log), waitForChromium(inCi ? 600_000 : 300_000)]);
  const server = await serveDirectory(PREVIEW);
  const browser = await launchChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A browser context at the pane's size in which every request that is not for the local server (or
 * data:/blob:) is blocked and recorded in `offsite`: the pane must need nothing else.
 * `onLocalScript` sees the path of each local script loaded.
 */
export async function localOnlyContext(browser: Browser, offsite: string[], onLocalScript?: (pathname: string) => void): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: PANE, locale: "id-ID" });
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") {
      if (onLocalScript && url.pathname.endsWith(".js")) onLocalScript(url.pathname);
      return route.continue();
    }
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    offsite.push(route.request().url());
    return route.abort("blockedbyclient");
  });
  // Requests the router never sees (service workers, some preloads) are still recorded.
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.hostname !== "127.0.0.1" && url.protocol.startsWith("http") && !offsite.includes(request.url())) offsite.push(request.url());
  });
  return context;
}

/**
 * Opens the built pane (taskpane.html followed by `query`) on a simulated workbook seeded with `seed`,
 * once its tabs are in place; page errors go to `pageErrors`.
 */
async function openSeededPane(context: BrowserContext, origin: string, seed: WorkbookSeed, pageErrors: string[], query = ""): Promise<Page> {
  const page = await context.newPage();
  page.on("pageerror", (error) => pageErrors.push(error.message));
  await page.addInitScript((value) => {
    (window as unknown as { __FAKE_EXCEL_SEED__: unknown }).__FAKE_EXCEL_SEED__ = value;
  }, seed);
  await page.goto(`${origin}/taskpane.html${query}`);
  await page.getByRole("tab", { name: "Periksa" }).waitFor();
  return page;
}

export interface PaneSessionOptions {
  /** Sees the path of each local script a test's context loads. */
  readonly onLocalScript?: (pathname: string) => void;
}

/** What a suite's tests use; read through its getters, since the context is a new one for each test. */
export interface PaneSession {
  readonly harness: PaneHarness;
  readonly browser: Browser;
  /** This test's context (see localOnlyContext). */
  readonly context: BrowserContext;
  /** Every blocked request beyond 127.0.0.1, over the whole suite. */
  readonly offsite: string[];
  /** Every script error of every page, over the whole suite. */
  readonly pageErrors: string[];
  /** Opens the pane in this test's context on a workbook seeded with `seed` (see openSeededPane). */
  openPane(seed: WorkbookSeed, options?: { readonly query?: string }): Promise<Page>;
}

/**
 * The lifecycle every pane suite shares, registered in the calling `describe`: the harness for the
 * whole suite, a fresh local-only context for each test. A suite's own `beforeAll` registered after
 * this call runs once the harness is up; its own `beforeEach` once the test's context exists.
 */
export function paneSession(options: PaneSessionOptions = {}): PaneSession {
  let harness: PaneHarness | undefined;
  let context: BrowserContext | undefined;
  const offsite: string[] = [];
  const pageErrors: string[] = [];
  const started = (): PaneHarness => harness ?? unavailable("Harness panel belum berjalan (dipakai di luar uji?).");
  const current = (): BrowserContext => context ?? unavailable("Tidak ada konteks peramban di luar uji.");

  beforeAll(async () => {
    harness = await startPaneHarness();
  }, 900_000);

  afterAll(async () => {
    await harness?.close();
  });

  beforeEach(async () => {
    context = await localOnlyContext(started().browser, offsite, options.onLocalScript);
  });

  afterEach(async () => {
    await context?.close();
    context = undefined;
  });

  return {
    get harness() {
      return started();
    },
    get browser() {
      return started().browser;
    },
    get context() {
      return current();
    },
    offsite,
    pageErrors,
    openPane: (seed, openOptions = {}) => openSeededPane(current(), started().server.origin, seed, pageErrors, openOptions.query),
  };
}

function unavailable(message: string): never {
  throw new Error(message);
}

/** Waits until a button (not a tab) labelled exactly `name` can be pressed: the pane enables some only once the workbook's settings are read. */
export async function whenEnabled(page: Page, name: string): Promise<void> {
  await page.waitForFunction(
    (label) => [...document.querySelectorAll("button")].some((b) => b.getAttribute("role") !== "tab" && b.textContent?.trim() === label && !b.disabled),
    name,
  );
}

/** Presses the button labelled exactly `name` once it can be pressed. */
export async function press(page: Page, name: string): Promise<void> {
  await whenEnabled(page, name);
  await page.getByRole("button", { name, exact: true }).click();
}

/** Waits until the pane's status line shows no progress bar: the work it reports on is done. */
export async function whenIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"] [role="progressbar"]'));
}

/**
 * Picks `option` from the drop-down named `label`. A list that closes before the option is clicked (a
 * late re-render moving focus, on a loaded machine) is opened again, up to three times.
 */
export async function chooseOption(page: Page, label: string, option: string | RegExp): Promise<void> {
  const choice = page.getByRole("option", { name: option });
  for (let attempt = 1; ; attempt++) {
    await page.getByLabel(label).click();
    try {
      await choice.waitFor({ state: "visible", timeout: 5_000 });
      await choice.click({ timeout: 5_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
}

export async function openTab(page: Page, label: string): Promise<void> {
  if (label === "Pengaturan" || label === "Ringkasan") return openSection(page, label);
  await page.getByRole("tab", { name: label }).click();
  await page.getByRole("tab", { name: label, selected: true }).waitFor();
}

/**
 * Opens a part of the pane by the name a secretary knows it by: one of the four tabs, "Pengaturan"
 * (behind the ⚙ button) or "Ringkasan" (folded into Periksa, under the check's result).
 */
export async function openSection(page: Page, label: string): Promise<void> {
  if (label === "Pengaturan") {
    const button = page.getByRole("button", { name: "Pengaturan", exact: true });
    if ((await button.getAttribute("aria-pressed")) !== "true") await button.click();
    await page.getByRole("heading", { level: 2, name: "Pengaturan" }).waitFor();
    return;
  }
  if (label === "Ringkasan") {
    await openTab(page, "Periksa");
    await openDisclosure(page, /^Ringkasan/);
    return;
  }
  await openTab(page, label);
}

/** Opens a disclosure (a group of findings, the mapping, Ringkasan) unless it is open already. */
export async function openDisclosure(page: Page, title: RegExp): Promise<void> {
  const header = page.getByRole("button", { name: title }).first();
  await header.waitFor();
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await page.waitForFunction((source) => [...document.querySelectorAll("button[aria-expanded]")].some((b) => new RegExp(source).test(b.textContent ?? "") && b.getAttribute("aria-expanded") === "true"), title.source);
  await animationsDone(page);
}

/**
 * Waits for the pane's running animations (a panel's fade and grow as it opens) to end: what is checked is the
 * pane as a user sees it once it is still, not a frame of text half faded in (axe then measures its colour blended
 * with the background, and a contrast check fails one run in three).
 */
export async function animationsDone(page: Page): Promise<void> {
  // A spinner turns for ever: only animations with an end are waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
}
