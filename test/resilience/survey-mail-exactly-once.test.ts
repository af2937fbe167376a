// Survey invitations sent exactly once by two app instances on one database (two connections to one
// PostgreSQL schema, or to one SQLite file), each on its own timer, with direct runs racing them, to a
// real SMTP server that counts what it receives.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { afterAll, describe, expect, it } from "vitest";
import { buildApp } from "../../src/server/app.js";
import { openDatabase, type Database } from "../../src/server/db/database.js";
import type { Mailer } from "../../src/server/modules/mail/outbox.js";
import { sendDueSurveyMail } from "../../src/server/modules/surveys/due-mail.js";
import { clientFor, testConfig } from "../support/app.js";
import { createTestDatabase, DIALECTS } from "../support/databases.js";
import { startSmtpServer } from "../support/smtp.js";
import { buildInstrument, buildSurveyScene, dayFromToday } from "../support/survey-rounds-factories.js";

const ROUNDS = 4;
/** The lead's representative and two members' in each round. */
const EXPECTED = ROUNDS * 3;
const FROM = "Convene <convene@example.org>";
const FAST = { intervalMs: 25, retry: { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 4 } };

for (const dialect of DIALECTS) {
  describe(`survey mail on ${dialect}`, () => {
    const folder = mkdtempSync(join(tmpdir(), "convene-survey-mail-"));
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("sends each invitation once with two listening apps on their timers and direct runs racing", async () => {
      const sqliteFile = join(folder, "surveys.sqlite");
      const database = await createTestDatabase(dialect, { sqliteFile });
      const smtp = await startSmtpServer();
      const other: Database =
        dialect === "postgres"
          ? openDatabase({ dialect: "postgres", url: database.url ?? "", poolSize: 4, schema: database.schema ?? undefined })
          : openDatabase({ dialect: "sqlite", file: sqliteFile });
      const apps: FastifyInstance[] = [];
      try {
        const config = testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM });
        const setup = await buildApp(config, database);
        apps.push(setup);
        const pulse = await buildInstrument(database.db);
        for (let index = 0; index < ROUNDS; index += 1) {
          const scene = await buildSurveyScene(database.db);
          const response = await clientFor(setup, scene.coordinatorToken).post(
            `/api/v1/partnerships/${scene.partnership.id}/survey-rounds`,
            {
              instrument: pulse.id,
              label: "baseline",
              opensOn: dayFromToday(1),
              closesOn: dayFromToday(10),
              respondents: [{ contactId: scene.lead.id }, { contactId: scene.youth.contact.id }, { contactId: scene.police.contact.id }],
            },
          );
          expect(response.statusCode).toBe(201);
        }
        // The rounds open now: whichever run comes first sends their invitations.
        await database.db
          .updateTable("survey_rounds")
          .set({ opens_on: dayFromToday(0) })
          .execute();
        const jobs = { mail: FAST, surveys: { intervalMs: 30 } };
        const first = await buildApp(config, database, { jobs });
        const second = await buildApp(config, other, { jobs });
        apps.push(first, second);
        const delivering: Mailer = { delivers: true, link: (path) => `http://convene.test${path}`, wake: () => undefined };
        const [direct] = await Promise.all([
          Promise.all([database.db, other.db, database.db, other.db].map((db) => sendDueSurveyMail(db, delivering, new Date()))),
          first.listen({ port: 0, host: "127.0.0.1" }),
          second.listen({ port: 0, host: "127.0.0.1" }),
        ]);
        await smtp.waitForMessages(EXPECTED);
        expect((await sendDueSurveyMail(database.db, delivering, new Date())).messageIds).toEqual([]);
        for (const app of apps.splice(0)) await app.close();
        expect(smtp.received).toHaveLength(EXPECTED);
        expect(new Set(smtp.received.map((mail) => `${mail.to[0]}|${mail.subject}`)).size).toBe(EXPECTED);
        expect(direct.flatMap((run) => run.messageIds).length).toBeLessThanOrEqual(EXPECTED);
        const mailings = await database.db.selectFrom("survey_mailings").select(["kind", "mail_message_id"]).execute();
        expect(mailings).toHaveLength(EXPECTED);
        expect(mailings.every((mailing) => mailing.kind === "invitation" && mailing.mail_message_id !== null)).toBe(true);
        const sent = await database.db.selectFrom("mail_messages").select("status").where("template", "=", "surveyInvitation").execute();
        expect(sent.map((message) => message.status)).toEqual(Array.from({ length: EXPECTED }, () => "sent"));
      } finally {
        for (const app of apps.splice(0)) await app.close();
        await other.close();
        await smtp.close();
        await database.close();
      }
    });
  });
}
