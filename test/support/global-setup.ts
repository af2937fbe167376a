import { existsSync } from "node:fs";
import { Socket } from "node:net";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    postgresUrl: string | null;
    chromiumPath: string | null;
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

/**
 * Decides once which optional parts run: PostgreSQL when configured or answering on 127.0.0.1:5432,
 * the browser tests when Chromium is found. CONVENE_TEST_REQUIRE=all turns a missing part into a failure.
 */
export default async function setup(project: TestProject): Promise<void> {
  const required = process.env.CONVENE_TEST_REQUIRE === "all";
  const skipped: string[] = [];

  let postgresUrl = process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? null;
  if (!postgresUrl && (await answers("127.0.0.1", 5432))) postgresUrl = "postgres://postgres@127.0.0.1:5432/test";
  if (!postgresUrl) skipped.push("PostgreSQL (set TEST_DATABASE_URL or start a server on 127.0.0.1:5432)");

  const candidate = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const chromiumPath = existsSync(candidate) ? candidate : null;
  if (!chromiumPath) skipped.push(`browser tests (no Chromium at ${candidate}; set CHROMIUM_PATH)`);

  if (skipped.length > 0) {
    if (required) throw new Error(`CONVENE_TEST_REQUIRE=all but these are unavailable: ${skipped.join("; ")}`);
    console.log(`Not run on this machine: ${skipped.join("; ")}.`);
  }
  project.provide("postgresUrl", postgresUrl);
  project.provide("chromiumPath", chromiumPath);
}
