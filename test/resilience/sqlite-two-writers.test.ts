// Two server processes and the command line writing to one SQLite file at the same time: every write is
// acknowledged and kept, none answers "database is locked".
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../cli/run-cli.js";
import { adminToken, registerOrganization, serve, type Answer, type Served } from "../support/served.js";

const WORKERS_PER_SERVER = 6;
const WRITES_PER_WORKER = 30;
const CLI_WRITES = 3;
const STEP_TIMEOUT = 240_000;
/** Building the command, two CLI runs (with password hashing) and two server starts, on a loaded two-core machine. */
const SETUP_TIMEOUT = 600_000;

describe("two writers on one SQLite file", () => {
  let dataDir: string;
  let env: Record<string, string>;
  let token: string;
  const servers: Served[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "convene-writers-"));
    env = { CONVENE_DATA_DIR: dataDir };
    token = await adminToken(env);
    servers.push(...(await Promise.all([serve(env), serve(env)])));
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    for (const server of servers) await server.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, STEP_TIMEOUT);

  it(
    "acknowledges and keeps every write of two servers and the command line at once",
    async () => {
      const answers: Answer[] = [];
      const acknowledged: string[] = [];
      const burst = (server: Served, worker: string) =>
        (async () => {
          for (let index = 0; index < WRITES_PER_WORKER; index++) {
            // Each registration reads (is the name free?) and then writes, in one transaction.
            const { answer, id } = await registerOrganization(server.base, token, `Writers ${worker} ${index}`);
            answers.push(answer);
            if (id) acknowledged.push(id);
          }
        })();
      const commandLine = (async () => {
        const codes: (number | null)[] = [];
        for (let index = 0; index < CLI_WRITES; index++) {
          const result = await runCli(["user", "create", "--email", `writer${index}@example.org`, "--role", "coordinator"], {
            env,
            timeoutMs: 60_000,
          });
          codes.push(result.code);
          if (result.code !== 0) console.error(result.stderr);
        }
        return codes;
      })();
      const started = Date.now();
      await Promise.all(
        servers.flatMap((server, which) => Array.from({ length: WORKERS_PER_SERVER }, (_, worker) => burst(server, `${which}-${worker}`))),
      );
      const cliCodes = await commandLine;
      const elapsedMs = Date.now() - started;

      const failed = answers.filter((answer) => answer.status !== 201);
      expect(failed).toEqual([]);
      expect(cliCodes).toEqual(Array(CLI_WRITES).fill(0));
      const database = new SQLite(join(dataDir, "convene.sqlite"), { readonly: true });
      try {
        const kept = database.prepare("select count(*) as count from organizations where name like 'Writers %'").get();
        expect(kept).toEqual({ count: acknowledged.length });
        const users = database.prepare("select count(*) as count from users where email like 'writer%@example.org'").get();
        expect(users).toEqual({ count: CLI_WRITES });
      } finally {
        database.close();
      }
      console.info(
        `two writers: ${answers.length} API writes over 2 servers and ${CLI_WRITES} CLI writes in ${elapsedMs} ms, ${failed.length} errors`,
      );
    },
    STEP_TIMEOUT,
  );
});
