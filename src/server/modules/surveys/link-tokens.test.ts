// A respondent's several links, read from a real SMTP server against real databases: a reminder adds a
// link and the invitation's keeps opening the form (the same saved answers behind both); a new link ends
// every earlier one, a revocation all of them, the round's close all of them, each with the one 404 of a
// link that does not work; a new link sent before the opening day's invitation run survives that
// invitation; a contact who unsubscribed from reminders is still invited but never reminded.
import type { FastifyInstance } from "fastify";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { clientFor, testConfig } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { startSmtpServer, type TestSmtpServer } from "../../../../test/support/smtp.js";
import {
  buildInstrument,
  buildSurveyScene,
  dayFromToday,
  respondentLinksIn,
  respondentsOf,
} from "../../../../test/support/survey-rounds-factories.js";
import type { ResponseForm, RoundDetail } from "../../../contracts/surveys.js";
import { buildApp } from "../../app.js";
import { randomToken } from "../../crypto.js";
import type { Mailer } from "../mail/outbox.js";
import { sendDueSurveyMail } from "./due-mail.js";
import { invitationClaim, sendMail } from "./mailing.js";

const FROM = "Convene <convene@example.org>";
const FAST = { intervalMs: 25, retry: { baseDelayMs: 200, maxDelayMs: 2_000, maxAttempts: 4 } };
/** Mail queued for the app's worker, which hands it to the SMTP server. */
const delivering: Mailer = { delivers: true, link: (path) => `http://convene.test${path}`, wake: () => undefined };
const atDay = (days: number) => new Date(`${dayFromToday(days)}T09:00:00.000Z`);

let address = 0;

