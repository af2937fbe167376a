import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import type { FastifyInstance } from "fastify";
import { chromium, type Browser, type Page } from "playwright-core";
import { expect } from "vitest";
import { buildApp, WEB_ROOT } from "../../src/server/app.js";
import { testConfig } from "./app.js";
import type { TestDatabase } from "./databases.js";
import { TEST_PASSWORD } from "./factories.js";
import { startSmtpServer, type TestSmtpServer } from "./smtp.js";

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

type Viewport = { width: number; height: number };

/** A page in a fresh context of the browser (cookies of its own), English (Canada), reduced motion. */
async function freshPage(browser: Browser, viewport: Viewport): Promise<Page> {
  const context = await browser.newContext({ locale: "en-CA", reducedMotion: "reduce", viewport });
  return context.newPage();
}

/** A browser and one page in a fresh context. */
export async function launchPage(executablePath: string, viewport: Viewport): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  return { browser, page: await freshPage(browser, viewport) };
}

/** Someone else at their own screen: a fresh context of the same browser, signed in as them. Close its context when done. */
export async function pageSignedInAs(
  browser: Browser,
  base: string,
  email: string,
  viewport: Viewport = { width: 1440, height: 900 },
): Promise<Page> {
  const page = await freshPage(browser, viewport);
  await signIn(page, base, email);
  return page;
}

/**
 * Fails with every axe-core violation on the page as it rests: nothing still loading (no spinner, no
 * region marked busy) and no option list left open by the last choice.
 */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await expect.poll(() => page.locator('.mantine-Loader-root, [aria-busy="true"]').count()).toBe(0);
  await expect.poll(() => page.getByRole("listbox").count()).toBe(0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  const found = violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(found, `accessibility problems on ${where}`).toEqual([]);
}

/** Signs in through the sign-in page with the factories' password and waits for the welcome page. */
export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: `Welcome, ${email}` }).waitFor();
}

export type BrowserApp = { app: FastifyInstance; base: string; browser: Browser; page: Page };

async function serveAndLaunch(executablePath: string, app: FastifyInstance, viewport: Viewport) {
  expect(existsSync(WEB_ROOT), "the web app is built into dist/web (npm run build)").toBe(true);
  const base = await app.listen({ port: 0, host: "127.0.0.1" });
  return { app, base, ...(await launchPage(executablePath, viewport)) };
}

/** The built web app served over the database by an in-process server, and a browser page to use it. */
export async function openBrowserApp(
  executablePath: string,
  database: TestDatabase,
  viewport = { width: 1440, height: 900 },
): Promise<BrowserApp> {
  return serveAndLaunch(executablePath, await buildApp(testConfig(), database), viewport);
}

/** As openBrowserApp, with a real SMTP server receiving what the app mails (its mail job runs every 100 ms). */
export async function openMailingBrowserApp(
  executablePath: string,
  database: TestDatabase,
  viewport: Viewport,
): Promise<BrowserApp & { smtp: TestSmtpServer }> {
  const smtp = await startSmtpServer();
  const config = testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: "Convene <convene@harbourview.example.org>" });
  const app = await buildApp(config, database, { jobs: { mail: { intervalMs: 100 } } });
  return { smtp, ...(await serveAndLaunch(executablePath, app, viewport)) };
}

/** Closes what openBrowserApp or openMailingBrowserApp opened, and the database, whichever of them exist. */
export async function closeBrowserApp(parts: {
  browser?: Browser;
  app?: FastifyInstance;
  smtp?: TestSmtpServer;
  database?: TestDatabase;
}): Promise<void> {
  await parts.browser?.close();
  await parts.app?.close();
  await parts.smtp?.close();
  await parts.database?.close();
}
