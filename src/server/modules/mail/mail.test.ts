// The mail worker against a real SMTP server: sent exactly once by two instances sharing one
// database, tried again after a refusal, written in the recipient's language; and the outbox that
// keeps every message when no SMTP server is configured.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFor, testConfig } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildUser, tokenFor } from "../../../../test/support/factories.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp.js";
import { buildApp, type AppOptions } from "../../app.js";
import { openDatabase, type Database } from "../../db/database.js";
import { queueMail, type Mailer } from "./outbox.js";

const FROM = "Convene <convene@example.org>";
const FAST = { intervalMs: 25, retry: { baseDelayMs: 150, maxDelayMs: 2_000, maxAttempts: 4 } };

async function startInstance(database: Database, smtp: TestSmtpServer | null, jobs: AppOptions["jobs"] = { mail: FAST }) {
  const env = smtp ? { SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM } : {};
  const app = await buildApp(testConfig(env), database, { jobs });
  await app.ready();
  return app;
}

const queued: Mailer = { delivers: true, link: (path) => `http://127.0.0.1${path}`, wake: () => undefined };

async function queueMany(database: Database, count: number): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    for (let index = 0; index < count; index += 1) {
      const email = `person${index}@example.org`;
      await queueMail(trx, queued, {
        to: email,
        userId: null,
        language: index % 2 === 0 ? "en" : "fr",
        template: "passwordReset",
        params: { name: `Person ${index}`, email, count: 1, link: `http://127.0.0.1/reset-password?token=${index}` },
      });
    }
  });
}

async function statuses(database: Database): Promise<Record<string, number>> {
  const rows = await database.db.selectFrom("mail_messages").select("status").execute();
  return rows.reduce<Record<string, number>>((counts, row) => ({ ...counts, [row.status]: (counts[row.status] ?? 0) + 1 }), {});
}

