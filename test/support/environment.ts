// What the test run finds on this machine, read by vitest.config.ts (to leave the browser suites out
// when there is no Chromium) and by the global setup (to say so, or to fail under CONVENE_TEST_REQUIRE=all).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

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

/** Where the outage tests look for PostgreSQL's own programs (initdb, pg_ctl) to run a cluster of their own. */
export const POSTGRES_BIN_GLOB = "/usr/lib/postgresql/*/bin";

/** The folder of initdb and pg_ctl (POSTGRES_BIN, else the newest under /usr/lib/postgresql), or null when there is none. */
export function findPostgresBinaries(env: NodeJS.ProcessEnv = process.env): string | null {
  const hasPrograms = (folder: string) => existsSync(join(folder, "initdb")) && existsSync(join(folder, "pg_ctl"));
  if (env.POSTGRES_BIN) return hasPrograms(env.POSTGRES_BIN) ? env.POSTGRES_BIN : null;
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  return versions.map((version) => join(root, version, "bin")).find(hasPrograms) ?? null;
}

/** The suites that stop and freeze a PostgreSQL cluster they start themselves. */
export const POSTGRES_CLUSTER_SUITES = "test/resilience/postgres-*.test.ts";

/** True when this run leaves the cluster suites out: no PostgreSQL programs, and not required. */
export function postgresClusterSuitesLeftOut(env: NodeJS.ProcessEnv = process.env): boolean {
  return findPostgresBinaries(env) === null && !everythingRequired(env);
}
