import { configDefaults, defineConfig } from "vitest/config";
import {
  BROWSER_SUITES,
  browserSuitesLeftOut,
  chromiumCandidate,
  POSTGRES_BIN_GLOB,
  POSTGRES_CLUSTER_SUITES,
  postgresClusterSuitesLeftOut,
} from "./test/support/environment.js";

// Without Chromium the browser suites are left out, said in one line, rather than failing with
// "No test suite found"; CONVENE_TEST_REQUIRE=all keeps them in, and the global setup fails the run.
const withoutBrowser = browserSuitesLeftOut();
if (withoutBrowser) console.log(`Skipped on this machine: the browser tests (no Chromium at ${chromiumCandidate()}; set CHROMIUM_PATH).`);
// Likewise the database outage tests without PostgreSQL's programs to start a cluster of their own.
const withoutCluster = postgresClusterSuitesLeftOut();
if (withoutCluster)
  console.log(`Skipped on this machine: the database outage tests (no initdb in ${POSTGRES_BIN_GLOB}; set POSTGRES_BIN).`);
const leftOut = [...(withoutBrowser ? [BROWSER_SUITES] : []), ...(withoutCluster ? [POSTGRES_CLUSTER_SUITES] : [])];

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: [...configDefaults.exclude, ...leftOut],
    passWithNoTests: leftOut.length > 0,
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
