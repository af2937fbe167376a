// The respondent's side of a personal link against real databases: the form in the respondent's
// language and perspective, answers saved as they go and merged, refusals naming the item with nothing
// saved, submitting once however often it is repeated, and editing until the round closes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildRespondent, buildSurveyScene, sampleChecklist, storeInstrument } from "../../../../test/support/survey-response-factories.js";

let address = 0;
/** Each test from an address of its own, so that no test's refused links count against another's. */
function anonymous(t: TestApp) {
  address += 1;
  const remoteAddress = `10.1.${Math.floor(address / 250)}.${address % 250}`;
  const client = clientFor(t.app, null);
  return {
    get: (url: string, headers: Record<string, string> = {}) => client.request({ method: "GET", url, headers, remoteAddress }),
    put: (url: string, payload: unknown, headers: Record<string, string> = {}) =>
      client.request({
        method: "PUT",
        url,
        payload: JSON.stringify(payload),
        headers: { "content-type": "application/json", ...headers },
        remoteAddress,
      }),
    post: (url: string, payload?: unknown) =>
      client.request({
        method: "POST",
        url,
        remoteAddress,
        ...(payload === undefined ? {} : { payload: JSON.stringify(payload), headers: { "content-type": "application/json" } }),
      }),
  };
}

for (const dialect of DIALECTS) {
  describe(`responses through a personal link (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    const responseOf = (respondentId: string) =>
      t.database.db.selectFrom("survey_responses").selectAll().where("respondent_id", "=", respondentId).executeTakeFirst();

    it("shows the form in the respondent's language, another on request, with nothing saved yet", async () => {
      const scene = await buildSurveyScene(t.database.db, { label: "Mi-parcours" });
      const respondent = await buildRespondent(t.database.db, scene, { language: "fr", contactName: "Benoît Roy" });
      const client = anonymous(t);
      const french = await client.get(`/api/v1/responses/${respondent.token}`);
      expect(french.statusCode, french.body).toBe(200);
      expect(french.json()).toMatchObject({
        language: "fr",
        round: { label: "Mi-parcours", threshold: 3 },
        partnership: { name: scene.partnership.name },
        respondent: { name: "Benoît Roy" },
        perspective: null,
        about: null,
        answers: {},
        submittedAt: null,
        updatedAt: null,
        instrument: { id: scene.instrument.id, version: 1, title: "Bilan type" },
      });
      const items = french.json().instrument.sections[0].items;
      expect(items[2]).toEqual({
        id: "goals",
        type: "single",
        text: "Les objectifs sont-ils partagés\u202f?",
        help: null,
        required: true,
        options: [
          { key: "fully", label: "Entièrement" },
          { key: "partly", label: "En partie" },
        ],
        min: null,
        max: null,
      });
      const english = await client.get(`/api/v1/responses/${respondent.token}?language=en`);
      expect(english.json()).toMatchObject({ language: "en", instrument: { title: "Sample check" } });
    });

    it("words an involvement checklist for the respondent's perspective and names the member it is about", async () => {
      const checklist = await storeInstrument(t.database.db, sampleChecklist(`checklist-form-${dialect}`));
      const scene = await buildSurveyScene(t.database.db, { instrument: checklist });
      const partner = await buildRespondent(t.database.db, scene, { perspective: "partner", membershipId: scene.membership.id });
      const lead = await buildRespondent(t.database.db, scene, {
        organizationId: scene.partnership.leadOrganizationId,
        perspective: "lead",
        membershipId: scene.membership.id,
      });
      const client = anonymous(t);
      const partnerForm = (await client.get(`/api/v1/responses/${partner.token}`)).json();
      const leadForm = (await client.get(`/api/v1/responses/${lead.token}?language=fr`)).json();
      expect(partnerForm.perspective).toBe("partner");
      expect(partnerForm.instrument.sections[0].items[0].text).toBe("Did your organization receive the proposal?");
      expect(leadForm.instrument.sections[0].items[0].text).toBe("Did this partner receive the proposal? (fr)");
      expect(leadForm.about).toEqual({ name: scene.member.name });
    });

    it("saves partial answers as they go, merges them, and clears one given as null", async () => {
      const scene = await buildSurveyScene(t.database.db);
      const respondent = await buildRespondent(t.database.db, scene);
      const client = anonymous(t);
      const url = `/api/v1/responses/${respondent.token}`;
      const first = await client.put(url, { answers: { trust: 4, benefits: ["skills", "funding"] } });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ submittedAt: null, updatedAt: expect.any(String) });
      expect((await client.put(url, { answers: { role: "  Director ", again: "yes", trust: null } })).statusCode).toBe(200);
      const form = (await client.get(url)).json();
      // Choices kept in the instrument's order, text trimmed, the cleared answer gone.
      expect(form.answers).toEqual({ benefits: ["funding", "skills"], again: "yes", role: "Director" });
      expect(form.updatedAt).not.toBeNull();
      expect((await responseOf(respondent.id))?.version).toBe(2);
      // The same answers again write nothing.
      expect((await client.put(url, { answers: { again: "yes" } })).json().updatedAt).toBe(form.updatedAt);
      expect((await responseOf(respondent.id))?.version).toBe(2);
    });

    it("refuses a bad answer with a message naming the item, in the reader's language, and saves nothing", async () => {
      const scene = await buildSurveyScene(t.database.db);
      const respondent = await buildRespondent(t.database.db, scene);
      const client = anonymous(t);
      const url = `/api/v1/responses/${respondent.token}`;
      const cases: [Record<string, unknown>, string, string][] = [
        [{ trust: 6 }, "answers.trust", "answer.outOfScale"],
        [{ trust: 2.5 }, "answers.trust", "answer.outOfScale"],
        [{ goals: "mostly" }, "answers.goals", "answer.unknownOption"],
        [{ benefits: ["funding", "funding"] }, "answers.benefits", "answer.optionTwice"],
        [{ again: "maybe" }, "answers.again", "answer.yesNo"],
        [{ meetings: 51 }, "answers.meetings", "answer.aboveMax"],
        [{ role: "two\nlines" }, "answers.role", "answer.oneLine"],
        [{ role: "x".repeat(501) }, "answers.role", "answer.tooLong"],
        [{ comments: "bad\u0000text" }, "answers.comments", "answer.invalidText"],
        [{ nope: 1 }, "answers.nope", "answer.unknownItem"],
      ];
      for (const [answers, field, key] of cases) {
        const refused = await client.put(url, { answers: { again: "no", ...answers } });
        expect(refused.statusCode, field).toBe(400);
        expect(refused.json().error.details).toEqual([expect.objectContaining({ field, key })]);
      }
      expect(await responseOf(respondent.id)).toBeUndefined();
      const french = await client.put(url, { answers: { trust: 0 } }, { "accept-language": "fr" });
      expect(french.json().error.details[0].message).toBe("doit être un nombre entier de 1 à 5, ou «\u00a0je ne sais pas\u00a0»");
    });

    it("submits once the required items are answered; the same submit again answers the same; a change submits again", async () => {
      const scene = await buildSurveyScene(t.database.db);
      const respondent = await buildRespondent(t.database.db, scene);
      const client = anonymous(t);
      const url = `/api/v1/responses/${respondent.token}`;
      await client.put(url, { answers: { trust: 3 } });
      const missing = await client.post(`${url}/submit`);
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.details).toEqual([expect.objectContaining({ field: "answers.goals", key: "answer.required" })]);
      expect((await responseOf(respondent.id))?.submitted_at).toBeNull();

      const submitted = await client.post(`${url}/submit`, { answers: { goals: "fully" } });
      expect(submitted.statusCode, submitted.body).toBe(200);
      const first = submitted.json();
      expect(first.submittedAt).toEqual(expect.any(String));
      const again = await client.post(`${url}/submit`, { answers: { goals: "fully" } });
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(submitted.body);
      expect((await client.post(`${url}/submit`)).body).toBe(submitted.body);

      // Still editable, but the required items stay answered.
      const cleared = await client.put(url, { answers: { goals: null } });
      expect(cleared.statusCode).toBe(400);
      expect(cleared.json().error.details[0]).toMatchObject({ field: "answers.goals", key: "answer.required" });
      const changed = await client.put(url, { answers: { trust: "dont_know" } });
      expect(changed.statusCode).toBe(200);
      expect(changed.json().submittedAt > first.submittedAt).toBe(true);
      const resubmitted = await client.post(`${url}/submit`, { answers: { goals: "partly" } });
      expect(resubmitted.json().submittedAt > changed.json().submittedAt).toBe(true);
      expect((await client.get(url)).json()).toMatchObject({
        answers: { trust: "dont_know", goals: "partly" },
        submittedAt: resubmitted.json().submittedAt,
      });
      const stored = await responseOf(respondent.id);
      expect(stored).toMatchObject({ instrument_id: scene.instrument.id, instrument_version: 1, round_id: scene.round.id });
    });

    it("stops answering a link once its round is closed early, answers and all", async () => {
      const scene = await buildSurveyScene(t.database.db);
      const respondent = await buildRespondent(t.database.db, scene);
      const client = anonymous(t);
      const url = `/api/v1/responses/${respondent.token}`;
      expect((await client.put(url, { answers: { trust: 5 } })).statusCode).toBe(200);
      await t.database.db
        .updateTable("survey_rounds")
        .set({ closed_at: new Date().toISOString() })
        .where("id", "=", scene.round.id)
        .execute();
      expect((await client.get(url)).statusCode).toBe(404);
      expect((await client.put(url, { answers: { trust: 1 } })).statusCode).toBe(404);
      expect((await client.post(`${url}/submit`, { answers: { goals: "fully" } })).statusCode).toBe(404);
      expect(JSON.parse((await responseOf(respondent.id))?.answers ?? "{}")).toEqual({ trust: 5 });
    });
  });
}
