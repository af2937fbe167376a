// Reminders against real databases and a real SMTP server: each claimed once however many runs race
// for it, held in the outbox without SMTP_URL, retried after a refusal, written in the contact's
// language with a working unsubscribe link, and never sent to whoever asked for none.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFor, testConfig } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildPartnership, buildUser, tokenFor } from "../../../../test/support/factories.js";
import { buildCommitment, buildMeeting, buildRepresentedMember } from "../../../../test/support/reminder-factories.js";
import { startSmtpServer, type ReceivedMail, type TestSmtpServer } from "../../../../test/support/smtp.js";
import { buildApp } from "../../app.js";
import { openDatabase, type Database } from "../../db/database.js";
import type { Mailer } from "../mail/outbox.js";
import { sendDueReminders } from "./service.js";

// Tuesday 1 December 2026 (ISO week 49), 09:00 UTC.
const AT = new Date("2026-12-01T09:00:00.000Z");
const NEXT_WEEK = new Date("2026-12-08T09:00:00.000Z");
const FROM = "Convene <convene@example.org>";
const FAST = { intervalMs: 25, retry: { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 4 } };

const held: Mailer = { delivers: false, link: (path) => `http://convene.test${path}`, wake: () => undefined };
const delivering: Mailer = { ...held, delivers: true };

/** A partnership with two represented members (one French), commitments overdue, due soon and later, and a meeting in two days. */
async function buildScene(db: Database["db"]) {
  const partnership = await buildPartnership(db, { name: `Northside ${Math.random().toString(36).slice(2, 8)}` });
  const youth = await buildRepresentedMember(db, partnership.id, { name: `Youth ${partnership.id}`, contactName: "Ana Lee" });
  const police = await buildRepresentedMember(db, partnership.id, {
    name: `Police ${partnership.id}`,
    language: "fr",
    contactName: "Benoît Roy",
  });
  await buildCommitment(db, partnership.id, youth.organization.id, { description: "Open the drop-in", dueOn: "2026-11-28" });
  await buildCommitment(db, partnership.id, youth.organization.id, { description: "Train the mentors", dueOn: "2026-12-08" });
  await buildCommitment(db, partnership.id, youth.organization.id, { description: "Later work", dueOn: "2027-03-01" });
  await buildCommitment(db, partnership.id, police.organization.id, { description: "Patrouille du parc", dueOn: "2026-12-04" });
  const meeting = await buildMeeting(db, partnership.id, { title: "December review", startsAt: "2026-12-03T18:00:00.000Z" });
  return { partnership, youth, police, meeting };
}

