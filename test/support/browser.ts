import { chromium, type Browser, type Page } from "playwright-core";

// Debian's Chromium, headless, with everything that would reach for the network switched off.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A browser and one page in a fresh context, English (Canada), reduced motion. */
export async function launchPage(executablePath: string, viewport: { width: number; height: number }): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  const context = await browser.newContext({ locale: "en-CA", reducedMotion: "reduce", viewport });
  return { browser, page: await context.newPage() };
}
