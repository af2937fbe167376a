import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { CHARTER_TEXT } from "../../../../test/support/charter-factories.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildMembership, buildOrganization, buildPartnership } from "../../../../test/support/factories.js";
import { buildInvolvementRecord } from "../../../../test/support/involvement-factories.js";

const cooperation = { human_resources: true };
const coordination = { coordinated_activities: true };

for (const dialect of DIALECTS) {
  describe(`the partnership charter on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    /** A fresh partnership of the own program that the world's coordinator runs, with the partner's organization as a member. */
    async function partnership() {
      const created = await buildPartnership(t.database.db, {
        programId: t.world.programs.own.id,
        leadOrganizationId: t.world.organizations.ownLead.id,
      });
      await t.database.db
        .insertInto("partnership_coordinators")
        .values({ partnership_id: created.id, user_id: t.world.users.coordinator.id })
        .execute();
      const membership = await buildMembership(t.database.db, created.id, t.world.organizations.ownMember.id);
      return { id: created.id, url: `/api/v1/partnerships/${created.id}/charter`, membershipId: membership.id };
    }
    const count = async (table: "charter_revisions" | "charter_members" | "audit_events", partnershipId: string) =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .where("partnership_id", "=", partnershipId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("shows an empty charter at version 0, with every member, before one is written", async () => {
      const p = await partnership();
      const res = await t.as("partner").get(p.url);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ version: 0, need: "", updatedAt: null, updatedBy: null, abilities: { edit: false } });
      expect(
        res
          .json()
          .members.map((m: { organization: { name: string }; isLead: boolean; inCharter: boolean }) => [
            m.organization.name,
            m.isLead,
            m.inCharter,
          ]),
      ).toEqual([
        ["Own Lead Agency", true, false],
        ["Own Member School Board", false, false],
      ]);
      expect((await t.as("coordinator").get(p.url)).json().abilities.edit).toBe(true);
    });

    it("writes a first version with a revision and an audit event, then saves over the version read", async () => {
      const p = await partnership();
      const member = t.world.organizations.ownMember.id;
      const first = await t.as("coordinator").put(p.url, {
        ...CHARTER_TEXT,
        formality: "informal",
        governance: "all_equal",
        members: [{ organizationId: member, gains: "Safer pupils", intendedRole: "collaboration", expectations: "Host the meetings" }],
      });
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        version: 1,
        need: CHARTER_TEXT.need,
        formality: "informal",
        updatedBy: { id: t.world.users.coordinator.id },
      });
      const schoolBoard = first.json().members.find((m: { organization: { id: string } }) => m.organization.id === member);
      expect(schoolBoard).toMatchObject({
        inCharter: true,
        intendedRole: "collaboration",
        gains: "Safer pupils",
        expectations: "Host the meetings",
      });

      const second = await t.as("coordinator").put(p.url, {
        ...CHARTER_TEXT,
        vision: "Every child walks to school safely.",
        formality: "formal",
        members: [{ organizationId: member, gains: "Safer pupils", intendedRole: "cooperation" }],
        version: 1,
      });
      expect(second.statusCode).toBe(200);
      expect(second.json()).toMatchObject({
        version: 2,
        vision: "Every child walks to school safely.",
        formality: "formal",
        governance: null,
      });
      expect(await count("charter_revisions", p.id)).toBe(2);
      const events = await t.database.db
        .selectFrom("audit_events")
        .select(["action", "details"])
        .where("entity", "=", "charter")
        .where("entity_id", "=", p.id)
        .orderBy("at")
        .execute();
      expect(events.map((e) => e.action)).toEqual(["create", "update"]);
      expect(JSON.parse(events[1]?.details ?? "{}").changes).toMatchObject({
        version: [1, 2],
        vision: [CHARTER_TEXT.vision, "Every child walks to school safely."],
        [`members.${member}.intendedRole`]: ["collaboration", "cooperation"],
        [`members.${member}.expectations`]: ["Host the meetings", null],
      });
    });

    it("lists revisions newest first with who saved them and what each changed, and reads one back with its diff", async () => {
      const p = await partnership();
      const member = t.world.organizations.ownMember.id;
      await t.as("coordinator").put(p.url, { ...CHARTER_TEXT, members: [{ organizationId: member, intendedRole: "coordination" }] });
      await t.as("admin").put(p.url, {
        ...CHARTER_TEXT,
        mission: "Act as one.",
        members: [{ organizationId: member, intendedRole: "collaboration" }],
        version: 1,
      });
      await t.as("coordinator").put(p.url, { ...CHARTER_TEXT, mission: "Act as one.", members: [], version: 2 });

      const page = await t.as("evaluator").get(`${p.url}/revisions?pageSize=2`);
      expect(page.statusCode).toBe(200);
      expect(page.json().pagination).toMatchObject({ total: 3 });
      const [third, second] = page.json().data;
      expect(third).toMatchObject({ version: 3, savedBy: { id: t.world.users.coordinator.id } });
      expect(third.changes).toEqual({
        fields: [],
        members: [
          {
            organizationId: member,
            organizationName: "Own Member School Board",
            change: "removed",
            fields: [{ field: "intendedRole", before: "collaboration", after: null }],
          },
        ],
      });
      // The oldest of the page is compared with the revision before it, on no page.
      expect(second).toMatchObject({ version: 2, savedBy: { id: t.world.users.admin.id } });
      expect(second.changes.fields).toEqual([{ field: "mission", before: CHARTER_TEXT.mission, after: "Act as one." }]);
      expect(second.changes.members[0]).toMatchObject({
        change: "changed",
        fields: [{ field: "intendedRole", before: "coordination", after: "collaboration" }],
      });
      const last = await t.as("evaluator").get(`${p.url}/revisions?pageSize=2&page=2`);
      expect(last.json().data[0].changes.fields.map((c: { field: string }) => c.field)).toEqual(["need", "vision", "mission", "values"]);

      const one = await t.as("partner").get(`${p.url}/revisions/2`);
      expect(one.statusCode).toBe(200);
      expect(one.json()).toMatchObject({
        version: 2,
        previousVersion: 1,
        content: { mission: "Act as one.", members: [{ organizationId: member, intendedRole: "collaboration" }] },
      });
      expect(one.json().changes.fields).toEqual([{ field: "mission", before: CHARTER_TEXT.mission, after: "Act as one." }]);
      expect((await t.as("partner").get(`${p.url}/revisions/1`)).json().previousVersion).toBeNull();
      expect((await t.as("partner").get(`${p.url}/revisions/4`)).statusCode).toBe(404);
    });

    it("refuses a save over a version someone else has replaced, and a first save once a charter exists, changing nothing", async () => {
      const p = await partnership();
      expect((await t.as("coordinator").put(p.url, CHARTER_TEXT)).statusCode).toBe(201);
      expect((await t.as("admin").put(p.url, { ...CHARTER_TEXT, need: "Admin's need", version: 1 })).statusCode).toBe(200);
      const stale = await t.as("coordinator").put(p.url, { ...CHARTER_TEXT, need: "Coordinator's need", version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error).toMatchObject({ code: "conflict" });
      expect(stale.json().error.message).toContain("Someone else changed this");
      const again = await t.as("coordinator").put(p.url, { ...CHARTER_TEXT, need: "First again" });
      expect(again.statusCode).toBe(409);
      const ahead = await t.as("coordinator").put(p.url, { ...CHARTER_TEXT, version: 7 });
      expect(ahead.statusCode).toBe(409);
      expect((await t.as("coordinator").get(p.url)).json()).toMatchObject({ version: 2, need: "Admin's need" });
      expect(await count("charter_revisions", p.id)).toBe(2);
      const fresh = await partnership();
      expect((await t.as("coordinator").put(fresh.url, { ...CHARTER_TEXT, version: 1 })).statusCode).toBe(409);
    });

    it("refuses an organization that is not a member, naming members.N.organizationId, and writes nothing", async () => {
      const p = await partnership();
      const outsider = await buildOrganization(t.database.db);
      const res = await t.as("coordinator").put(p.url, {
        ...CHARTER_TEXT,
        members: [
          { organizationId: t.world.organizations.ownMember.id, intendedRole: "cooperation" },
          { organizationId: outsider.id, intendedRole: "communication" },
        ],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([expect.objectContaining({ field: "members.1.organizationId" })]);
      const twice = await t.as("coordinator").put(p.url, {
        ...CHARTER_TEXT,
        members: [{ organizationId: t.world.organizations.ownMember.id }, { organizationId: t.world.organizations.ownMember.id }],
      });
      expect(twice.statusCode).toBe(400);
      expect(twice.json().error.details[0].field).toBe("members.1.organizationId");
      const french = await t.as("coordinator").request({
        method: "PUT",
        url: p.url,
        headers: { "accept-language": "fr" },
        payload: { ...CHARTER_TEXT, members: [{ organizationId: outsider.id }] },
      });
      expect(french.json().error.details[0].message).toBe("Cet organisme n’est pas membre du partenariat.");
      expect((await t.as("coordinator").get(p.url)).json().version).toBe(0);
      expect(await count("charter_revisions", p.id)).toBe(0);
      expect(await count("charter_members", p.id)).toBe(0);
    });

    it("refuses an unknown field, role or formality", async () => {
      const p = await partnership();
      const bad = [
        { ...CHARTER_TEXT, mood: "good" },
        { ...CHARTER_TEXT, formality: "casual" },
        { ...CHARTER_TEXT, members: [{ organizationId: t.world.organizations.ownMember.id, intendedRole: "consultation" }] },
        { vision: "No need given" },
      ];
      for (const body of bad) expect((await t.as("coordinator").put(p.url, body)).statusCode).toBe(400);
    });

    it("shows each intended role beside the type measured in the latest round from each perspective, flagging where they differ", async () => {
      const p = await partnership();
      const third = await buildOrganization(t.database.db, { name: "Third Youth Centre" });
      const thirdMembership = await buildMembership(t.database.db, p.id, third.id);
      // The school board: meant to collaborate; the lead now sees coordination (midterm), the partner cooperation.
      await buildInvolvementRecord(t.database.db, p.membershipId, { perspective: "lead", round: "baseline", answers: cooperation });
      await buildInvolvementRecord(t.database.db, p.membershipId, { perspective: "lead", round: "midterm", answers: coordination });
      await buildInvolvementRecord(t.database.db, p.membershipId, { perspective: "partner", round: "baseline", answers: cooperation });
      // The youth centre: meant to cooperate, and both say so.
      await buildInvolvementRecord(t.database.db, thirdMembership.id, { perspective: "lead", round: "final", answers: cooperation });
      await buildInvolvementRecord(t.database.db, thirdMembership.id, { perspective: "partner", round: "final", answers: cooperation });
      await t.as("coordinator").put(p.url, {
        ...CHARTER_TEXT,
        members: [
          { organizationId: t.world.organizations.ownMember.id, intendedRole: "collaboration" },
          { organizationId: third.id, intendedRole: "cooperation" },
        ],
      });
      const members = (await t.as("partner").get(p.url)).json().members;
      const byName = (name: string) => members.find((m: { organization: { name: string } }) => m.organization.name === name);
      expect(byName("Own Member School Board")).toMatchObject({
        intendedRole: "collaboration",
        measured: { lead: { round: "midterm", type: "coordination" }, partner: { round: "baseline", type: "cooperation" } },
        comparison: { lead: "below", partner: "below" },
        differs: true,
      });
      expect(byName("Third Youth Centre")).toMatchObject({ comparison: { lead: "matches", partner: "matches" }, differs: false });
      expect(byName("Own Lead Agency")).toMatchObject({
        intendedRole: null,
        measured: { lead: null, partner: null },
        comparison: { lead: null, partner: null },
        differs: false,
      });
    });

    it("answers 404 for a partnership the caller cannot see", async () => {
      const url = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/charter`;
      expect((await t.as("partner").get(url)).statusCode).toBe(404);
      expect((await t.as("coordinator").put(url, CHARTER_TEXT)).statusCode).toBe(404);
    });
  });
}