for (const dialect of DIALECTS) {
  describe(`reminders on ${dialect}`, () => {
    let database: TestDatabase;
    const apps: FastifyInstance[] = [];
    const extra: Database[] = [];
    let smtp: TestSmtpServer | null = null;
    const folder = mkdtempSync(join(tmpdir(), "convene-reminders-"));
    const sqliteFile = join(folder, "reminders.sqlite");

    beforeAll(async () => {
      database = await createTestDatabase(dialect, { sqliteFile });
    });
    afterEach(async () => {
      for (const app of apps.splice(0)) await app.close();
      for (const other of extra.splice(0)) await other.close();
      await smtp?.close();
      smtp = null;
      // Each test's partnerships stop being active, so the next test sees only its own.
      await database.db.updateTable("partnerships").set({ status: "completed" }).execute();
      await database.db.deleteFrom("mail_messages").execute();
    });
    afterAll(async () => {
      await database.close();
      rmSync(folder, { recursive: true, force: true });
    });

    async function startInstance(server: TestSmtpServer) {
      const app = await buildApp(testConfig({ SMTP_URL: server.url, CONVENE_MAIL_FROM: FROM }), database, { jobs: { mail: FAST } });
      await app.ready();
      apps.push(app);
      return app;
    }

    it("puts each due reminder in the outbox once, held without SMTP_URL, however often it runs", async () => {
      const scene = await buildScene(database.db);
      const first = await sendDueReminders(database.db, held, AT);
      // A digest for each member, a notice for each member.
      expect([first.digests, first.notices]).toEqual([2, 2]);
      expect((await sendDueReminders(database.db, held, AT)).messageIds).toEqual([]);
      expect((await sendDueReminders(database.db, held, new Date("2026-12-02T16:00:00.000Z"))).messageIds).toEqual([]);
      const messages = await database.db.selectFrom("mail_messages").selectAll().orderBy("recipient").execute();
      expect(messages.map((message) => message.status)).toEqual(["held", "held", "held", "held"]);
      const reminders = await database.db.selectFrom("reminders").selectAll().where("partnership_id", "=", scene.partnership.id).execute();
      expect(reminders.map((row) => row.kind).sort()).toEqual(["digest", "digest", "meeting_notice", "meeting_notice"]);
      expect(new Set(reminders.map((row) => row.mail_message_id))).toEqual(new Set(messages.map((message) => message.id)));
      expect(reminders.filter((row) => row.kind === "digest").map((row) => row.period)).toEqual(["2026-W49", "2026-W49"]);
      const digest = messages.find((message) => message.recipient === scene.youth.contact.email && message.template === "reminderDigest");
      expect(digest?.subject).toBe(`${scene.partnership.name}: 2 commitments of ${scene.youth.organization.name} to follow up this week`);
      expect(digest?.body).toContain("Overdue:\n- Open the drop-in (was due November 28, 2026, 3 days ago)");
      expect(digest?.body).toContain("Due within 7 days:\n- Train the mentors (due December 8, 2026)");
      expect(digest?.body).not.toContain("Later work");
      expect(digest?.body).toContain(`http://convene.test/partnerships/${scene.partnership.id}/commitments`);
      // The next week brings the next digests; the meeting has passed by then.
      const later = await sendDueReminders(database.db, held, NEXT_WEEK);
      expect([later.digests, later.notices]).toEqual([2, 0]);
    });

    it("claims each reminder once when runs on separate connections race for them", async () => {
      await buildScene(database.db);
      await buildScene(database.db);
      const other =
        dialect === "postgres"
          ? openDatabase({ dialect: "postgres", url: database.url ?? "", poolSize: 4, schema: database.schema ?? undefined })
          : openDatabase({ dialect: "sqlite", file: sqliteFile });
      extra.push(other);
      const runs = await Promise.all([database.db, other.db, database.db, other.db].map((db) => sendDueReminders(db, held, AT)));
      const ids = runs.flatMap((run) => run.messageIds);
      expect(ids).toHaveLength(8);
      expect(await database.db.selectFrom("mail_messages").select("id").execute()).toHaveLength(8);
    });

    it("sends the due reminders on the server's own timer once it listens", async () => {
      const scene = await buildScene(database.db);
      await database.db
        .updateTable("meetings")
        .set({ starts_at: new Date(Date.now() + 86_400_000).toISOString() })
        .execute();
      smtp = await startSmtpServer();
      const app = await buildApp(testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM }), database, {
        jobs: { mail: FAST, reminders: { intervalMs: 30 } },
      });
      apps.push(app);
      const base = await app.listen({ port: 0, host: "127.0.0.1" });
      // At least the two meeting notices (and the digests too, when today is near the scene's due dates).
      await expect.poll(() => smtp?.received.filter((mail) => mail.subject.includes("December review")).length).toBe(2);
      const notice = smtp.received.find((mail) => mail.to[0] === scene.youth.contact.email && mail.subject.includes("December review"));
      expect(notice?.text).toContain(`${base}/partnerships/${scene.partnership.id}/meetings/${scene.meeting.id}`);
    });

    it("sends each reminder once to the mail server with two listening apps on their timers and direct runs racing", async () => {
      await buildScene(database.db);
      await buildScene(database.db);
      smtp = await startSmtpServer();
      const other =
        dialect === "postgres"
          ? openDatabase({ dialect: "postgres", url: database.url ?? "", poolSize: 4, schema: database.schema ?? undefined })
          : openDatabase({ dialect: "sqlite", file: sqliteFile });
      extra.push(other);
      const config = testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM });
      // Each app runs the reminders every 30 ms once it listens, as `serve` does every 15 minutes.
      const jobs = { mail: FAST, reminders: { intervalMs: 30 } };
      const first = await buildApp(config, database, { jobs });
      const second = await buildApp(config, other, { jobs });
      apps.push(first, second);
      // The scenes' meetings are in the future whatever today is, so that the apps' own runs (now) find them too.
      await database.db
        .updateTable("meetings")
        .set({ starts_at: new Date(Date.now() + 86_400_000).toISOString() })
        .execute();
      await database.db
        .updateTable("commitments")
        .set({ current_due_on: new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10) })
        .execute();
      const [direct] = await Promise.all([
        Promise.all([database.db, other.db].map((db) => sendDueReminders(db, delivering, new Date()))),
        first.listen({ port: 0, host: "127.0.0.1" }),
        second.listen({ port: 0, host: "127.0.0.1" }),
      ]);
      await smtp.waitForMessages(8);
      // Later runs of either app find nothing left to send.
      const late = await sendDueReminders(database.db, delivering, new Date());
      expect(late.messageIds).toEqual([]);
      for (const app of apps.splice(0)) await app.close();
      expect(smtp.received).toHaveLength(8);
      expect(new Set(smtp.received.map((mail) => `${mail.to[0]}|${mail.subject}`)).size).toBe(8);
      expect(direct.flatMap((run) => run.messageIds).length).toBeLessThanOrEqual(8);
      expect(await database.db.selectFrom("reminders").select("key").where("mail_message_id", "is not", null).execute()).toHaveLength(
        (await database.db.selectFrom("reminders").select("key").execute()).length,
      );
    });

    it("sends nothing to an unsubscribed contact, a contact without email, or one whose user turned reminders off", async () => {
      const scene = await buildScene(database.db);
      const silent = await buildRepresentedMember(database.db, scene.partnership.id, { email: null });
      await buildCommitment(database.db, scene.partnership.id, silent.organization.id, { dueOn: "2026-12-02" });
      await database.db
        .updateTable("contacts")
        .set({ unsubscribed_at: "2026-11-01T00:00:00.000Z" })
        .where("id", "=", scene.police.contact.id)
        .execute();
      // The user's address differs in case only: it is the same person.
      const user = await buildUser(database.db, { role: "partner", email: (scene.youth.contact.email ?? "").toUpperCase() });
      const app = await buildApp(testConfig(), database);
      apps.push(app);
      const account = clientFor(app, await tokenFor(database.db, user.id));
      const changed = await account.patch("/api/v1/account", { remindersOptOut: true });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ remindersOptOut: true });
      expect((await account.get("/api/v1/account")).json().remindersOptOut).toBe(true);
      expect((await account.patch("/api/v1/account", { remindersOptOut: "yes" })).statusCode).toBe(400);
      expect((await sendDueReminders(database.db, held, AT)).messageIds).toEqual([]);
      // Turned on again, the digest and the notice come.
      expect((await account.patch("/api/v1/account", { remindersOptOut: false })).json().remindersOptOut).toBe(false);
      const again = await sendDueReminders(database.db, held, AT);
      expect([again.digests, again.notices]).toEqual([1, 1]);
    });

    it("mails a French contact in French, with an unsubscribe link that works without signing in and stops later reminders", async () => {
      const scene = await buildScene(database.db);
      smtp = await startSmtpServer();
      const app = await startInstance(smtp);
      const sent = await sendDueReminders(database.db, delivering, AT);
      expect(sent.messageIds).toHaveLength(4);
      const mails = await smtp.waitForMessages(4);
      const french = mails.filter((mail) => mail.to[0] === scene.police.contact.email);
      const digest = french.find((mail) => mail.subject.includes("engagement")) as ReceivedMail;
      expect(digest.subject).toBe(
        `${scene.partnership.name}\u00a0: 1 engagement de ${scene.police.organization.name} à suivre cette semaine`,
      );
      expect(digest.text).toContain("Bonjour Benoît Roy,");
      expect(digest.text).toContain("- Patrouille du parc (échéance\u00a0: 4 décembre 2026)");
      expect(digest.headers["content-language"]).toBe("fr");
      const notice = french.find((mail) => mail !== digest) as ReceivedMail;
      expect(notice.subject).toContain("December review, jeudi 3 décembre 2026");
      expect(notice.text).toContain("Engagements à faire le point\u00a0:");
      expect(notice.text).toContain(`- ${scene.youth.organization.name}\u00a0: Open the drop-in`);
      const english = mails.find((mail) => mail.to[0] === scene.youth.contact.email && mail.subject.includes("December review"));
      expect(english?.text).toContain("meets on Thursday, December 3, 2026");

      const link = /http:\/\/convene\.test\/unsubscribe\?token=(\S+)/.exec(digest.text);
      expect(link).not.toBeNull();
      const token = decodeURIComponent(link?.[1] ?? "");
      expect(digest.headers["list-unsubscribe"]).toBe(`<http://convene.test/unsubscribe?token=${link?.[1]}>`);
      // The same contact keeps one token for every reminder.
      expect(notice.text).toContain(link?.[0]);

      const anonymous = clientFor(app, null);
      expect((await anonymous.post("/api/v1/unsubscribe", { token: "not-a-token" })).statusCode).toBe(404);
      expect((await anonymous.post("/api/v1/unsubscribe", { token: "" })).statusCode).toBe(400);
      const done = await anonymous.post("/api/v1/unsubscribe", { token });
      expect(done.statusCode).toBe(200);
      expect(done.json()).toEqual({ language: "fr", alreadyUnsubscribed: false });
      expect((await anonymous.post("/api/v1/unsubscribe", { token })).json()).toEqual({ language: "fr", alreadyUnsubscribed: true });
      const audit = await database.db.selectFrom("audit_events").selectAll().where("entity_id", "=", scene.police.contact.id).execute();
      expect(audit.map((event) => [event.entity, event.action, event.user_id])).toEqual([["contact", "update", null]]);

      const later = await sendDueReminders(database.db, delivering, NEXT_WEEK);
      const recipients = (
        await database.db.selectFrom("mail_messages").select("recipient").where("id", "in", later.messageIds).execute()
      ).map((row) => row.recipient);
      expect(recipients).toEqual([scene.youth.contact.email]);
    });

    it("sends a reminder the mail server refused once it accepts, after a wait, exactly once", async () => {
      const scene = await buildScene(database.db);
      await database.db
        .updateTable("contacts")
        .set({ unsubscribed_at: "2026-11-01T00:00:00.000Z" })
        .where("id", "=", scene.police.contact.id)
        .execute();
      await database.db
        .updateTable("commitments")
        .set({ status: "withdrawn" })
        .where("partnership_id", "=", scene.partnership.id)
        .execute();
      await database.db.updateTable("meetings").set({ status: "cancelled" }).where("partnership_id", "=", scene.partnership.id).execute();
      await buildCommitment(database.db, scene.partnership.id, scene.youth.organization.id, {
        description: "Retry me",
        dueOn: "2026-12-01",
      });
      smtp = await startSmtpServer();
      smtp.refuseNext(2);
      await startInstance(smtp);
      const sent = await sendDueReminders(database.db, delivering, AT);
      expect([sent.digests, sent.notices]).toEqual([1, 0]);
      const [mail] = await smtp.waitForMessages(1);
      expect(mail?.text).toContain("- Retry me (due December 1, 2026)");
      await expect
        .poll(() => database.db.selectFrom("mail_messages").select(["status", "attempts"]).execute())
        .toEqual([{ status: "sent", attempts: 3 }]);
      const row = await database.db.selectFrom("mail_messages").selectAll().executeTakeFirstOrThrow();
      // Waits of 200 ms, then 400 ms, between the attempts.
      expect(Date.parse(row.sent_at ?? "") - Date.parse(row.created_at)).toBeGreaterThanOrEqual(600);
      expect(smtp.refusals()).toBe(2);
      expect(smtp.received).toHaveLength(1);
    });
  });
}

describe("the CONVENE_REMINDERS setting", () => {
  it("is on by default and off with off, false or 0", () => {
    expect(testConfig().reminders).toBe(true);
    for (const value of ["on", "1", "true", "yes"]) expect(testConfig({ CONVENE_REMINDERS: value }).reminders).toBe(true);
    for (const value of ["off", "0", "false", "no"]) expect(testConfig({ CONVENE_REMINDERS: value }).reminders).toBe(false);
    expect(() => testConfig({ CONVENE_REMINDERS: "sometimes" })).toThrow(/CONVENE_REMINDERS must be on or off/);
  });
});
