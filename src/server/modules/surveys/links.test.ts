// Personal links and the survey mail against real databases and a real SMTP server: the link read from
// the mail is the one whose hash is stored, a new link ends it, a revoked one sends nothing, the
// scheduled round's invitations leave when it opens and reminders once per interval, and a program's
// rounds open together.
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFor, testConfig } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildUser, tokenFor } from "../../../../test/support/factories.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp.js";
import {
  buildInstrument,
  buildSurveyScene,
  dayFromToday,
  respondentLinksIn,
  respondentsOf,
} from "../../../../test/support/survey-rounds-factories.js";
import type { RoundDetail } from "../../../contracts/surveys.js";
import { buildApp } from "../../app.js";
import { hashToken } from "../../crypto.js";
import type { Mailer } from "../mail/outbox.js";
import { sendDueSurveyMail } from "./due-mail.js";

const FROM = "Convene <convene@example.org>";
const FAST = { intervalMs: 25, retry: { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 4 } };
const held: Mailer = { delivers: false, link: (path) => `http://convene.test${path}`, wake: () => undefined };
const atDay = (days: number) => new Date(`${dayFromToday(days)}T09:00:00.000Z`);

for (const dialect of DIALECTS) {
  describe(`survey links and mail on ${dialect}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let app: FastifyInstance;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      smtp = await startSmtpServer();
      app = await buildApp(testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM }), database, { jobs: { mail: FAST } });
      await app.ready();
    });
    afterEach(() => {
      smtp.received.splice(0);
    });
    afterAll(async () => {
      await app.close();
      await smtp.close();
      await database.close();
    });

    async function openRound(overrides: Record<string, unknown> = {}) {
      const scene = await buildSurveyScene(database.db);
      const pulse = await buildInstrument(database.db);
      const client = clientFor(app, scene.coordinatorToken);
      const response = await client.post(`/api/v1/partnerships/${scene.partnership.id}/survey-rounds`, {
        instrument: pulse.id,
        label: "baseline",
        opensOn: dayFromToday(0),
        closesOn: dayFromToday(20),
        respondents: [{ contactId: scene.youth.contact.id }, { contactId: scene.police.contact.id }],
        ...overrides,
      });
      expect(response.statusCode).toBe(201);
      return { scene, client, round: response.json<RoundDetail>() };
    }

    /** The hashes of the respondent's links that still work, oldest first. */
    const liveHashes = async (respondentId: string) =>
      (
        await database.db
          .selectFrom("survey_respondent_tokens")
          .select("token_hash")
          .where("respondent_id", "=", respondentId)
          .where("revoked_at", "is", null)
          .orderBy("created_at")
          .execute()
      ).map((row) => row.token_hash);

    it("mails each respondent a link whose secret only its hash in the database matches, in the contact's language", async () => {
      const { scene, client, round } = await openRound();
      const mails = await smtp.waitForMessages(2);
      const french = mails.find((mail) => mail.to[0] === scene.police.contact.email);
      expect(french?.subject).toContain("Pouls du partenariat (point de départ), ouvert jusqu’au");
      expect(french?.text).toContain("jamais ce que vous avez répondu");
      const english = mails.find((mail) => mail.to[0] === scene.youth.contact.email);
      const [token] = respondentLinksIn(english?.text ?? "");
      const youth = (await respondentsOf(client, round.id)).find((respondent) => respondent.contact?.id === scene.youth.contact.id);
      expect(await liveHashes(youth?.id ?? "")).toEqual([hashToken(token ?? "")]);
      expect(JSON.stringify(await database.db.selectFrom("survey_respondents").selectAll().execute())).not.toContain(token);
      expect(JSON.stringify(await database.db.selectFrom("survey_respondent_tokens").selectAll().execute())).not.toContain(token);
    });

    it("sends a new link that ends the old one (its hash no longer works), and revokes one without any mail", async () => {
      const { scene, client, round } = await openRound();
      await smtp.waitForMessages(2);
      smtp.received.splice(0);
      const respondents = await respondentsOf(client, round.id);
      const first = respondents.find((respondent) => respondent.contact?.id === scene.youth.contact.id);
      const second = respondents.find((respondent) => respondent.contact?.id === scene.police.contact.id);
      const before = await liveHashes(first?.id ?? "");
      const renewed = await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${first?.id}/link`);
      expect(renewed.statusCode).toBe(200);
      const [mail] = await smtp.waitForMessages(1);
      const [token] = respondentLinksIn(mail?.text ?? "");
      const after = await liveHashes(first?.id ?? "");
      expect(before).toHaveLength(1);
      expect(after).toEqual([hashToken(token ?? "")]);
      expect(after).not.toEqual(before);
      expect(mail?.text).toContain("The links sent before no longer work");
      const revoked = await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${second?.id}/revoke`);
      expect(revoked.statusCode).toBe(200);
      expect(revoked.json()).toMatchObject({ revoked: true });
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${second?.id}/revoke`)).statusCode).toBe(409);
      const detail = (await client.get(`/api/v1/survey-rounds/${round.id}`)).json<RoundDetail>();
      expect(detail.invited).toBe(1);
      expect(
        await database.db
          .selectFrom("survey_mailings")
          .select("kind")
          .where("respondent_id", "=", second?.id ?? "")
          .execute(),
      ).toEqual([{ kind: "invitation" }]);
      const kinds = await database.db
        .selectFrom("survey_mailings")
        .select("kind")
        .where("respondent_id", "=", first?.id ?? "")
        .orderBy("kind")
        .execute();
      expect(kinds.map((row) => row.kind)).toEqual(["invitation", "link"]);
    });

    it("invites a scheduled round's respondents once it opens, and reminds those who have not submitted once per interval", async () => {
      const { client, round } = await openRound({ opensOn: dayFromToday(1), reminderDays: 3 });
      expect(smtp.received).toHaveLength(0);
      expect((await sendDueSurveyMail(database.db, held, atDay(0))).messageIds).toHaveLength(0);
      const opening = await sendDueSurveyMail(database.db, held, atDay(1));
      expect([opening.invitations, opening.reminders]).toEqual([2, 0]);
      expect((await sendDueSurveyMail(database.db, held, atDay(1))).messageIds).toEqual([]);
      // The invitations' runs are stamped with the day they ran for; two days later nothing is due yet.
      expect((await sendDueSurveyMail(database.db, held, atDay(3))).messageIds).toEqual([]);
      const [submitted] = await respondentsOf(client, round.id);
      await database.db
        .insertInto("survey_responses")
        .values({
          id: `${submitted?.id}-response`,
          respondent_id: submitted?.id ?? "",
          round_id: round.id,
          instrument_id: round.instrument.id,
          instrument_version: 1,
          answers: "{}",
          submitted_at: new Date().toISOString(),
          version: 1,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        })
        .execute();
      const reminded = await sendDueSurveyMail(database.db, held, atDay(4));
      expect([reminded.invitations, reminded.reminders]).toEqual([0, 1]);
      expect((await sendDueSurveyMail(database.db, held, atDay(5))).messageIds).toEqual([]);
      expect((await sendDueSurveyMail(database.db, held, atDay(6))).messageIds).toEqual([]);
      expect((await sendDueSurveyMail(database.db, held, atDay(7))).reminders).toBe(1);
      const reminders = await database.db
        .selectFrom("mail_messages")
        .select(["recipient", "template"])
        .where("template", "=", "surveyReminder")
        .execute();
      expect(new Set(reminders.map((row) => row.recipient)).size).toBe(1);
    });

    it("opens one round in each of a program's partnerships, asking every member's representative, in one group", async () => {
      const first = await buildSurveyScene(database.db);
      const second = await buildSurveyScene(database.db, { programId: first.programId });
      const pulse = await buildInstrument(database.db);
      const officer = await buildUser(database.db, { role: "program_officer", programIds: [first.programId] });
      const client = clientFor(app, await tokenFor(database.db, officer.id));
      const url = `/api/v1/programs/${first.programId}/survey-rounds`;
      const payload = { instrument: pulse.id, label: "final", opensOn: dayFromToday(0), closesOn: dayFromToday(10) };
      const outside = await buildSurveyScene(database.db);
      const refused = await client.post(url, {
        ...payload,
        partnershipIds: [first.partnership.id, outside.partnership.id, first.partnership.id],
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.details.map((detail: { field: string }) => detail.field)).toEqual([
        "partnershipIds.1",
        "partnershipIds.2",
      ]);
      const response = await client.post(url, { ...payload, partnershipIds: [first.partnership.id, second.partnership.id] });
      expect(response.statusCode).toBe(201);
      const created = response.json<{ groupId: string; rounds: RoundDetail[] }>();
      expect(created.rounds).toHaveLength(2);
      expect(created.rounds.every((round) => round.groupId === created.groupId && round.invited === 3)).toBe(true);
      await smtp.waitForMessages(6);
      const coordinator = clientFor(app, first.coordinatorToken);
      // A coordinator opens rounds only in the partnerships it reads.
      const across = await coordinator.post(url, { ...payload, partnershipIds: [first.partnership.id, second.partnership.id] });
      expect(across.statusCode).toBe(400);
      expect(across.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(["partnershipIds.1"]);
    });
  });
}
