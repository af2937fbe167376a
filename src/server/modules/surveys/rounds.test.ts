// Opening survey rounds against real databases: every refusal named by its field and changing nothing,
// the involvement checklist's perspectives, the response rate per organization without answers or names
// for those who do not run the round, changes, the early close and its links.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildUser, tokenFor } from "../../../../test/support/factories.js";
import {
  buildInstrument,
  buildResponse,
  buildSurveyScene,
  dayFromToday,
  respondentsOf,
  type SurveyScene,
} from "../../../../test/support/survey-rounds-factories.js";
import type { RoundDetail } from "../../../contracts/surveys.js";
import { newId } from "../../ids.js";

for (const dialect of DIALECTS) {
  describe(`survey rounds on ${dialect}`, () => {
    let testApp: TestApp;
    let scene: SurveyScene;
    let pulse: { id: string };
    let checklist: { id: string };

    beforeAll(async () => {
      testApp = await createTestApp(dialect);
      scene = await buildSurveyScene(testApp.database.db);
      pulse = await buildInstrument(testApp.database.db);
      checklist = await buildInstrument(testApp.database.db, { involvement: true });
    });
    afterAll(() => testApp.close());

    const coordinator = () => clientFor(testApp.app, scene.coordinatorToken);
    const roundsUrl = () => `/api/v1/partnerships/${scene.partnership.id}/survey-rounds`;
    const body = (overrides: Record<string, unknown> = {}) => ({
      instrument: pulse.id,
      label: "baseline",
      opensOn: dayFromToday(0),
      closesOn: dayFromToday(14),
      respondents: [{ contactId: scene.youth.contact.id }, { contactId: scene.police.contact.id }, { contactId: scene.lead.id }],
      ...overrides,
    });
    const rows = (table: "survey_rounds" | "survey_respondents" | "mail_messages" | "survey_mailings") =>
      testApp.database.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow();

    it("opens a round with its id, the program's threshold and its respondents, and mails each an invitation in their language", async () => {
      const response = await coordinator().post(roundsUrl(), body({ reminderDays: 7 }));
      expect(response.statusCode).toBe(201);
      const round = response.json<RoundDetail>();
      expect(round).toMatchObject({
        partnership: { id: scene.partnership.id },
        instrument: { id: pulse.id, version: 1, title: { en: "Partnership pulse" } },
        status: "open",
        threshold: 3,
        reminderDays: 7,
        invited: 3,
        submitted: 0,
        abilities: { update: true, close: true, exportResponses: false },
      });
      expect(round.id).toMatch(/.+/);
      const respondents = await respondentsOf(coordinator(), round.id);
      expect(respondents.map((respondent) => [respondent.contact?.name, respondent.perspective, respondent.status]).sort()).toEqual([
        ["Ana Lee", "partner", "not_started"],
        ["Benoît Roy", "partner", "not_started"],
        ["Lea Lead", "lead", "not_started"],
      ]);
      expect(respondents.every((respondent) => respondent.invitedAt !== null)).toBe(true);
      const messages = await testApp.database.db
        .selectFrom("mail_messages")
        .selectAll()
        .where("template", "=", "surveyInvitation")
        .orderBy("recipient")
        .execute();
      expect(messages).toHaveLength(3);
      expect(messages.every((message) => message.status === "held")).toBe(true);
      const french = messages.find((message) => message.language === "fr");
      expect(french?.body).toContain("Pouls du partenariat");
      expect(french?.body).toContain("au moins 3\u00a0réponses envoyées");
      const english = messages.find((message) => message.recipient === scene.youth.contact.email);
      expect(english?.subject).toContain("Partnership pulse (baseline)");
      expect(english?.body).toContain("never what you answered");
      const audit = await testApp.database.db.selectFrom("audit_events").selectAll().where("entity_id", "=", round.id).execute();
      expect(audit.map((event) => [event.action, event.entity])).toEqual([["create", "survey_round"]]);
    });

    it("takes the program's threshold, or a higher one asked for, never one below the program's nor below 3", async () => {
      await testApp.database.db.updateTable("programs").set({ survey_threshold: 5 }).where("id", "=", scene.programId).execute();
      const fromProgram = await coordinator().post(roundsUrl(), body({ label: "midterm" }));
      expect(fromProgram.json<RoundDetail>().threshold).toBe(5);
      const lower = await coordinator().post(roundsUrl(), body({ label: "final", threshold: 4 }));
      expect(lower.json<RoundDetail>().threshold).toBe(5);
      const higher = await coordinator().post(roundsUrl(), body({ label: "Spring", threshold: 7 }));
      expect(higher.json<RoundDetail>().threshold).toBe(7);
      expect((await coordinator().post(roundsUrl(), body({ threshold: 2 }))).statusCode).toBe(400);
      await testApp.database.db.updateTable("programs").set({ survey_threshold: 3 }).where("id", "=", scene.programId).execute();
    });

    it("keeps a program's threshold, never below 3, changed where the program is changed", async () => {
      const admin = clientFor(
        testApp.app,
        await tokenFor(testApp.database.db, (await buildUser(testApp.database.db, { role: "admin" })).id),
      );
      const url = `/api/v1/programs/${scene.programId}`;
      expect((await admin.get(url)).json().surveyThreshold).toBe(3);
      expect((await admin.patch(url, { surveyThreshold: 2 })).statusCode).toBe(400);
      const changed = await admin.patch(url, { surveyThreshold: 6 });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().surveyThreshold).toBe(6);
      expect((await coordinator().post(roundsUrl(), body({ label: "Autumn" }))).json<RoundDetail>().threshold).toBe(6);
      expect((await admin.patch(url, { surveyThreshold: 3 })).statusCode).toBe(200);
    });

    it("waits for the opening day to invite anyone in a round opening later", async () => {
      const before = Number((await rows("mail_messages")).n);
      const response = await coordinator().post(roundsUrl(), body({ opensOn: dayFromToday(3) }));
      expect(response.statusCode).toBe(201);
      const round = response.json<RoundDetail>();
      expect(round.status).toBe("scheduled");
      expect((await respondentsOf(coordinator(), round.id)).every((respondent) => respondent.invitedAt === null)).toBe(true);
      expect(Number((await rows("mail_messages")).n)).toBe(before);
    });

    it("refuses, naming the field and changing nothing: an unknown instrument or version, dates out of order or past", async () => {
      const before = JSON.stringify(await Promise.all([rows("survey_rounds"), rows("survey_respondents"), rows("mail_messages")]));
      const cases: [Record<string, unknown>, string][] = [
        [{ instrument: "no-such-instrument" }, "instrument"],
        [{ instrumentVersion: 9 }, "instrumentVersion"],
        [{ opensOn: dayFromToday(5), closesOn: dayFromToday(4) }, "closesOn"],
        [{ opensOn: dayFromToday(-10), closesOn: dayFromToday(-1) }, "closesOn"],
      ];
      for (const [overrides, field] of cases) {
        const response = await coordinator().post(roundsUrl(), body(overrides));
        expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
        expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual([field]);
      }
      expect(JSON.stringify(await Promise.all([rows("survey_rounds"), rows("survey_respondents"), rows("mail_messages")]))).toBe(before);
    });

    it("refuses contacts that are not a member's, not readable by the caller, without an address, or asked twice, naming each", async () => {
      const db = testApp.database.db;
      const outsider = await buildContact(db, (await buildOrganization(db)).id, { email: "outside@example.org" });
      const pending = await buildOrganization(db);
      await buildMembership(db, scene.partnership.id, pending.id, { confirmed: false });
      const hidden = await buildContact(db, pending.id, { email: "hidden@example.org" });
      const silent = await buildContact(db, scene.youth.organization.id);
      const response = await coordinator().post(
        roundsUrl(),
        body({
          respondents: [
            { contactId: outsider.id },
            { contactId: hidden.id },
            { contactId: silent.id },
            { contactId: scene.youth.contact.id },
            { contactId: scene.youth.contact.id },
            { contactId: scene.youth.contact.id, perspective: "lead" },
            { contactId: scene.lead.id, perspective: "partner" },
          ],
        }),
      );
      expect(response.statusCode).toBe(400);
      const details: { field: string; message: string }[] = response.json().error.details;
      expect(details.map((detail) => detail.field)).toEqual([
        "respondents.0.contactId",
        "respondents.1.contactId",
        "respondents.2.contactId",
        "respondents.4.contactId",
        "respondents.5.perspective",
        "respondents.6.perspective",
      ]);
      // A contact the caller may not read reads exactly as one that is not a member's.
      expect(details[1]?.message).toBe(details[0]?.message);
      expect(details[2]?.message).toContain("no email address");
      // A caller who reads every contact may ask the contact of the member awaiting its confirmation.
      const admin = clientFor(testApp.app, await tokenFor(db, (await buildUser(db, { role: "admin" })).id));
      expect((await admin.post(roundsUrl(), body({ respondents: [{ contactId: hidden.id }] }))).statusCode).toBe(201);
    });

    it("asks the involvement checklist from a perspective: required, the lead's about every other member, a partner's about its own", async () => {
      const missing = await coordinator().post(
        roundsUrl(),
        body({ instrument: checklist.id, respondents: [{ contactId: scene.youth.contact.id }] }),
      );
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details[0].field).toBe("respondents.0.perspective");
      const notOwn = await coordinator().post(
        roundsUrl(),
        body({
          instrument: checklist.id,
          respondents: [{ contactId: scene.youth.contact.id, perspective: "partner", membershipId: scene.police.membership.id }],
        }),
      );
      expect(notOwn.json().error.details[0].field).toBe("respondents.0.membershipId");
      const response = await coordinator().post(
        roundsUrl(),
        body({
          instrument: checklist.id,
          respondents: [
            { contactId: scene.lead.id, perspective: "lead" },
            { contactId: scene.youth.contact.id, perspective: "partner" },
          ],
        }),
      );
      expect(response.statusCode).toBe(201);
      const round = response.json<RoundDetail>();
      const others = await testApp.database.db
        .selectFrom("memberships")
        .select("id")
        .where("partnership_id", "=", scene.partnership.id)
        .where("organization_id", "!=", scene.partnership.leadOrganizationId)
        .execute();
      const asked = (await respondentsOf(coordinator(), round.id)).map((respondent) => [
        respondent.contact?.name,
        respondent.perspective,
        respondent.about?.membershipId,
      ]);
      expect(asked.filter(([name]) => name === "Ana Lee")).toEqual([["Ana Lee", "partner", scene.youth.membership.id]]);
      expect(
        asked
          .filter(([name]) => name === "Lea Lead")
          .map(([, perspective, about]) => [perspective, about])
          .sort(),
      ).toEqual(others.map((membership) => ["lead", membership.id]).sort());
      // The lead's contact gets one mail with a link about each member.
      const mails = await testApp.database.db
        .selectFrom("survey_mailings")
        .innerJoin("survey_respondents", "survey_respondents.id", "survey_mailings.respondent_id")
        .select(["survey_mailings.mail_message_id", "survey_respondents.contact_id"])
        .where("survey_respondents.round_id", "=", round.id)
        .execute();
      const leadMails = new Set(mails.filter((mail) => mail.contact_id === scene.lead.id).map((mail) => mail.mail_message_id));
      expect(leadMails.size).toBe(1);
      const [leadMessageId] = [...leadMails];
      const message = await testApp.database.db
        .selectFrom("mail_messages")
        .selectAll()
        .where("id", "=", leadMessageId ?? "")
        .executeTakeFirstOrThrow();
      expect(message.body).toContain(`About ${scene.youth.organization.name}:`);
      expect(message.body).toContain(`About ${scene.police.organization.name}:`);
    });

    it("shows the response rate per organization; respondents' names only to those who run the round, never any answer", async () => {
      const round = (await coordinator().post(roundsUrl(), body())).json<RoundDetail>();
      const [first, second] = await respondentsOf(coordinator(), round.id);
      await buildResponse(testApp.database.db, first?.id ?? "", { submitted: true });
      await buildResponse(testApp.database.db, second?.id ?? "");
      const detail = (await coordinator().get(`/api/v1/survey-rounds/${round.id}`)).json<RoundDetail>();
      expect([detail.invited, detail.submitted]).toEqual([3, 1]);
      expect((await respondentsOf(coordinator(), round.id)).map((respondent) => respondent.status).sort()).toEqual([
        "not_started",
        "started",
        "submitted",
      ]);
      expect(detail.organizations.map((rate) => rate.invited).reduce((a, b) => a + b)).toBe(3);
      expect(detail.organizations.find((rate) => rate.organization.id === first?.organization.id)?.submitted).toBe(1);
      expect(JSON.stringify(detail)).not.toContain("vision");
      const partner = clientFor(
        testApp.app,
        await tokenFor(
          testApp.database.db,
          (await buildUser(testApp.database.db, { role: "partner", organizationId: scene.youth.organization.id })).id,
        ),
      );
      const seen = await partner.get(`/api/v1/survey-rounds/${round.id}`);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ invited: 3, submitted: 1, abilities: { update: false, close: false } });
      expect(seen.json()).not.toHaveProperty("respondents");
      expect((await partner.get(`/api/v1/survey-rounds/${round.id}/respondents`)).statusCode).toBe(403);
      expect(seen.json().organizations).toEqual(detail.organizations);
      expect(JSON.stringify(seen.json())).not.toContain(scene.youth.contact.email ?? "");
      expect((await partner.post(`/api/v1/survey-rounds/${round.id}/close`)).statusCode).toBe(403);
    });

    it("lists who was asked a page at a time and by status, in one stable order, without any answer", async () => {
      const round = (await coordinator().post(roundsUrl(), body())).json<RoundDetail>();
      const everyone = await respondentsOf(coordinator(), round.id);
      const [first, second] = everyone;
      await buildResponse(testApp.database.db, first?.id ?? "", { submitted: true });
      await buildResponse(testApp.database.db, second?.id ?? "");
      const url = `/api/v1/survey-rounds/${round.id}/respondents`;
      const pages = await Promise.all([1, 2, 3].map((page) => coordinator().get(`${url}?pageSize=1&page=${page}`)));
      expect(pages.map((page) => page.json().pagination)).toEqual(
        [1, 2, 3].map((page) => ({ page, pageSize: 1, total: 3, totalPages: 3 })),
      );
      expect(pages.flatMap((page) => page.json().data.map((respondent: { id: string }) => respondent.id))).toEqual(
        everyone.map((respondent) => respondent.id),
      );
      for (const [status, id] of [
        ["submitted", first?.id],
        ["started", second?.id],
        ["not_started", everyone[2]?.id],
      ] as const) {
        const filtered = (await coordinator().get(`${url}?status=${status}`)).json();
        expect([filtered.pagination.total, filtered.data.map((respondent: { id: string }) => respondent.id)]).toEqual([1, [id]]);
      }
      expect(JSON.stringify(pages.map((page) => page.json()))).not.toContain("vision");
      expect((await coordinator().get(`${url}?status=finished`)).statusCode).toBe(400);
      expect((await coordinator().get(`${url}?pageSize=101`)).statusCode).toBe(400);
      expect((await coordinator().get(`/api/v1/survey-rounds/${newId()}/respondents`)).statusCode).toBe(404);
    });

    it("lists the partnership's rounds a page at a time, by status and instrument", async () => {
      const page = await coordinator().get(`${roundsUrl()}?pageSize=2`);
      expect(page.statusCode).toBe(200);
      expect(page.json().data).toHaveLength(2);
      const total = page.json().pagination.total;
      const scheduled = (await coordinator().get(`${roundsUrl()}?status=scheduled&pageSize=100`)).json();
      expect(scheduled.data.every((round: RoundDetail) => round.status === "scheduled")).toBe(true);
      expect(scheduled.pagination.total).toBeGreaterThanOrEqual(1);
      const checklists = (await coordinator().get(`${roundsUrl()}?instrument=${checklist.id}&pageSize=100`)).json();
      expect(checklists.data.map((round: RoundDetail) => round.instrument.id)).toEqual([checklist.id]);
      const open = (await coordinator().get(`${roundsUrl()}?status=open&pageSize=100`)).json();
      expect(open.pagination.total + scheduled.pagination.total).toBe(total);
    });

    it("changes the label, reminders and closing date (the links' expiry with it), naming the version read", async () => {
      const round = (await coordinator().post(roundsUrl(), body())).json<RoundDetail>();
      const url = `/api/v1/survey-rounds/${round.id}`;
      const stale = await coordinator().patch(url, { version: 2, label: "Spring" });
      expect(stale.statusCode).toBe(409);
      const past = await coordinator().patch(url, { version: 1, closesOn: dayFromToday(-1) });
      expect(past.statusCode).toBe(400);
      const changed = await coordinator().patch(url, { version: 1, label: "Spring", closesOn: dayFromToday(30), reminderDays: 3 });
      expect(changed.statusCode).toBe(200);
      expect(changed.json()).toMatchObject({ label: "Spring", closesOn: dayFromToday(30), reminderDays: 3, version: 2 });
      const expiries = await testApp.database.db
        .selectFrom("survey_respondents")
        .select("expires_at")
        .where("round_id", "=", round.id)
        .execute();
      expect(new Set(expiries.map((row) => row.expires_at))).toEqual(new Set([`${dayFromToday(31)}T00:00:00.000Z`]));
    });

    it("closes a round early once: its links expire at once, and it can no longer change", async () => {
      const round = (await coordinator().post(roundsUrl(), body())).json<RoundDetail>();
      const closed = await coordinator().post(`/api/v1/survey-rounds/${round.id}/close`);
      expect(closed.statusCode).toBe(200);
      expect(closed.json()).toMatchObject({ status: "closed", abilities: { update: false, close: false } });
      const expiries = await testApp.database.db
        .selectFrom("survey_respondents")
        .select("expires_at")
        .where("round_id", "=", round.id)
        .execute();
      expect(expiries.every((row) => row.expires_at <= new Date().toISOString())).toBe(true);
      expect((await coordinator().post(`/api/v1/survey-rounds/${round.id}/close`)).statusCode).toBe(409);
      expect((await coordinator().patch(`/api/v1/survey-rounds/${round.id}`, { version: 2, label: "Late" })).statusCode).toBe(409);
      const added = await coordinator().post(`/api/v1/survey-rounds/${round.id}/respondents`, {
        respondents: [{ contactId: scene.lead.id }],
      });
      expect(added.statusCode).toBe(409);
    });

    it("adds people to an open round and invites them at once, refusing those already asked", async () => {
      const round = (await coordinator().post(roundsUrl(), body({ respondents: [{ contactId: scene.lead.id }] }))).json<RoundDetail>();
      const url = `/api/v1/survey-rounds/${round.id}/respondents`;
      const twice = await coordinator().post(url, { respondents: [{ contactId: scene.lead.id }] });
      expect(twice.statusCode).toBe(400);
      const added = await coordinator().post(url, { respondents: [{ contactId: scene.youth.contact.id }] });
      expect(added.statusCode).toBe(200);
      expect(added.json<RoundDetail>().invited).toBe(2);
      expect((await respondentsOf(coordinator(), round.id)).every((respondent) => respondent.invitedAt !== null)).toBe(true);
    });

    it("answers 404 for a round of a partnership the caller does not read", async () => {
      const round = (await coordinator().post(roundsUrl(), body())).json<RoundDetail>();
      const stranger = clientFor(
        testApp.app,
        await tokenFor(testApp.database.db, (await buildUser(testApp.database.db, { role: "coordinator" })).id),
      );
      expect((await stranger.get(`/api/v1/survey-rounds/${round.id}`)).statusCode).toBe(404);
      expect((await stranger.post(`/api/v1/survey-rounds/${round.id}/close`)).statusCode).toBe(404);
      expect((await stranger.get(roundsUrl())).statusCode).toBe(404);
    });
  });
}
