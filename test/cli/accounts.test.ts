import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SECURITY_ACTIONS } from "../../src/contracts/audit.js";
import { buildApp } from "../../src/server/app.js";
import { openDatabase } from "../../src/server/db/database.js";
import { randomToken } from "../../src/server/crypto.js";
import { createApiToken } from "../../src/server/modules/auth/service.js";
import { testConfig } from "../support/app.js";
import { createTestDatabase } from "../support/databases.js";
import { buildUser, TEST_PASSWORD } from "../support/factories.js";
import { ensureBuilt, ROOT, runCli } from "./run-cli.js";

const FRENCH = { LANG: "fr_CA.UTF-8" };
const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});
beforeAll(() => ensureBuilt(), 120_000);

/** A data directory of its own whose SQLite database holds these accounts, each with an API token. */
async function dataDirWith(accounts: { email: string; role?: "admin" | "coordinator" | "evaluator"; disabled?: boolean }[]) {
  const dataDir = mkdtempSync(join(tmpdir(), "convene-accounts-"));
  folders.push(dataDir);
  const database = await createTestDatabase("sqlite", { sqliteFile: join(dataDir, "convene.sqlite") });
  const tokens: Record<string, { id: string; token: string; expiresAt: string | null }> = {};
  try {
    for (const account of accounts) {
      const user = await buildUser(database.db, { email: account.email, role: account.role ?? "coordinator" });
      if (account.disabled) await database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", user.id).execute();
      tokens[account.email] = await createApiToken(database.db, user.id, `${account.email.split("@")[0] ?? ""} laptop`);
    }
    // The accounts and their tokens are given: the trail starts empty, and holds only what the commands do.
    await database.db.deleteFrom("audit_events").execute();
  } finally {
    await database.close();
  }
  return { env: { CONVENE_DATA_DIR: dataDir }, dataDir, tokens };
}

/** What the server then makes of the account: may it sign in, does its token and a session opened before still work? */
async function accessOf(env: Record<string, string>, email: string, token: string, sessionCookie?: string) {
  const config = testConfig(env);
  const database = openDatabase(config.database);
  const app = await buildApp(config, database);
  try {
    const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: TEST_PASSWORD } });
    const byToken = await app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { authorization: `Bearer ${token}` } });
    const bySession = sessionCookie
      ? (await app.inject({ method: "GET", url: "/api/v1/auth/session", headers: { cookie: sessionCookie } })).statusCode
      : null;
    const cookie = login.cookies.find((one) => one.name === "convene_session");
    return {
      signIn: login.statusCode,
      token: byToken.statusCode,
      session: bySession,
      cookie: cookie ? `${cookie.name}=${cookie.value}` : undefined,
    };
  } finally {
    await app.close();
    await database.close();
  }
}

/** The changes the commands left in the data directory's database, oldest first (not the sign-ins of accessOf). */
async function auditTrail(env: Record<string, string>) {
  const database = openDatabase(testConfig(env).database);
  try {
    const rows = await database.db
      .selectFrom("audit_events")
      .select(["user_id", "action", "entity", "details"])
      .where("action", "not in", SECURITY_ACTIONS)
      .orderBy("at")
      .execute();
    return rows.map((row) => ({ ...row, details: row.details === null ? null : (JSON.parse(row.details) as unknown) }));
  } finally {
    await database.close();
  }
}

/** The rows of a printed table, each split into its cells. */
function tableRows(stdout: string): string[][] {
  return stdout
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s{2,}/));
}

describe("convene --version", () => {
  it("prints the version of package.json and exits 0", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };
    const result = await runCli(["--version"], { env: {} });
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });
});

