// PostgreSQL restarted (fast and immediate) or frozen under a running server, on a cluster this file
// starts itself: the server stays up, answers 503 database_unavailable with Retry-After while the
// database is gone (in bounded time when it is frozen), and serves again once it is back, without a restart.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgresCluster, type PostgresCluster } from "../support/postgres-cluster.js";
import { adminToken, call, registerOrganization, serve, type Answer, type Served } from "../support/served.js";

const CONNECT_TIMEOUT_MS = 1000;
const STATEMENT_TIMEOUT_MS = 2000;
/** The longest a request may take on a frozen database: a statement's timeout, pg's grace after it, and slack for this busy machine. */
const FROZEN_ANSWER_BOUND_MS = STATEMENT_TIMEOUT_MS + 1000 + 5000;
const STEP_TIMEOUT = 180_000;
/** Building the command, initdb, two CLI runs (with password hashing) and a server start, on a loaded two-core machine. */
const SETUP_TIMEOUT = 600_000;

/** Polls until the check holds, or fails after the limit. */
async function until<T>(what: string, attempt: () => Promise<T>, holds: (value: T) => boolean, limitMs = 60_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await attempt();
    if (holds(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${limitMs} ms`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** An answer that says "the database is down, come back later", in the form every client can rely on. */
function expectUnavailable(answer: Answer): void {
  expect(answer.status).toBe(503);
  expect(answer.code).toBe("database_unavailable");
  expect(answer.retryAfter).toMatch(/^\d+$/);
}

describe("a PostgreSQL outage under a running server", () => {
  let cluster: PostgresCluster;
  let server: Served;
  let token: string;
  let dataDir: string;
  let names = 0;

  // As a load balancer asks: without signing in.
  const health = () => call(server.base, null, "/api/health");
  const read = (language = "en") => call(server.base, token, "/api/v1/organizations?pageSize=5", { language });
  const write = () => registerOrganization(server.base, token, `Outage Services ${++names}`);

  /** Several requests at once, so that the pool holds several idle connections when the database goes. */
  async function warmPool(): Promise<void> {
    const answers = await Promise.all(Array.from({ length: 8 }, () => read()));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
  }

  beforeAll(async () => {
    cluster = await startPostgresCluster();
    dataDir = mkdtempSync(join(tmpdir(), "convene-outage-"));
    const env = {
      DATABASE_URL: cluster.url,
      CONVENE_DATA_DIR: dataDir,
      CONVENE_DB_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      CONVENE_DB_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      // Idle connections stay in the pool, to be cut by the restart.
      CONVENE_DB_IDLE_TIMEOUT_MS: "600000",
    };
    token = await adminToken(env);
    server = await serve(env);
  }, SETUP_TIMEOUT);

  afterAll(async () => {
    await server?.stop();
    await cluster?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, STEP_TIMEOUT);

  for (const mode of ["fast", "immediate"] as const) {
    it(
      `stays up through a ${mode} restart, answers 503 while the database is down, and serves again once it is back`,
      async () => {
        await warmPool();
        // Traffic through the whole restart: every answer is a success or a 503, never a 500 or a dropped connection.
        const answers: Answer[] = [];
        let traffic = true;
        const load = (async () => {
          while (traffic && answers.length < 20_000) answers.push((await write()).answer);
        })();

        let stopped = false;
        let stoppedAt: number;
        let startedAt: number;
        try {
          await cluster.stop(mode);
          stopped = true;
          stoppedAt = Date.now();
          const down = await until("health while the database is down", health, (answer) => answer.status !== 200);
          expect(down.status).toBe(503);
          expect(down.body).toEqual({ status: "unavailable", database: "postgres" });
          expect(down.retryAfter).toMatch(/^\d+$/);
          expectUnavailable(await read());
          const french = await read("fr");
          expectUnavailable(french);
          expect(JSON.stringify(french.body)).toContain("La base de données ne répond pas");
          expectUnavailable((await write()).answer);
          expect(server.isRunning()).toBe(true);

          await cluster.start();
          stopped = false;
          startedAt = Date.now();
          await until("health once the database is back", health, (answer) => answer.status === 200);
        } finally {
          traffic = false;
          await load;
          if (stopped) await cluster.start();
        }
        const recoveredMs = Date.now() - startedAt;

        expect(server.isRunning()).toBe(true);
        const unexpected = answers.filter(
          (answer) => answer.status !== 201 && !(answer.status === 503 && answer.code === "database_unavailable"),
        );
        expect(unexpected).toEqual([]);
        await warmPool();
        const after = await write();
        expect(after.answer.status).toBe(201);
        const lost = answers.filter((answer) => answer.status === 503).length;
        console.info(
          `${mode} restart: ${answers.length} writes during the restart, ${lost} answered 503, ` +
            `database down ${startedAt - stoppedAt} ms, served again ${recoveredMs} ms after it started`,
        );
      },
      STEP_TIMEOUT,
    );
  }

  it(
    "answers 503 in bounded time while the database is frozen, and serves again once it thaws",
    async () => {
      await warmPool();
      cluster.freeze();
      try {
        const started = Date.now();
        // Through a pooled connection to a frozen backend, then through new connections that the postmaster never answers.
        const answers = await Promise.all([read(), write().then((result) => result.answer), health()]);
        const elapsedMs = Date.now() - started;
        expectUnavailable(answers[0]);
        expectUnavailable(answers[1]);
        expect(answers[2]).toMatchObject({ status: 503, body: { status: "unavailable", database: "postgres" } });
        expect(elapsedMs).toBeLessThan(FROZEN_ANSWER_BOUND_MS);
        const again = Date.now();
        expectUnavailable(await read());
        console.info(`frozen database: 503 after ${elapsedMs} ms (first requests), ${Date.now() - again} ms (next one)`);
        expect(server.isRunning()).toBe(true);
      } finally {
        cluster.thaw();
      }
      const thawed = Date.now();
      await until(
        "a read once the database thaws",
        () => read(),
        (answer) => answer.status === 200,
      );
      console.info(`frozen database: served again ${Date.now() - thawed} ms after it thawed`);
      expect((await write()).answer.status).toBe(201);
    },
    STEP_TIMEOUT,
  );
});
