import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { openDatabase } from "../../src/server/db/database.js";
import { randomToken } from "../../src/server/crypto.js";
import { testConfig } from "../support/app.js";
import { ensureBuilt, runCli, startServe } from "./run-cli.js";

const PASSWORD = "a long enough passphrase";
/** Tests that start the command several times; each start loads the server's modules afresh. */
const SLOW = 90_000;

/** Asks an in-process app, on the database the command wrote to, who the token belongs to. */
async function whoseToken(env: Record<string, string>, token: string) {
  const config = testConfig(env);
  const database = openDatabase(config.database);
  const app = await buildApp(config, database);
  try {
    const session = await app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { authorization: `Bearer ${token}` } });
    const login = await app.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "ana@example.org", password: PASSWORD },
    });
    return { status: session.statusCode, email: session.json().user?.email, loginStatus: login.statusCode };
  } finally {
    await app.close();
    await database.close();
  }
}

/** db migrate twice, user create from standard input, token create; the token then authenticates. */
async function checkMigrateUserToken(env: Record<string, string>, dialect: string) {
  const first = await runCli(["db", "migrate"], { env });
  expect(first.code, first.stderr).toBe(0);
  expect(first.stdout).toContain(`Applied to ${dialect}: 20261122000000-initial`);
  const second = await runCli(["db", "migrate"], { env });
  expect(second.code, second.stderr).toBe(0);
  expect(second.stdout).toContain(`The ${dialect} database is up to date.`);

  const created = await runCli(
    ["user", "create", "--email", "Ana@Example.org", "--role", "admin", "--name", "Ana Ruiz", "--password-stdin"],
    {
      env,
      input: `${PASSWORD}\n`,
    },
  );
  expect(created.code, created.stderr).toBe(0);
  expect(created.stdout).toMatch(/^Created admin ana@example\.org \([0-9a-f-]{36}\)\.$/m);
  expect(created.stdout).not.toContain(PASSWORD);

  const issued = await runCli(["token", "create", "--email", "ana@example.org"], { env });
  expect(issued.code, issued.stderr).toBe(0);
  const token = issued.stdout.trim();
  expect(token).toMatch(/^cvn_[A-Za-z0-9_-]{20,}$/);

  expect(await whoseToken(env, token)).toEqual({ status: 200, email: "ana@example.org", loginStatus: 200 });
  expect(await whoseToken(env, `${token}x`)).toMatchObject({ status: 401 });
}

beforeAll(() => ensureBuilt(), 120_000);

describe("convene on SQLite", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-cli-"));
  const env = { CONVENE_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    "migrates, creates a user from standard input and issues a token that authenticates",
    async () => {
      await checkMigrateUserToken({ CONVENE_DATA_DIR: mkdtempSync(join(dataDir, "fresh-")) }, "sqlite");
    },
    SLOW,
  );

  it("refuses a second user with the same email, exiting 1 without printing a password", async () => {
    const own = { CONVENE_DATA_DIR: mkdtempSync(join(dataDir, "taken-")) };
    const first = await runCli(["user", "create", "--email", "ana@example.org", "--role", "admin"], { env: own });
    expect(first.code, first.stderr).toBe(0);
    const again = await runCli(["user", "create", "--email", "ana@example.org", "--role", "evaluator"], { env: own });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");
    expect(again.stdout).toBe("");
  });

  it("exits 1 with a message when the token's user does not exist", async () => {
    const result = await runCli(["token", "create", "--email", "nobody@example.org"], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("nobody@example.org not found");
  });
});