for (const dialect of DIALECTS) {
  describe(`a respondent's links on ${dialect}`, () => {
    let database: TestDatabase;
    let smtp: TestSmtpServer;
    let app: FastifyInstance;

    beforeAll(async () => {
      database = await createTestDatabase(dialect);
      smtp = await startSmtpServer();
      app = await buildApp(testConfig({ SMTP_URL: smtp.url, CONVENE_MAIL_FROM: FROM }), database, { jobs: { mail: FAST } });
      await app.ready();
    });
    afterEach(async () => {
      // Each test's reminders are its own round's: the rounds before it are closed.
      await database.db.updateTable("survey_rounds").set({ closed_at: new Date().toISOString() }).where("closed_at", "is", null).execute();
    });
    afterAll(async () => {
      await app.close();
      await smtp.close();
      await database.close();
    });

    /** A round of the scene's two members, open today with reminders every day, its invitations read from the SMTP server. */
    async function openRound(options: { opensOn?: string } = {}) {
      const scene = await buildSurveyScene(database.db);
      const pulse = await buildInstrument(database.db);
      const client = clientFor(app, scene.coordinatorToken);
      const response = await client.post(`/api/v1/partnerships/${scene.partnership.id}/survey-rounds`, {
        instrument: pulse.id,
        label: "baseline",
        opensOn: options.opensOn ?? dayFromToday(0),
        closesOn: dayFromToday(20),
        reminderDays: 1,
        respondents: [{ contactId: scene.youth.contact.id }, { contactId: scene.police.contact.id }],
      });
      expect(response.statusCode).toBe(201);
      const round = response.json<RoundDetail>();
      const respondents = await respondentsOf(client, round.id);
      const respondentOf = (contactId: string) => respondents.find((respondent) => respondent.contact?.id === contactId)?.id ?? "";
      return { scene, client, round, youth: respondentOf(scene.youth.contact.id), police: respondentOf(scene.police.contact.id) };
    }

    /** The next message to `email` from the SMTP server, taken off the list. */
    async function takeMailTo(email: string) {
      await expect.poll(() => smtp.received.some((mail) => mail.to[0] === email), { timeout: 20_000, interval: 50 }).toBe(true);
      const [mail] = smtp.received.splice(
        smtp.received.findIndex((message) => message.to[0] === email),
        1,
      );
      return mail;
    }

    /** The one link of the next message to `email`. */
    async function linkMailedTo(email: string): Promise<string> {
      const links = respondentLinksIn((await takeMailTo(email))?.text ?? "");
      expect(links).toHaveLength(1);
      return links[0] ?? "";
    }

    /** Each call from its own address, so that the failures' count never limits the test. */
    const form = (token: string) =>
      app.inject({
        method: "GET",
        url: `/api/v1/responses/${token}`,
        remoteAddress: `10.9.${(address += 1) % 250}.${dialect === "sqlite" ? 1 : 2}`,
      });
    const save = (token: string, answers: Record<string, unknown>) =>
      app.inject({
        method: "PUT",
        url: `/api/v1/responses/${token}`,
        payload: { answers },
        remoteAddress: `10.8.${(address += 1) % 250}.1`,
      });
    /** The one answer of a link that does not work, as an unknown token gets it. */
    const notWorking = async () => {
      const response = await form(randomToken());
      expect(response.statusCode).toBe(404);
      return `${response.headers["content-type"]} ${response.body}`;
    };
    async function expectNotWorking(tokens: string[]) {
      const expected = await notWorking();
      for (const token of tokens) {
        const response = await form(token);
        expect(response.statusCode).toBe(404);
        expect(`${response.headers["content-type"]} ${response.body}`).toBe(expected);
      }
    }

    it("keeps the invitation's link working after a reminder, both opening the same saved answers", async () => {
      const { scene, police } = await openRound();
      const invitation = await linkMailedTo(scene.police.contact.email ?? "");
      expect((await save(invitation, { vision: 4 })).statusCode).toBe(200);
      const sent = await sendDueSurveyMail(database.db, delivering, atDay(1));
      expect(sent.reminders).toBe(2);
      const reminder = await linkMailedTo(scene.police.contact.email ?? "");
      expect(reminder).not.toBe(invitation);
      for (const token of [invitation, reminder]) {
        const response = await form(token);
        expect(response.statusCode).toBe(200);
        expect(response.json<ResponseForm>().answers).toEqual({ vision: 4 });
      }
      // Saved through the reminder's link, read through the invitation's.
      expect((await save(reminder, { conflict: 2 })).statusCode).toBe(200);
      expect((await form(invitation)).json<ResponseForm>().answers).toEqual({ vision: 4, conflict: 2 });
      const live = await database.db
        .selectFrom("survey_respondent_tokens")
        .select("token_hash")
        .where("respondent_id", "=", police)
        .where("revoked_at", "is", null)
        .execute();
      expect(live).toHaveLength(2);
    });

    it("ends every earlier link when a new one is sent, keeping the answers for the new one", async () => {
      const { scene, client, round, police } = await openRound();
      const email = scene.police.contact.email ?? "";
      const invitation = await linkMailedTo(email);
      expect((await save(invitation, { vision: 5 })).statusCode).toBe(200);
      await sendDueSurveyMail(database.db, delivering, atDay(1));
      const reminder = await linkMailedTo(email);
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${police}/link`)).statusCode).toBe(200);
      const renewed = await linkMailedTo(email);
      await expectNotWorking([invitation, reminder]);
      const response = await form(renewed);
      expect(response.statusCode).toBe(200);
      expect(response.json<ResponseForm>().answers).toEqual({ vision: 5 });
      // The ended links refuse saves too, and change nothing.
      expect((await save(invitation, { vision: 1 })).statusCode).toBe(404);
      expect((await form(renewed)).json<ResponseForm>().answers).toEqual({ vision: 5 });
    });

    it("ends every link of a revoked respondent; a new link sent afterwards is the only one that works", async () => {
      const { scene, client, round, police } = await openRound();
      const email = scene.police.contact.email ?? "";
      const invitation = await linkMailedTo(email);
      await sendDueSurveyMail(database.db, delivering, atDay(1));
      const reminder = await linkMailedTo(email);
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${police}/revoke`)).statusCode).toBe(200);
      await expectNotWorking([invitation, reminder]);
      // A revoked respondent is no longer reminded.
      expect((await sendDueSurveyMail(database.db, delivering, atDay(2))).reminders).toBe(1);
      await takeMailTo(scene.youth.contact.email ?? "");
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${police}/link`)).statusCode).toBe(200);
      const renewed = await linkMailedTo(email);
      expect((await form(renewed)).statusCode).toBe(200);
      await expectNotWorking([invitation, reminder]);
    });

    it("ends every link when the round closes", async () => {
      const { scene, client, round } = await openRound();
      const emails = [scene.police.contact.email ?? "", scene.youth.contact.email ?? ""];
      const every: string[] = [];
      for (const email of emails) every.push(await linkMailedTo(email));
      expect((await sendDueSurveyMail(database.db, delivering, atDay(1))).reminders).toBe(2);
      for (const email of emails) every.push(await linkMailedTo(email));
      for (const token of every) expect((await form(token)).statusCode).toBe(200);
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/close`)).statusCode).toBe(200);
      await expectNotWorking(every);
    });

    it("keeps a new link sent on the opening day working when the day's invitation run comes after it, and invites nobody revoked", async () => {
      const { scene, client, round, police, youth } = await openRound({ opensOn: dayFromToday(1) });
      // The opening day: the round is open and its invitations not yet sent.
      await database.db
        .updateTable("survey_rounds")
        .set({ opens_on: dayFromToday(0) })
        .where("id", "=", round.id)
        .execute();
      const email = scene.police.contact.email ?? "";
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${police}/link`)).statusCode).toBe(200);
      const coordinators = await linkMailedTo(email);
      expect((await client.post(`/api/v1/survey-rounds/${round.id}/respondents/${youth}/revoke`)).statusCode).toBe(200);
      // A run that listed both respondents before either change sends its invitations now.
      const stamp = new Date().toISOString();
      const sent = await sendMail(database.db, delivering, "invitation", [invitationClaim(police), invitationClaim(youth)], stamp, false);
      expect(sent).toHaveLength(1);
      const invitation = await linkMailedTo(email);
      for (const token of [coordinators, invitation]) expect((await form(token)).statusCode).toBe(200);
      const mailings = await database.db.selectFrom("survey_mailings").select("kind").where("respondent_id", "=", youth).execute();
      expect(mailings).toEqual([]);
      expect(
        await database.db.selectFrom("survey_respondent_tokens").select("token_hash").where("respondent_id", "=", youth).execute(),
      ).toEqual([]);
    });

    it("invites a contact who unsubscribed from reminders, but never reminds them", async () => {
      const { scene } = await openRound();
      const unsubscribed = scene.youth.contact.email ?? "";
      await takeMailTo(unsubscribed);
      await database.db
        .updateTable("contacts")
        .set({ unsubscribed_at: new Date().toISOString() })
        .where("id", "=", scene.youth.contact.id)
        .execute();
      expect((await sendDueSurveyMail(database.db, delivering, atDay(1))).reminders).toBe(1);
      expect((await sendDueSurveyMail(database.db, delivering, atDay(2))).reminders).toBe(1);
      const reminders = await database.db
        .selectFrom("mail_messages")
        .select("recipient")
        .where("template", "=", "surveyReminder")
        .execute();
      expect(reminders.filter((row) => row.recipient === unsubscribed)).toEqual([]);
      const police = [];
      for (let count = 0; count < 3; count += 1) police.push(await takeMailTo(scene.police.contact.email ?? ""));
      const reminder = police.filter((mail) => mail?.subject.startsWith("Rappel"));
      expect(reminder).toHaveLength(2);
      expect(reminder[0]?.text).toContain("Le lien ci-dessous fonctionne aussi bien que celui envoyé auparavant.");
    });
  });
}
