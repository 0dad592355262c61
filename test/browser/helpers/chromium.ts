import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium (`apt-get install chromium`); never a browser downloaded by a test tool. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

function aptIsRunning(): boolean {
  try {
    execFileSync("pgrep", ["-x", "apt-get|apt|dpkg"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export type ChromiumAvailability = "present" | "installing" | "absent";

export function chromiumAvailability(): ChromiumAvailability {
  if (fs.existsSync(CHROMIUM)) return "present";
  return aptIsRunning() ? "installing" : "absent";
}

/** Waits for an apt install in progress to put chromium in place. */
export async function waitForChromium(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!fs.existsSync(CHROMIUM)) {
    if (Date.now() > deadline) {
      throw new Error(`${CHROMIUM} tidak ada. Pasang dengan: apt-get update && apt-get install -y chromium`);
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}
