// What the test run finds on this machine, read by vitest.config.ts (to leave the browser suites out
// when there is no Chromium) and by the global setup (to say so, or to fail under CONVENE_TEST_REQUIRE=all).
import { existsSync } from "node:fs";

/** Where the browser tests look for Chromium. */
export function chromiumCandidate(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

/** The Chromium the browser tests launch, or null when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidate = chromiumCandidate(env);
  return existsSync(candidate) ? candidate : null;
}

/** CONVENE_TEST_REQUIRE=all (continuous integration): a missing PostgreSQL or Chromium fails the run. */
export function everythingRequired(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CONVENE_TEST_REQUIRE === "all";
}

/** The browser suites, which the run leaves out when Chromium is missing and not required. */
export const BROWSER_SUITES = "test/e2e/**";

/** True when this run leaves the browser suites out. */
export function browserSuitesLeftOut(env: NodeJS.ProcessEnv = process.env): boolean {
  return findChromium(env) === null && !everythingRequired(env);
}
