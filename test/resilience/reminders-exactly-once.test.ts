// Reminders sent exactly once by real processes racing for them: two `convene serve` instances and
// `convene reminders send` started at the same moment on one PostgreSQL database, and a server and the
// command on one SQLite file, against a real SMTP server that counts what it receives.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { addDays, dayOf } from "../../src/domain/reminders/period.js";
import { openDatabase, type Database } from "../../src/server/db/database.js";
import { randomToken } from "../../src/server/crypto.js";
import { ensureBuilt, runCli, type CliResult } from "../cli/run-cli.js";
import { DIALECTS } from "../support/databases.js";
import { buildPartnership } from "../support/factories.js";
import { buildCommitment, buildMeeting, buildRepresentedMember } from "../support/reminder-factories.js";
import { serve, type Served } from "../support/served.js";
import { startSmtpServer, type TestSmtpServer } from "../support/smtp.js";

const PARTNERSHIPS = 8;
const MEMBERS = 3;
/** A digest and a meeting notice per member. */
const EXPECTED = PARTNERSHIPS * MEMBERS * 2;
const FROM = "Convene <convene@example.org>";
const TIMEOUT = 600_000;

/** Partnerships whose members each have an overdue and a coming commitment, and a meeting tomorrow. */
async function seed(database: Database): Promise<void> {
  const today = dayOf(new Date());
  for (let index = 0; index < PARTNERSHIPS; index += 1) {
    const partnership = await buildPartnership(database.db, { name: `Racing ${index}` });
    // The lead organization has no representative: it gets nothing.
    for (let member = 0; member < MEMBERS; member += 1) {
      const { organization } = await buildRepresentedMember(database.db, partnership.id, {
        email: `rep-${index}-${member}@example.org`,
        language: member % 2 === 0 ? "en" : "fr",
      });
      await buildCommitment(database.db, partnership.id, organization.id, {
        description: "Overdue",
        dueOn: addDays(today, -3),
        pledgedOn: addDays(today, -60),
      });
      await buildCommitment(database.db, partnership.id, organization.id, {
        description: "Coming",
        dueOn: addDays(today, 5),
        pledgedOn: addDays(today, -60),
      });
    }
    await buildMeeting(database.db, partnership.id, { startsAt: new Date(Date.now() + 86_400_000).toISOString() });
  }
}

async function migrate(env: Record<string, string>): Promise<void> {
  const result = await runCli(["db", "migrate"], { env, timeoutMs: 120_000 });
  if (result.code !== 0) throw new Error(`convene db migrate failed:\n${result.stderr}`);
}

/** Starts every process at once and waits until all of them are up or done. */
async function race(env: Record<string, string>, servers: number, commands: number): Promise<{ served: Served[]; results: CliResult[] }> {
  const started = Array.from({ length: servers }, () => serve(env));
  const ran = Array.from({ length: commands }, () => runCli(["reminders", "send"], { env, timeoutMs: 180_000 }));
  const [served, results] = await Promise.all([Promise.all(started), Promise.all(ran)]);
  return { served, results };
}

function sentCount(output: string): number {
  return Number(/(\d+) reminders? went out/.exec(output)?.[1] ?? "NaN");
}

describe.each(DIALECTS)("reminders sent exactly once by racing processes on %s", (dialect) => {
  let smtp: TestSmtpServer | null = null;
  const running: Served[] = [];
  const cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
    await smtp?.close();
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  }, TIMEOUT);

  it(
    dialect === "postgres"
      ? "two servers and two runs of the command at the same moment send each reminder once"
      : "a server and two runs of the command on one SQLite file send each reminder once",
    async () => {
      ensureBuilt();
      smtp = await startSmtpServer();
      const dataDir = mkdtempSync(join(tmpdir(), "convene-reminders-race-"));
      cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
      let env: Record<string, string> = { CONVENE_DATA_DIR: dataDir, SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM };
      let database: Database;
      if (dialect === "postgres") {
        const base = inject("postgresUrl") ?? "";
        const name = `reminders_${randomToken(6)
          .toLowerCase()
          .replace(/[^a-z0-9]/g, "x")}`;
        const admin = new pg.Client({ connectionString: base });
        await admin.connect();
        await admin.query(`create database "${name}"`);
        await admin.end();
        const url = new URL(base);
        url.pathname = `/${name}`;
        env = { ...env, DATABASE_URL: url.toString() };
        cleanups.push(async () => {
          const drop = new pg.Client({ connectionString: base });
          await drop.connect();
          await drop.query(`drop database if exists "${name}" with (force)`);
          await drop.end();
        });
        await migrate(env);
        database = openDatabase({ dialect: "postgres", url: url.toString(), poolSize: 2 });
      } else {
        await migrate(env);
        database = openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
      }
      try {
        await seed(database);
      } finally {
        await database.close();
      }

      const { served, results } = await race(env, dialect === "postgres" ? 2 : 1, 2);
      running.push(...served);
      for (const result of results) expect(result.code, result.stderr).toBe(0);
      const received = await smtp.waitForMessages(EXPECTED, 120_000);
      // Everything is recorded as sent once the servers stop: nothing is in flight any more.
      for (const server of running.splice(0)) await server.stop();
      expect(received).toHaveLength(EXPECTED);
      const perRecipient = new Map<string, number>();
      for (const mail of received) {
        const kind = /commitment|engagement/.test(mail.subject) ? "digest" : "notice";
        const key = `${mail.to.join(",")}|${kind}`;
        perRecipient.set(key, (perRecipient.get(key) ?? 0) + 1);
      }
      expect(perRecipient.size).toBe(EXPECTED);
      expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
      expect(new Set(received.map((mail) => mail.headers["x-convene-message-id"])).size).toBe(EXPECTED);
      // What the commands claimed is part of the whole, never more.
      const byCommands = results.map((result) => sentCount(result.stdout));
      expect(byCommands.every((count) => Number.isInteger(count))).toBe(true);
      expect(byCommands.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(EXPECTED);

      const check =
        dialect === "postgres"
          ? openDatabase({ dialect: "postgres", url: env.DATABASE_URL ?? "", poolSize: 1 })
          : openDatabase({ dialect: "sqlite", file: join(dataDir, "convene.sqlite") });
      try {
        const reminders = await check.db.selectFrom("reminders").select(["key", "mail_message_id"]).execute();
        expect(reminders).toHaveLength(EXPECTED);
        const messages = await check.db.selectFrom("mail_messages").select(["id", "status"]).execute();
        expect(messages).toHaveLength(EXPECTED);
        expect(messages.every((message) => message.status === "sent")).toBe(true);
        expect(new Set(reminders.map((row) => row.mail_message_id))).toEqual(new Set(messages.map((message) => message.id)));
      } finally {
        await check.close();
      }
      // Run again now, nothing more goes out.
      const again = await runCli(["reminders", "send"], { env, timeoutMs: 120_000 });
      expect(again.code, again.stderr).toBe(0);
      expect(sentCount(again.stdout)).toBe(0);
      expect(smtp.received).toHaveLength(EXPECTED);
    },
    TIMEOUT,
  );
});
