import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { addRespondents, buildRound, insertInstrument, same } from "../../../../test/support/survey-results-factories.js";
import { readSheets } from "../../files/read.js";
import { roundResults } from "./service.js";

async function pdfText(data: Buffer): Promise<string> {
  const document = await getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return pages.join("\n").replace(/\s+/g, " ");
}

const GOOD = {
  vision_shared: 4,
  vision_unclear: 2,
  talk_open: 5,
  involved_how: "approached_by_lead",
  benefits: ["resources"],
  again: "yes",
};

for (const dialect of DIALECTS) {
  describe(`survey results on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      await insertInstrument(t.database.db);
    });
    afterAll(() => t.close());

    const ownMember = () => t.world.organizations.ownMember.id;

    it("withholds every figure with two submitted responses and shows them with three, in JSON, CSV, XLSX and PDF", async () => {
      const db = t.database.db;
      const round = await buildRound(db, { partnershipId: t.world.partnerships.own.id, label: "midterm" });
      await addRespondents(db, round, [
        ...same(2, ownMember(), GOOD),
        { organizationId: ownMember() },
        { organizationId: ownMember(), answers: GOOD, submitted: false },
      ]);
      const coordinator = t.as("coordinator");
      const url = `/api/v1/survey-rounds/${round.id}/results`;

      const hidden = await coordinator.get(url);
      expect(hidden.statusCode).toBe(200);
      expect(hidden.json()).toMatchObject({
        invited: 4,
        submitted: 2,
        threshold: 3,
        withheld: true,
        responseRate: 50,
        scores: [],
        items: [],
      });
      const csv = (await coordinator.get(`${url}?format=csv`)).body;
      expect(csv).toContain("Withheld: 2 submitted, and no figure is shown below 3 responses");
      expect(csv).not.toContain("Shared vision");
      const sheets = await readSheets((await coordinator.get(`${url}?format=xlsx`)).rawPayload, "results.xlsx");
      expect(sheets[0]?.table.rows).toHaveLength(1);
      expect(sheets[0]?.table.rows[0]?.values.join(" ")).toContain("Withheld");
      const pdf = await coordinator.get(`${url}?format=pdf`);
      expect(pdf.headers["content-type"]).toBe("application/pdf");
      const hiddenText = await pdfText(pdf.rawPayload);
      expect(hiddenText).toContain("Withheld: 2 submitted");
      expect(hiddenText).not.toContain("Strength");

      await addRespondents(db, round, [{ organizationId: ownMember(), answers: { ...GOOD, talk_open: "dont_know" } }]);
      const shown = (await coordinator.get(url)).json();
      expect(shown).toMatchObject({ submitted: 3, withheld: false, responseRate: 60, perspectives: null, previousRound: null });
      expect(shown.scores.find((s: { key: string }) => s.key === "vision")).toMatchObject({
        mean: 4,
        band: "strength",
        answers: 6,
        responses: 3,
        spread: { "1": 0, "2": 0, "3": 0, "4": 6, "5": 0, dont_know: 0 },
        withheld: false,
      });
      // Two responses gave a value for communication, the third "don't know": withheld on its own.
      expect(shown.scores.find((s: { key: string }) => s.key === "talk")).toMatchObject({ withheld: true, mean: null, spread: null });
      expect(shown.items.find((i: { id: string }) => i.id === "again")).toMatchObject({
        answered: 3,
        counts: { yes: 3, no: 0 },
        percent: { yes: 100, no: 0 },
      });
      expect(shown.items.map((i: { id: string }) => i.id)).toEqual(["involved_how", "benefits", "again"]);

      const shownCsv = (await coordinator.get(`${url}?format=csv`)).body;
      expect(shownCsv).toContain("Shared vision");
      expect(shownCsv).toMatch(/Shared vision,Everyone,,4,Strength,6,3/);
      expect(shownCsv).toContain("Withheld: fewer than 3 submitted responses stand behind this figure");
      const shownSheets = await readSheets((await coordinator.get(`${url}?format=xlsx`)).rawPayload, "results.xlsx");
      expect(shownSheets[0]?.table.rows.map((row) => row.values[2])).toContain("Shared vision");
      const french = await coordinator.request({ method: "GET", url: `${url}?format=pdf`, headers: { "accept-language": "fr" } });
      const frenchText = await pdfText(french.rawPayload);
      expect(frenchText).toContain("Résultats de l'enquête");
      expect(frenchText).toContain("Vision commune");
      expect(frenchText).toContain("Force");
      expect(frenchText).toContain("4,00");
      expect(frenchText).toContain("Non communiqué");
      expect(frenchText).not.toMatch(/Withheld|Strength/);
    });

    it("sets the lead's view beside the partners' and gives the change since the round before", async () => {
      const db = t.database.db;
      const partnershipId = t.world.partnerships.own.id;
      const lead = t.world.organizations.ownLead.id;
      const before = await buildRound(db, { partnershipId, label: "baseline", opensOn: "2026-01-10", closesOn: "2026-01-31" });
      await addRespondents(db, before, same(3, ownMember(), { vision_shared: 3, vision_unclear: 3 }));
      const after = await buildRound(db, { partnershipId, label: "final", opensOn: "2026-06-01", closesOn: "2026-06-30" });
      await addRespondents(db, after, [
        ...same(3, lead, { vision_shared: 5, vision_unclear: 1 }, "lead"),
        ...same(2, ownMember(), { vision_shared: 2, vision_unclear: 4 }, "partner"),
      ]);
      const results = (await t.as("partner").get(`/api/v1/survey-rounds/${after.id}/results`)).json();
      expect(results.perspectives).toEqual({ lead: { invited: 3, submitted: 3 }, partner: { invited: 2, submitted: 2 } });
      const vision = results.scores.find((s: { key: string }) => s.key === "vision");
      expect(vision).toMatchObject({ mean: 3.8, band: "borderline", responses: 5 });
      expect(vision.perspectives.lead).toMatchObject({ mean: 5, band: "strength", responses: 3, withheld: false });
      expect(vision.perspectives.partner).toMatchObject({ withheld: true, mean: null });
      expect(vision.change).toEqual({
        roundId: before.id,
        label: "baseline",
        previousMean: 3,
        difference: 0.8,
        previousResponses: 3,
        responses: 5,
      });
      expect(results.previousRound).toEqual({ id: before.id, label: "baseline", submitted: 3 });
    });

    it("counts partnerships per band across the program, withholding those below their threshold, each reader seeing only the partnerships it reads", async () => {
      const db = t.database.db;
      const { buildPartnership } = await import("../../../../test/support/factories.js");
      const program = t.world.programs.own.id;
      const strong = await buildPartnership(db, { programId: program, name: "Strong Partnership" });
      const small = await buildPartnership(db, { programId: program, name: "Small Partnership" });
      const strongRound = await buildRound(db, { partnershipId: strong.id, label: "baseline" });
      await addRespondents(db, strongRound, same(4, strong.leadOrganizationId, { vision_shared: 5, vision_unclear: 1, talk_open: 2 }));
      const smallRound = await buildRound(db, { partnershipId: small.id, label: "baseline" });
      await addRespondents(db, smallRound, same(2, small.leadOrganizationId, { vision_shared: 5 }));
      const url = `/api/v1/programs/${program}/survey-results?instrument=results-check&label=baseline`;
      const view = await t.as("programOfficer").get(url);
      expect(view.statusCode).toBe(200);
      const body = view.json();
      const strongEntry = body.partnerships.find((p: { roundId: string }) => p.roundId === strongRound.id);
      expect(strongEntry.scores.find((s: { key: string }) => s.key === "vision")).toMatchObject({
        mean: 5,
        band: "strength",
        withheld: false,
      });
      expect(body.partnerships.find((p: { roundId: string }) => p.roundId === smallRound.id)).toMatchObject({
        withheld: true,
        submitted: 2,
      });
      const vision = body.bandCounts.find((s: { key: string }) => s.key === "vision");
      expect(vision.bands.strength).toBeGreaterThanOrEqual(1);
      expect(vision.withheld).toBeGreaterThanOrEqual(1);
      expect(body.bandCounts.find((s: { key: string }) => s.key === "talk").bands.concern).toBeGreaterThanOrEqual(1);
      const csv = (await t.as("programOfficer").get(`${url}&format=csv`)).body;
      expect(csv).toContain("Strong Partnership");
      // A partner reports on the programs of its partnerships, and sees only the partnerships it reads there.
      const partnerView = (await t.as("partner").get(url)).json();
      expect(partnerView.partnerships.map((p: { partnership: { id: string } }) => p.partnership.id)).not.toContain(strong.id);
      expect(partnerView.bandCounts.find((s: { key: string }) => s.key === "vision").bands.strength).toBe(0);
      expect(
        (await t.as("programOfficer").get(`/api/v1/programs/${t.world.programs.foreign.id}/survey-results?instrument=results-check`))
          .statusCode,
      ).toBe(404);
    });

    it("lets whoever reads the partnership read its results, hides a foreign round, and never gives individual answers without the grant", async () => {
      const db = t.database.db;
      const round = await buildRound(db, { partnershipId: t.world.partnerships.own.id, label: "grant" });
      await addRespondents(db, round, [
        { organizationId: ownMember(), contactId: t.world.contacts.own.id, answers: { ...GOOD, comment: "Our own words" } },
        ...same(2, ownMember(), GOOD),
      ]);
      const foreign = await buildRound(db, { partnershipId: t.world.partnerships.foreign.id });
      for (const who of ["admin", "programOfficer", "evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).get(`/api/v1/survey-rounds/${round.id}/results`)).statusCode).toBe(200);
      }
      for (const who of ["programOfficer", "evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).get(`/api/v1/survey-rounds/${foreign.id}/results`)).statusCode).toBe(404);
      }
      const responses = `/api/v1/survey-rounds/${round.id}/responses`;
      for (const who of ["admin", "programOfficer", "evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).get(responses)).statusCode).toBe(403);
      }
      const evaluator = t.world.users.evaluator.id;
      const grant = (responseExport: string | null) => t.as("admin").patch(`/api/v1/users/${evaluator}`, { responseExport });
      expect((await grant("anonymous")).json().responseExport).toBe("anonymous");
      const anonymous = await t.as("evaluator").get(responses);
      expect(anonymous.statusCode).toBe(200);
      expect(anonymous.body).toContain("Our own words");
      expect(anonymous.body).toContain("Schools");
      expect(anonymous.body).not.toContain("Own Contact");
      expect(anonymous.body).not.toContain("Own Member School Board");
      expect((await t.as("evaluator").get(`/api/v1/survey-rounds/${foreign.id}/responses`)).statusCode).toBe(404);
      await grant("identified");
      const identified = await t.as("evaluator").get(`${responses}?format=xlsx`);
      const rows = (await readSheets(identified.rawPayload, "responses.xlsx"))[0]?.table.rows ?? [];
      expect(rows).toHaveLength(3);
      expect(rows.map((row) => row.values.join("|")).join("\n")).toContain("Own Contact");
      const events = await db
        .selectFrom("audit_events")
        .select(["entity_id", "details"])
        .where("action", "=", "export")
        .where("user_id", "=", evaluator)
        .execute();
      expect(events.map((event) => event.entity_id)).toEqual(["survey_responses", "survey_responses"]);
      expect(events.map((event) => event.details).join(" ")).toContain("identified");
      await grant(null);
      expect((await t.as("evaluator").get(responses)).statusCode).toBe(403);
    });

    it("leaves a revoked respondent's submitted answers out of every figure: results, program view, export and action steps", async () => {
      const db = t.database.db;
      const round = await buildRound(db, { partnershipId: t.world.partnerships.own.id, label: "revoked" });
      const [first] = await addRespondents(db, round, [
        { organizationId: ownMember(), answers: { ...GOOD, comment: "Revoked words" } },
        ...same(2, ownMember(), GOOD),
      ]);
      const coordinator = t.as("coordinator");
      const url = `/api/v1/survey-rounds/${round.id}/results`;
      expect((await coordinator.get(url)).json()).toMatchObject({ invited: 3, submitted: 3, withheld: false });

      const revoked = await coordinator.post(`/api/v1/survey-rounds/${round.id}/respondents/${first?.id}/revoke`, {});
      expect(revoked.statusCode).toBe(200);
      expect((await coordinator.get(url)).json()).toMatchObject({
        invited: 2,
        submitted: 2,
        threshold: 3,
        withheld: true,
        responseRate: 100,
        scores: [],
        items: [],
      });
      expect((await coordinator.get(`${url}?format=csv`)).body).toContain("Withheld: 2 submitted");
      const program = await t
        .as("programOfficer")
        .get(`/api/v1/programs/${t.world.programs.own.id}/survey-results?instrument=results-check&label=revoked`);
      expect(program.json().partnerships.find((p: { roundId: string }) => p.roundId === round.id)).toMatchObject({
        invited: 2,
        submitted: 2,
        withheld: true,
      });
      expect((await coordinator.get(`/api/v1/survey-rounds/${round.id}/action-steps`)).json()).toMatchObject({ withheld: true });

      const evaluator = t.world.users.evaluator.id;
      await t.as("admin").patch(`/api/v1/users/${evaluator}`, { responseExport: "anonymous" });
      const exported = await t.as("evaluator").get(`/api/v1/survey-rounds/${round.id}/responses?format=xlsx`);
      expect(exported.statusCode).toBe(200);
      const rows = (await readSheets(exported.rawPayload, "responses.xlsx"))[0]?.table.rows ?? [];
      expect(rows).toHaveLength(2);
      expect(rows.map((row) => row.values.join("|")).join("\n")).not.toContain("Revoked words");
      await t.as("admin").patch(`/api/v1/users/${evaluator}`, { responseExport: null });
    });

    it("gives the permission to export responses to evaluators only, and takes it away with the role", async () => {
      const coordinator = t.world.users.coordinator.id;
      const refused = await t.as("admin").patch(`/api/v1/users/${coordinator}`, { responseExport: "anonymous" });
      expect(refused.statusCode).toBe(400);
      expect(JSON.stringify(refused.json())).toContain("responseExport");
      const { buildUser } = await import("../../../../test/support/factories.js");
      const evaluator = await buildUser(t.database.db, { role: "evaluator" });
      expect((await t.as("admin").patch(`/api/v1/users/${evaluator.id}`, { responseExport: "identified" })).json().responseExport).toBe(
        "identified",
      );
      const moved = await t.as("admin").patch(`/api/v1/users/${evaluator.id}`, { role: "program_officer" });
      expect(moved.json()).toMatchObject({ role: "program_officer", responseExport: null });
      expect((await t.as("evaluator").patch(`/api/v1/users/${evaluator.id}`, { responseExport: "identified" })).statusCode).toBe(403);
    });

    it("reads a round's results in the same number of statements whatever the number of responses", async () => {
      const db = t.database.db;
      const partnershipId = t.world.partnerships.own.id;
      await buildRound(db, { partnershipId, label: "earlier", opensOn: "2025-01-01" });
      const round = await buildRound(db, { partnershipId, label: "counted", opensOn: "2025-06-01" });
      const statements = async () => {
        let count = 0;
        const counter: KyselyPlugin = {
          transformQuery: (args) => args.node,
          transformResult: (args) => {
            count += 1;
            return Promise.resolve(args.result);
          },
        };
        await roundResults(db.withPlugin(counter), "operator", round.id);
        return count;
      };
      await addRespondents(db, round, same(3, ownMember(), GOOD));
      const few = await statements();
      // The round's partnership, the round with rights and counts, the round before, the instrument, the people asked.
      expect(few).toBeLessThanOrEqual(5);
      await addRespondents(db, round, same(60, ownMember(), GOOD));
      expect(await statements()).toBe(few);
    });
  });
}
