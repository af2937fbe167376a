import { configDefaults, defineConfig } from "vitest/config";
import { BROWSER_SUITES, browserSuitesLeftOut, chromiumCandidate } from "./test/support/environment.js";

// Without Chromium the browser suites are left out, said in one line, rather than failing with
// "No test suite found"; CONVENE_TEST_REQUIRE=all keeps them in, and the global setup fails the run.
const withoutBrowser = browserSuitesLeftOut();
if (withoutBrowser) console.log(`Skipped on this machine: the browser tests (no Chromium at ${chromiumCandidate()}; set CHROMIUM_PATH).`);

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: withoutBrowser ? [...configDefaults.exclude, BROWSER_SUITES] : configDefaults.exclude,
    passWithNoTests: withoutBrowser,
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
