import { Socket } from "node:net";
import type { TestProject } from "vitest/node";
import type { DialectName } from "../../src/server/db/database.js";
import { chromiumCandidate, everythingRequired, findChromium, findPostgresBinaries, POSTGRES_BIN_GLOB } from "./environment.js";

const DIALECT_NAMES: readonly DialectName[] = ["sqlite", "postgres"];

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    chromiumPath: string | null;
    dialects: DialectName[];
  }
}

function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.setTimeout(1000);
    socket.once("connect", () => done(true));
    socket.once("timeout", () => done(false));
    socket.once("error", () => done(false));
    socket.connect(port, host);
  });
}

/** The dialects DIALECTS names (`sqlite`, `postgres`, or both, separated by commas or `|`); both when unset. */
function requestedDialects(value: string | undefined): DialectName[] {
  if (value === undefined || value.trim() === "") return [...DIALECT_NAMES];
  const names = value.split(/[,|\s]+/).filter((name) => name !== "");
  const unknown = names.filter((name) => !(DIALECT_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) throw new Error(`DIALECTS=${value}: expected sqlite, postgres or sqlite,postgres`);
  return DIALECT_NAMES.filter((name) => names.includes(name));
}

/**
 * Decides once which optional parts run: PostgreSQL when configured or answering on 127.0.0.1:5432
 * (and DIALECTS does not leave it out), the browser tests when Chromium is found. A missing PostgreSQL
 * is said in one line; CONVENE_TEST_REQUIRE=all, or DIALECTS naming PostgreSQL, turns it into a failure,
 * as CONVENE_TEST_REQUIRE=all does for a missing Chromium.
 */
export default async function setup(project: TestProject): Promise<void> {
  const required = everythingRequired();
  const dialects = requestedDialects(process.env.DIALECTS);
  const skipped: string[] = [];

  let postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null;
  if (!postgresUrl && (await answers("127.0.0.1", 5432))) postgresUrl = "postgres://postgres@127.0.0.1:5432/test";
  if (!postgresUrl && dialects.includes("postgres")) {
    const problem = "PostgreSQL (set TEST_DATABASE_URL or start a server on 127.0.0.1:5432)";
    if (process.env.DIALECTS?.includes("postgres")) throw new Error(`DIALECTS=${process.env.DIALECTS} but no ${problem}`);
    skipped.push(problem);
  }
  const runDialects = dialects.filter((dialect) => dialect === "sqlite" || postgresUrl !== null);

  // Without it, vitest.config.ts has left the browser suites out and said so.
  const chromiumPath = findChromium();
  if (!chromiumPath && required) skipped.push(`the browser tests (no Chromium at ${chromiumCandidate()}; set CHROMIUM_PATH)`);
  // Likewise the database outage tests without initdb and pg_ctl.
  if (!findPostgresBinaries() && required) skipped.push(`the database outage tests (no initdb in ${POSTGRES_BIN_GLOB}; set POSTGRES_BIN)`);

  if (skipped.length > 0) {
    if (required) throw new Error(`CONVENE_TEST_REQUIRE=all but these are unavailable: ${skipped.join("; ")}`);
    console.log(`Skipped on this machine: ${skipped.join("; ")}.`);
  }
  project.provide("postgresUrl", runDialects.includes("postgres") ? postgresUrl : null);
  project.provide("chromiumPath", chromiumPath);
  project.provide("dialects", runDialects);
}