describe("convene user list", () => {
  it("prints every account as a table and says on standard error which database it read", async () => {
    const { env, dataDir } = await dataDirWith([
      { email: "bea@example.org", role: "admin" },
      { email: "ana@example.org" },
      { email: "cy@example.org", role: "evaluator", disabled: true },
    ]);
    const result = await runCli(["user", "list"], { env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim()).toBe(`Using SQLite at ${join(dataDir, "convene.sqlite")}`);
    expect(tableRows(result.stdout)).toEqual([
      ["Email", "Name", "Role", "Disabled", "Last sign-in (UTC)"],
      ["ana@example.org", "ana@example.org", "coordinator", "no", "—"],
      ["bea@example.org", "bea@example.org", "admin", "no", "—"],
      ["cy@example.org", "cy@example.org", "evaluator", "yes", "—"],
    ]);
  });

  it("shows one page at a time, says how to reach the next, and every account with --all", async () => {
    const { env } = await dataDirWith([{ email: "a@example.org" }, { email: "b@example.org" }, { email: "c@example.org" }]);
    const second = await runCli(["user", "list", "--page-size", "2", "--page", "2"], { env });
    expect(second.code, second.stderr).toBe(0);
    expect(tableRows(second.stdout).slice(1)).toEqual([["c@example.org", "c@example.org", "coordinator", "no", "—"]]);
    expect(second.stderr).toContain("Page 2 of 2, 3 in all.");

    const first = await runCli(["user", "list", "--page-size", "2"], { env });
    expect(tableRows(first.stdout).map((row) => row[0])).toEqual(["Email", "a@example.org", "b@example.org"]);
    expect(first.stderr).toContain("Page 1 of 2, 3 in all. --page 2 shows the next page, --all shows every one.");

    const all = await runCli(["user", "list", "--all", "--json"], { env });
    expect(all.code, all.stderr).toBe(0);
    const page = JSON.parse(all.stdout) as { data: { email: string }[]; pagination: { total: number } };
    expect(page.data.map((user) => user.email)).toEqual(["a@example.org", "b@example.org", "c@example.org"]);
    expect(page.pagination.total).toBe(3);
  });

  it("refuses a page size above the API's limit with exit code 2, before opening the database", async () => {
    const { env } = await dataDirWith([]);
    const result = await runCli(["user", "list", "--page-size", "500"], { env });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--page-size must be at most 100/);
    expect(result.stderr).not.toContain("Using SQLite");
  });

  it("writes its table, its pager and the database line in French under a French locale", async () => {
    const { env, dataDir } = await dataDirWith([{ email: "a@example.org" }, { email: "b@example.org", disabled: true }]);
    const result = await runCli(["user", "list", "--page-size", "1"], { env: { ...env, ...FRENCH } });
    expect(result.code, result.stderr).toBe(0);
    expect(tableRows(result.stdout)).toEqual([
      ["Courriel", "Nom", "Rôle", "Désactivé", "Dernière connexion (UTC)"],
      ["a@example.org", "a@example.org", "coordinator", "non", "—"],
    ]);
    expect(result.stderr).toContain(`Base de données SQLite utilisée\u00a0: ${join(dataDir, "convene.sqlite")}`);
    expect(result.stderr).toContain("Page 1 sur 2, 2 au total. --page 2 affiche la page suivante, --all les affiche toutes.");
  });
});