describe("convene with bad arguments", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-cli-"));
  const env = { CONVENE_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const cases: { args: string[]; input?: string; names: RegExp }[] = [
    { args: ["user", "create", "--email", "ana@example.org", "--role", "wizard"], names: /--role must be one of admin, program_officer/ },
    { args: ["user", "create", "--email", "not-an-email", "--role", "admin"], names: /--email must be a valid email address/ },
    { args: ["user", "create", "--role", "admin"], names: /required option '--email <email>' not specified/ },
    { args: ["user", "create", "--email", "ana@example.org"], names: /required option '--role <role>' not specified/ },
    {
      args: ["user", "create", "--email", "ana@example.org", "--role", "admin", "--locale", "de"],
      names: /--locale must be one of en, fr/,
    },
    { args: ["user", "create", "--email", "p@example.org", "--role", "partner"], names: /--organization is required for a partner/ },
    {
      args: ["user", "create", "--email", "p@example.org", "--role", "partner", "--organization", "42"],
      names: /--organization must be a valid identifier/,
    },
    {
      args: ["user", "create", "--email", "ana@example.org", "--role", "admin", "--password-stdin"],
      input: "short\n",
      names: /password \(from standard input\) must be at least 12 characters/,
    },
    {
      args: ["user", "create", "--email", "ana@example.org", "--role", "admin", "--password-stdin"],
      input: "Password1234\n",
      names: /password \(from standard input\) is one of the most common passwords; choose another/,
    },
    {
      args: ["user", "create", "--email", "ana.ruiz@example.org", "--role", "admin", "--password-stdin"],
      input: "ana.ruiz was here in 2026\n",
      names: /password \(from standard input\) must not contain your email address or the part before the @/,
    },
    { args: ["token", "create"], names: /required option '--email <email>' not specified/ },
    { args: ["token", "create", "--email", "ana@"], names: /--email must be a valid email address/ },
    { args: ["token", "create", "--email", "ana@example.org", "--name", " "], names: /--name is required/ },
    { args: ["frobnicate"], names: /unknown command 'frobnicate'/ },
    { args: ["serve", "--port", "80"], names: /unknown option '--port'/ },
  ];

  it.for(cases)(
    "convene $args.0 $args.1 … exits 2 and names the problem on stderr ($names)",
    async ({ args, input, names }, { expect }) => {
      const result = await runCli(args, input === undefined ? { env } : { env, input });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(names);
      expect(result.stdout).not.toMatch(/Created|cvn_/);
    },
  );

  it("lists every problem with the environment and exits 1", async () => {
    const result = await runCli(["db", "migrate"], {
      env: { ...env, PORT: "abc", DATABASE_URL: "mysql://db/convene", CONVENE_SESSION_DAYS: "0" },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Invalid configuration");
    for (const name of ["PORT", "DATABASE_URL", "CONVENE_SESSION_DAYS"]) expect(result.stderr).toContain(`- ${name} `);
  });
});

describe("convene serve on a fresh data directory", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-serve-"));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it(
    "loads the demo, prints the address, the accounts and one password, and that password signs in",
    async () => {
      const server = await startServe({ CONVENE_DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" }, /password: \S+/);
      try {
        const output = server.output();
        const url = /Convene is running at (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
        const password = /password: (\S+)/.exec(output)?.[1];
        expect(url, output).toBeDefined();
        expect(output).toContain("admin@convene.example");
        expect(password?.length).toBeGreaterThanOrEqual(12);

        const health = await fetch(`${url}/api/health`);
        expect(health.status).toBe(200);
        expect(await health.json()).toEqual({ status: "ok", database: "sqlite" });

        const login = await fetch(`${url}/api/v1/auth/login`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ email: "admin@convene.example", password }),
        });
        expect(login.status).toBe(200);
        expect(login.headers.get("set-cookie")).toContain("convene_session=");
        expect((await login.json()).user).toMatchObject({ email: "admin@convene.example", role: "admin" });
      } finally {
        expect(await server.stop()).toBe(0);
      }

      const restarted = await startServe({ CONVENE_DATA_DIR: dataDir, PORT: "0", HOST: "127.0.0.1" }, /Convene is running at/);
      expect(await restarted.stop()).toBe(0);
      expect(restarted.output()).not.toContain("password:");
    },
    SLOW,
  );
});

const postgresUrl = inject("postgresUrl");

describe.skipIf(!postgresUrl)("convene on PostgreSQL", () => {
  const databases: string[] = [];

  async function admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl ?? "" });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  /** An empty database of the test's own, so that no test depends on what another left behind. */
  async function freshDatabase(): Promise<Record<string, string>> {
    const name = `convene_cli_${randomToken(6)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, "x")}`;
    await admin(`create database "${name}"`);
    databases.push(name);
    const url = new URL(postgresUrl ?? "postgres://localhost/none");
    url.pathname = `/${name}`;
    return { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" };
  }

  afterAll(async () => {
    for (const name of databases) await admin(`drop database if exists "${name}" with (force)`);
  });

  it(
    "migrates, creates a user from standard input and issues a token that authenticates",
    async () => {
      await checkMigrateUserToken(await freshDatabase(), "postgres");
    },
    SLOW,
  );

  it(
    "loads the demo portfolio only into an empty database",
    async () => {
      const env = await freshDatabase();
      const loaded = await runCli(["demo"], { env });
      expect(loaded.code, loaded.stderr).toBe(0);
      expect(loaded.stdout).toContain("coordinator@convene.example");
      expect(loaded.stdout).toMatch(/password: \S{12,}/);
      const again = await runCli(["demo"], { env });
      expect(again.code).toBe(0);
      expect(again.stdout).toContain("already has users");
    },
    SLOW,
  );
});
