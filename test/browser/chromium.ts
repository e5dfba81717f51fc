/**
 * @module Launching Debian's chromium for the browser tests through playwright-core, and the
 * skip reason when it is not installed (CI installs it with .ci/browser.sh).
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_PATH = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/** False when chromium is there, otherwise why the browser tests are skipped. */
export const skipReason: string | false = existsSync(CHROMIUM_PATH)
  ? false
  : `chromium not found at ${CHROMIUM_PATH}: run .ci/browser.sh as root (apt-get install -y chromium) or set CHROMIUM_PATH`;

// CI installs chromium and sets TRIANGULATE_REQUIRE_BROWSER: there a missing browser is a failure, not a skip.
if (skipReason && process.env["TRIANGULATE_REQUIRE_BROWSER"]) throw new Error(skipReason);

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}