describe("convene user disable and enable", () => {
  it("disables an account: it cannot sign in, its open session ends and its API token is revoked, for good", async () => {
    const { env, tokens } = await dataDirWith([{ email: "ana@example.org" }]);
    const token = tokens["ana@example.org"]?.token ?? "";
    const before = await accessOf(env, "ana@example.org", token);
    expect(before).toMatchObject({ signIn: 200, token: 200 });

    const disabled = await runCli(["user", "disable", "--email", "Ana@Example.org"], { env });
    expect(disabled.code, disabled.stderr).toBe(0);
    expect(disabled.stdout.trim()).toBe("Disabled ana@example.org: signed out everywhere, and its API tokens revoked.");
    expect(disabled.stderr).toContain("Using SQLite at");
    expect(await accessOf(env, "ana@example.org", token, before.cookie)).toMatchObject({ signIn: 401, token: 401, session: 401 });

    const again = await runCli(["user", "disable", "--email", "ana@example.org"], { env });
    expect(again.code).toBe(0);
    expect(again.stdout.trim()).toBe("ana@example.org was already disabled.");

    const enabled = await runCli(["user", "enable", "--email", "ana@example.org"], { env });
    expect(enabled.code, enabled.stderr).toBe(0);
    expect(enabled.stdout.trim()).toBe("Enabled ana@example.org: it can sign in again.");
    // Enabling the account again does not revive the token revoked with it.
    expect(await accessOf(env, "ana@example.org", token)).toMatchObject({ signIn: 200, token: 401 });
    expect((await runCli(["token", "list", "--email", "ana@example.org"], { env })).stdout.trim()).toBe("No API tokens.");
    // Disabling and enabling are changes by the operator (no user); saying "already disabled" changes nothing.
    expect(await auditTrail(env)).toEqual([
      { user_id: null, action: "update", entity: "user", details: { changes: { disabled: [false, true] }, context: { revokedTokens: 1 } } },
      { user_id: null, action: "update", entity: "user", details: { changes: { disabled: [true, false] } } },
    ]);
  }, 60_000);

  it("says so in French under a French locale", async () => {
    const { env } = await dataDirWith([{ email: "ana@example.org" }]);
    const disabled = await runCli(["user", "disable", "--email", "ana@example.org"], { env: { ...env, ...FRENCH } });
    expect(disabled.code, disabled.stderr).toBe(0);
    expect(disabled.stdout.trim()).toBe("Compte ana@example.org désactivé\u00a0: ses sessions sont fermées et ses jetons d'API révoqués.");
    const enabled = await runCli(["user", "enable", "--email", "ana@example.org"], { env: { ...env, ...FRENCH } });
    expect(enabled.stdout.trim()).toBe("Compte ana@example.org réactivé\u00a0: il peut de nouveau se connecter.");
  });

  it("exits 1 naming an email nobody has, and 2 for something that is not an email", async () => {
    const { env } = await dataDirWith([]);
    const unknown = await runCli(["user", "enable", "--email", "nobody@example.org"], { env });
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("User nobody@example.org not found");
    const french = await runCli(["user", "disable", "--email", "nobody@example.org"], { env: { ...env, ...FRENCH } });
    expect(french.code).toBe(1);
    expect(french.stderr).toContain("nobody@example.org");
    expect(french.stderr).not.toContain("not found");
    const malformed = await runCli(["user", "disable", "--email", "nobody"], { env });
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/--email must be a valid email address/);
    const missing = await runCli(["user", "disable"], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/required option '--email <email>' not specified/);
  });
});

