import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";

const collaboration = { shared_decision_making: true, responsible_implementation: true, reporting_results: true };

for (const dialect of DIALECTS) {
  describe(`involvement records on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let member: string;
    const recordCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("involvement_records")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    /** Another member of the own partnership, not the partner user's organization. */
    async function otherMember() {
      const organization = await buildOrganization(t.database.db);
      const membership = await buildMembership(t.database.db, t.world.partnerships.own.id, organization.id);
      return `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${membership.id}`;
    }
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      member = `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${t.world.memberships.own.id}`;
    });
    afterAll(() => t.close());

    it("has no checklist about the lead itself: recording one is refused and nothing is written", async () => {
      const lead = `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${t.world.partnerships.own.leadMembershipId}`;
      const res = await t.as("coordinator").put(`${lead}/involvement/lead/baseline`, { indicators: collaboration });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toContain("has no checklist about itself");
      expect((await t.as("coordinator").get(`${lead}/involvement`)).json().data).toEqual([]);
    });

    it("records the lead's view classified with the program's rubric, then replaces it", async () => {
      const first = await t.as("coordinator").put(`${member}/involvement/lead/baseline`, {
        respondent: "Project manager",
        answeredOn: "2026-03-02",
        indicators: { ...collaboration, proposal_copy: false },
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        membershipId: t.world.memberships.own.id,
        perspective: "lead",
        round: "baseline",
        respondent: "Project manager",
        answeredOn: "2026-03-02",
        indicators: { shared_decision_making: true, proposal_copy: false, support_letter: null },
        classification: { type: "collaboration", rubric: { id: "partnership-study-2002", version: 1 }, complete: false },
      });
      const second = await t
        .as("programOfficer")
        .put(`${member}/involvement/lead/BASELINE`, { indicators: { coordinated_activities: true } });
      expect(second.statusCode).toBe(200);
      expect(second.json()).toMatchObject({
        id: first.json().id,
        respondent: null,
        createdAt: first.json().createdAt,
        classification: { type: "coordination" },
      });
      expect(second.json().indicators.shared_decision_making).toBeNull();
    });

    it("lists both perspectives of every round, usual rounds in order", async () => {
      const url = await otherMember();
      for (const [perspective, round] of [
        ["lead", "final"],
        ["partner", "followup-2027"],
        ["partner", "baseline"],
        ["lead", "midterm"],
        ["lead", "baseline"],
      ]) {
        expect(
          (await t.as("admin").put(`${url}/involvement/${perspective}/${round}`, { indicators: { proposal_copy: true } })).statusCode,
        ).toBe(201);
      }
      const listed = (await t.as("evaluator").get(`${url}/involvement`)).json();
      expect(listed.data.map((r: { perspective: string; round: string }) => `${r.round}/${r.perspective}`)).toEqual([
        "baseline/lead",
        "baseline/partner",
        "midterm/lead",
        "final/lead",
        "followup-2027/partner",
      ]);
      expect(listed.data[0].classification).toMatchObject({
        type: "consultation",
        reasons: [{ kind: "met", indicators: ["proposal_copy"] }, {}, {}],
      });
      expect((await t.as("evaluator").get(`${url}/involvement?pageSize=2&page=3`)).json()).toMatchObject({
        pagination: { total: 5, totalPages: 3 },
        data: [{ round: "followup-2027" }],
      });
    });

    it("names the invalid key, perspective, round or date and writes nothing", async () => {
      const before = await recordCount();
      const keys = await t
        .as("admin")
        .put(`${member}/involvement/partner/baseline`, { indicators: { support_leter: true, consulted: false, human_resources: "no" } });
      expect(keys.statusCode).toBe(400);
      expect(keys.json().error.details).toEqual([
        { field: "indicators.support_leter", message: "is not one of the 13 involvement indicators" },
        { field: "indicators.consulted", message: "is not one of the 13 involvement indicators" },
        { field: "indicators.human_resources", message: "must be true, false or null" },
      ]);
      expect((await t.as("admin").put(`${member}/involvement/funder/baseline`, { indicators: {} })).json().error.details).toEqual([
        { field: "perspective", message: "must be lead or partner" },
      ]);
      expect((await t.as("admin").put(`${member}/involvement/lead/mid%20term`, { indicators: {} })).json().error.details[0].field).toBe(
        "round",
      );
      expect(
        (await t.as("admin").put(`${member}/involvement/lead/baseline`, { answeredOn: "yesterday", indicators: {} })).json().error
          .details[0].field,
      ).toBe("answeredOn");
      expect(await recordCount()).toBe(before);
    });

    it("lets a partner record and read its own view, and nothing about other members", async () => {
      const own = await t.as("partner").put(`${member}/involvement/partner/midterm`, { indicators: { human_resources: true } });
      expect(own.statusCode).toBe(201);
      expect(own.json().classification.type).toBe("cooperation");
      expect((await t.as("partner").get(`${member}/involvement`)).statusCode).toBe(200);
      const before = await recordCount();
      expect((await t.as("partner").put(`${member}/involvement/lead/midterm`, { indicators: {} })).statusCode).toBe(403);
      const other = await otherMember();
      await t.as("admin").put(`${other}/involvement/lead/baseline`, { indicators: {} });
      expect((await t.as("partner").get(`${other}/involvement`)).statusCode).toBe(403);
      expect((await t.as("partner").put(`${other}/involvement/partner/baseline`, { indicators: {} })).statusCode).toBe(403);
      expect((await t.as("partner").delete(`${other}/involvement/lead/baseline`)).statusCode).toBe(403);
      const foreign = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/members/${t.world.memberships.foreign.id}`;
      expect((await t.as("partner").put(`${foreign}/involvement/partner/baseline`, { indicators: {} })).statusCode).toBe(404);
      expect(await recordCount()).toBe(before + 1);
    });

    it("lets those who manage the partnership record the partner's view, and evaluators only read", async () => {
      expect(
        (await t.as("coordinator").put(`${member}/involvement/partner/final`, { indicators: { proposal_copy: true } })).statusCode,
      ).toBe(201);
      const before = await recordCount();
      expect((await t.as("evaluator").put(`${member}/involvement/partner/final`, { indicators: {} })).statusCode).toBe(403);
      expect((await t.as("evaluator").delete(`${member}/involvement/partner/final`)).statusCode).toBe(403);
      expect((await t.as("evaluator").get(`${member}/involvement`)).statusCode).toBe(200);
      expect(await recordCount()).toBe(before);
    });

    it("finds a membership only inside its own partnership", async () => {
      const elsewhere = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/members/${t.world.memberships.own.id}`;
      expect((await t.as("admin").get(`${elsewhere}/involvement`)).statusCode).toBe(404);
      expect((await t.as("admin").put(`${elsewhere}/involvement/lead/baseline`, { indicators: {} })).statusCode).toBe(404);
    });

    it("deletes one record, and answers 404 once it is gone", async () => {
      const url = await otherMember();
      await t.as("admin").put(`${url}/involvement/partner/baseline`, { indicators: {} });
      await t.as("admin").put(`${url}/involvement/lead/baseline`, { indicators: {} });
      expect((await t.as("coordinator").delete(`${url}/involvement/partner/baseline`)).statusCode).toBe(204);
      expect((await t.as("coordinator").delete(`${url}/involvement/partner/baseline`)).statusCode).toBe(404);
      expect((await t.as("admin").get(`${url}/involvement`)).json().data.map((r: { perspective: string }) => r.perspective)).toEqual([
        "lead",
      ]);
    });

    it("removes a member's records with the member, and audits every change", async () => {
      const organization = await buildOrganization(t.database.db);
      const membership = await buildMembership(t.database.db, t.world.partnerships.own.id, organization.id);
      const url = `/api/v1/partnerships/${t.world.partnerships.own.id}/members/${membership.id}`;
      const record = (await t.as("coordinator").put(`${url}/involvement/lead/baseline`, { indicators: collaboration })).json();
      const audited = await t.database.db.selectFrom("audit_events").selectAll().where("entity_id", "=", record.id).execute();
      expect(audited).toMatchObject([{ action: "create", entity: "involvement_record", user_id: t.world.users.coordinator.id }]);
      expect((await t.as("coordinator").delete(url)).statusCode).toBe(204);
      expect(
        await t.database.db.selectFrom("involvement_records").select("id").where("membership_id", "=", membership.id).execute(),
      ).toEqual([]);
    });
  });
}