for (const dialect of DIALECTS) {
  describe(`the mail worker on ${dialect}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    const apps: FastifyInstance[] = [];
    const extra: Database[] = [];

    // On SQLite the two instances open the same file.
    const folder = mkdtempSync(join(tmpdir(), "convene-mail-"));
    const sqliteFile = join(folder, "mail.sqlite");

    beforeAll(async () => {
      database = await createTestDatabase(dialect, { sqliteFile });
    });
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.close();
      for (const other of extra.splice(0)) await other.close();
      await smtp.close();
      await database.db.deleteFrom("mail_messages").execute();
    });
    afterAll(async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    it("sends each of many queued messages exactly once with two instances on separate connections", async () => {
      smtp = await startSmtpServer();
      const other =
        dialect === "postgres"
          ? openDatabase({ dialect: "postgres", url: database.url ?? "", poolSize: 4, schema: database.schema ?? undefined })
          : openDatabase({ dialect: "sqlite", file: sqliteFile });
      extra.push(other);
      const small = { mail: { ...FAST, batchSize: 4 } };
      apps.push(await startInstance(database, smtp, small), await startInstance(other, smtp, small));
      await queueMany(database, 120);
      await expect.poll(() => statuses(database), { timeout: 30_000, interval: 100 }).toEqual({ sent: 120 });
      // Once every message is recorded as sent no worker may claim one again; stopping both proves nothing is in flight.
      for (const app of apps.splice(0)) await app.close();
      const ids = smtp.received.map((mail) => mail.headers["x-convene-message-id"]);
      expect(smtp.received).toHaveLength(120);
      expect(new Set(ids).size).toBe(120);
      const workers = await database.db.selectFrom("mail_messages").select("attempts").distinct().execute();
      expect(workers).toEqual([{ attempts: 1 }]);
    }, 60_000);

    it("writes each message in its recipient's language, from the configured sender", async () => {
      smtp = await startSmtpServer();
      const app = await startInstance(database, smtp);
      apps.push(app);
      const french = await buildUser(database.db, { role: "coordinator", email: "francine@example.org" });
      await database.db.updateTable("users").set({ locale: "fr", name: "Francine Roy" }).where("id", "=", french.id).execute();
      const english = await buildUser(database.db, { role: "coordinator", email: "edward@example.org" });
      const anonymous = clientFor(app, null);
      expect((await anonymous.post("/api/v1/auth/password-reset", { email: french.email })).statusCode).toBe(202);
      expect((await anonymous.post("/api/v1/auth/password-reset", { email: english.email })).statusCode).toBe(202);
      const mails = await smtp.waitForMessages(2);
      const byRecipient = Object.fromEntries(mails.map((mail) => [mail.to[0], mail]));
      expect(byRecipient[french.email]?.subject).toBe("Choisissez un nouveau mot de passe Convene");
      expect(byRecipient[french.email]?.text).toContain("Bonjour Francine Roy,");
      expect(byRecipient[french.email]?.headers["content-language"]).toBe("fr");
      expect(byRecipient[english.email]?.subject).toBe("Choose a new Convene password");
      expect(byRecipient[english.email]?.text).toContain("open this link within 1 hour:");
      expect(mails.map((mail) => mail.headers.from)).toEqual([FROM, FROM]);
    });

    it("tries a refused message again after a growing delay, then sends it once", async () => {
      smtp = await startSmtpServer();
      smtp.refuseNext(2);
      apps.push(await startInstance(database, smtp));
      await queueMany(database, 1);
      const [mail] = await smtp.waitForMessages(1);
      expect(mail?.to).toEqual(["person0@example.org"]);
      await expect.poll(() => statuses(database)).toEqual({ sent: 1 });
      const row = await database.db.selectFrom("mail_messages").selectAll().executeTakeFirstOrThrow();
      expect(smtp.refusals()).toBe(2);
      expect([row.attempts, row.last_error, row.claimed_by]).toEqual([3, null, null]);
      // Two waits of 150 ms then 300 ms lie between the first attempt and the one that succeeded.
      expect(Date.parse(row.sent_at ?? "") - Date.parse(row.created_at)).toBeGreaterThanOrEqual(450);
      expect(smtp.received).toHaveLength(1);
    });

    it("gives up once the attempts are spent, and sends the message when an administrator asks again", async () => {
      smtp = await startSmtpServer();
      smtp.refuseNext(4);
      const app = await startInstance(database, smtp);
      apps.push(app);
      await queueMany(database, 1);
      await expect.poll(() => statuses(database), { timeout: 10_000 }).toEqual({ failed: 1 });
      const admin = clientFor(app, await tokenFor(database.db, (await buildUser(database.db, { role: "admin" })).id));
      const failed = (await admin.get("/api/v1/mail/messages?status=failed")).json();
      expect(failed.data).toHaveLength(1);
      expect(failed.data[0]).toMatchObject({ status: "failed", attempts: 4, abilities: { retry: true } });
      expect(failed.data[0].lastError).toContain("Try again later");
      const retried = await admin.post(`/api/v1/mail/messages/${failed.data[0].id}/retry`);
      expect(retried.statusCode, retried.body).toBe(200);
      await smtp.waitForMessages(1);
      await expect.poll(() => statuses(database)).toEqual({ sent: 1 });
      expect(smtp.refusals()).toBe(4);
      expect((await admin.post(`/api/v1/mail/messages/${failed.data[0].id}/retry`)).statusCode).toBe(409);
    });
  });

  describe(`messages kept before an SMTP server was configured on ${dialect}`, () => {
    it("are sent when an administrator asks, once the server has an SMTP server", async () => {
      const database = await createTestDatabase(dialect);
      const smtp = await startSmtpServer();
      try {
        await queueMail(
          database.db,
          { ...queued, delivers: false },
          {
            to: "kept@example.org",
            userId: null,
            language: "en",
            template: "passwordReset",
            params: { name: "Kept", email: "kept@example.org", count: 1, link: "http://127.0.0.1/" },
          },
        );
        const app = await startInstance(database, smtp);
        try {
          const admin = clientFor(app, await tokenFor(database.db, (await buildUser(database.db, { role: "admin" })).id));
          const [kept] = (await admin.get("/api/v1/mail/messages")).json().data;
          expect(kept).toMatchObject({ status: "held", abilities: { retry: true } });
          expect((await admin.post(`/api/v1/mail/messages/${kept.id}/retry`)).statusCode).toBe(200);
          const [mail] = await smtp.waitForMessages(1);
          expect(mail?.to).toEqual(["kept@example.org"]);
        } finally {
          await app.close();
        }
      } finally {
        await smtp.close();
        await database.close();
      }
    });
  });

  describe(`the outbox without an SMTP server on ${dialect}`, () => {
    let database: TestDatabase;
    let app: FastifyInstance;
    let admin: ReturnType<typeof clientFor>;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      app = await startInstance(database, null, true);
      admin = clientFor(app, await tokenFor(database.db, (await buildUser(database.db, { role: "admin", email: "chief@example.org" })).id));
    });
    afterAll(async () => {
      await app.close();
      await database.close();
    });

    it("keeps what would have been sent, for administrators to read, newest first", async () => {
      const invited = await admin.post("/api/v1/users/invitations", {
        email: "nadia@example.org",
        name: "Nadia Tremblay",
        role: "coordinator",
        locale: "fr",
      });
      expect(invited.statusCode, invited.body).toBe(201);
      expect((await clientFor(app, null).post("/api/v1/auth/password-reset", { email: "chief@example.org" })).statusCode).toBe(202);
      const page = (await admin.get("/api/v1/mail/messages")).json();
      expect(page.delivery).toBe("outbox");
      expect(page.pagination.total).toBe(2);
      expect(
        page.data.map((message: { to: string; status: string; language: string }) => [message.to, message.status, message.language]),
      ).toEqual([
        ["chief@example.org", "held", "en"],
        ["nadia@example.org", "held", "fr"],
      ]);
      const invitation = page.data[1];
      expect(invitation.subject).toBe("chief@example.org vous invite à rejoindre Convene");
      expect(invitation.body).toMatch(/http:\/\/127\.0\.0\.1:\d+\/accept-invitation\?token=\S+/);
      expect(invitation.abilities).toEqual({ retry: false });
      expect((await admin.get("/api/v1/mail/messages?status=sent")).json().pagination.total).toBe(0);
      expect((await admin.get("/api/v1/mail/messages?status=held&pageSize=1&page=2")).json().data[0].to).toBe("nadia@example.org");
    });

    it("refuses an unknown status in the filter", async () => {
      expect((await admin.get("/api/v1/mail/messages?status=lost")).statusCode).toBe(400);
    });
  });
}