describe("convene token list and revoke", () => {
  it("lists the tokens in force with their users, one user's with --email", async () => {
    const { env, tokens } = await dataDirWith([{ email: "ana@example.org" }, { email: "bo@example.org" }]);
    const all = await runCli(["token", "list"], { env });
    expect(all.code, all.stderr).toBe(0);
    const rows = tableRows(all.stdout);
    expect(rows[0]).toEqual(["Id", "User", "Name", "Starts with", "Created", "Last used", "Expires"]);
    const inAYear = (tokens["ana@example.org"]?.expiresAt ?? "").slice(0, 16).replace("T", " ");
    expect(inAYear.slice(0, 4)).toBe(String(new Date().getUTCFullYear() + 1));
    expect(
      rows
        .slice(1)
        .map((row) => [row[0], row[1], row[2], row[5], row[6]])
        .sort(),
    ).toEqual(
      [
        [tokens["ana@example.org"]?.id, "ana@example.org", "ana laptop", "never", inAYear],
        [
          tokens["bo@example.org"]?.id,
          "bo@example.org",
          "bo laptop",
          "never",
          (tokens["bo@example.org"]?.expiresAt ?? "").slice(0, 16).replace("T", " "),
        ],
      ].sort(),
    );
    expect(all.stdout).not.toContain(tokens["ana@example.org"]?.token);

    const one = await runCli(["token", "list", "--email", "bo@example.org"], { env });
    expect(one.code, one.stderr).toBe(0);
    expect(
      tableRows(one.stdout)
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(["bo@example.org"]);

    const french = await runCli(["token", "list", "--email", "bo@example.org"], { env: { ...env, ...FRENCH } });
    expect(tableRows(french.stdout)[0]).toEqual([
      "Identifiant",
      "Utilisateur",
      "Nom",
      "Commence par",
      "Créé le",
      "Dernière utilisation",
      "Expire le",
    ]);
    expect(tableRows(french.stdout)[1]?.[5]).toBe("jamais");
  });

  it("creates a token that expires after the days asked for, or never, shows its last use, and lists an expired one as such", async () => {
    const { env, tokens } = await dataDirWith([{ email: "ana@example.org" }]);
    const month = await runCli(["token", "create", "--email", "ana@example.org", "--name", "month", "--expires-in-days", "30"], { env });
    expect(month.code, month.stderr).toBe(0);
    const forever = await runCli(["token", "create", "--email", "ana@example.org", "--name", "forever", "--no-expiry"], { env });
    expect(forever.code, forever.stderr).toBe(0);
    expect((await accessOf(env, "ana@example.org", month.stdout.trim())).token).toBe(200);
    const database = openDatabase(testConfig(env).database);
    try {
      const laptop = tokens["ana@example.org"]?.id ?? "";
      await database.db.updateTable("api_tokens").set({ expires_at: "2026-01-02T03:04:00.000Z" }).where("id", "=", laptop).execute();
    } finally {
      await database.close();
    }
    const byName = Object.fromEntries(
      tableRows((await runCli(["token", "list"], { env })).stdout)
        .slice(1)
        .map((row) => [row[2], row]),
    );
    const inAMonth = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expect(byName.month?.[6]?.slice(0, 10)).toBe(inAMonth);
    expect(byName.month?.[5]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(byName.forever?.[6]).toBe("never");
    expect(byName["ana laptop"]?.[6]).toBe("expired 2026-01-02 03:04");
    for (const days of ["0", "many", "4000"]) {
      const refused = await runCli(["token", "create", "--email", "ana@example.org", "--expires-in-days", days], { env });
      expect(refused.code, days).toBe(2);
      expect(refused.stderr).toContain("--expires-in-days");
    }
    const both = await runCli(["token", "create", "--email", "ana@example.org", "--expires-in-days", "5", "--no-expiry"], { env });
    expect(both.code).toBe(2);
    expect(await auditTrail(env)).toEqual([
      { user_id: null, action: "create", entity: "api_token", details: { context: expect.objectContaining({ name: "month" }) } },
      {
        user_id: null,
        action: "create",
        entity: "api_token",
        details: { context: expect.objectContaining({ name: "forever", expiresAt: null }) },
      },
    ]);
  }, 90_000);

  it("revokes a token by its id, after which it no longer authenticates and is no longer listed", async () => {
    const { env, tokens } = await dataDirWith([{ email: "ana@example.org" }]);
    const { id, token } = tokens["ana@example.org"] ?? { id: "", token: "" };
    const revoked = await runCli(["token", "revoke", id], { env });
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout.trim()).toBe(`Revoked API token ${id}.`);
    expect(await accessOf(env, "ana@example.org", token)).toMatchObject({ signIn: 200, token: 401 });
    const listed = await runCli(["token", "list"], { env });
    expect(listed.stdout.trim()).toBe("No API tokens.");
    expect(await auditTrail(env)).toEqual([
      { user_id: null, action: "delete", entity: "api_token", details: { context: { owner: expect.any(String) } } },
    ]);

    const again = await runCli(["token", "revoke", "--id", id], { env: { ...env, ...FRENCH } });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("Jeton introuvable");
  }, 60_000);

  it("exits 2 for an id that is not one, or no id at all, and for a malformed --email", async () => {
    const { env } = await dataDirWith([]);
    for (const args of [
      ["token", "revoke", "42"],
      ["token", "revoke"],
      ["token", "list", "--email", "bo@"],
    ]) {
      const result = await runCli(args, { env });
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toMatch(/<id> must be a valid identifier|<id> is required|--email must be a valid email address/);
    }
  });

  it("routes token create through the same lookup: an unknown email exits 1", async () => {
    const { env } = await dataDirWith([]);
    const result = await runCli(["token", "create", "--email", "nobody@example.org"], { env });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("User nobody@example.org not found");
  });
});

const postgresUrl = inject("postgresUrl");

describe.skipIf(!postgresUrl)("convene on PostgreSQL says which database without its password", () => {
  const databaseName = `convene_accounts_${randomToken(6)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x")}`;

  async function admin(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: postgresUrl ?? "" });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(() => admin(`create database "${databaseName}"`));
  afterAll(() => admin(`drop database if exists "${databaseName}" with (force)`));

  it("names the host, port and database on standard error, never the user or password", async () => {
    const url = new URL(postgresUrl ?? "postgres://localhost/none");
    url.pathname = `/${databaseName}`;
    url.password = "not-shown-anywhere";
    const result = await runCli(["user", "list"], { env: { DATABASE_URL: url.toString(), CONVENE_PG_POOL_SIZE: "2" } });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr.trim()).toBe(`Using PostgreSQL at postgres://${url.host}/${databaseName}`);
    expect(result.stdout.trim()).toBe("No users yet.");
  }, 60_000);
});
