import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildContact, buildMembership, buildOrganization, buildPartnership } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`memberships on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    let members: string;
    const membershipCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("memberships")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
      members = `/api/v1/partnerships/${t.world.partnerships.own.id}/members`;
    });
    afterAll(() => t.close());

    it("adds an organization with its representative and stores the notes as given", async () => {
      const org = await buildOrganization(t.database.db, {
        name: "Maison des jeunes L'Escale",
        sector: "youth_organizations",
        mandate: true,
        // Registered by the coordinator, who vouches for it: its membership is confirmed as it is made.
        createdBy: t.world.users.coordinator.id,
      });
      const rep = await buildContact(t.database.db, org.id, { name: "Inès Ben Saïd", email: "ines@example.org" });
      const notes = "Présente aux réunions — تحضر الاجتماعات / משתתפת <script>alert(1)</script>";
      const res = await t.as("coordinator").post(members, {
        organizationId: org.id,
        representativeContactId: rep.id,
        joinedOn: "2026-02-01",
        origin: "partner_approached",
        isNewPartner: true,
        notes,
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        partnershipId: t.world.partnerships.own.id,
        organization: { id: org.id, name: "Maison des jeunes L'Escale", sector: "youth_organizations", hasCrimePreventionMandate: true },
        representative: { id: rep.id, name: "Inès Ben Saïd", email: "ines@example.org" },
        joinedOn: "2026-02-01",
        leftOn: null,
        origin: "partner_approached",
        isNewPartner: true,
        notes,
        confirmedAt: expect.any(String),
      });
    });

    it("refuses to add an organization twice", async () => {
      const before = await membershipCount();
      const res = await t.as("admin").post(members, { organizationId: t.world.organizations.ownMember.id });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: "conflict",
        message: '"Own Member School Board" is already a member of this partnership',
      });
      expect(await membershipCount()).toBe(before);
    });

    it("names every invalid field and writes nothing", async () => {
      const before = await membershipCount();
      const res = await t
        .as("admin")
        .post(members, { organizationId: "x", joinedOn: "yesterday", origin: "by_chance", isNewPartner: "yes" });
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["isNewPartner", "joinedOn", "organizationId", "origin"]);
      const org = await buildOrganization(t.database.db);
      const reversed = await t.as("admin").post(members, { organizationId: org.id, joinedOn: "2026-03-01", leftOn: "2026-02-28" });
      expect(reversed.json().error.details).toMatchObject([{ field: "leftOn", message: "must not be before the date joined" }]);
      expect(await membershipCount()).toBe(before);
    });

    it("requires the representative to be a contact of the member organization", async () => {
      const org = await buildOrganization(t.database.db);
      const before = await membershipCount();
      const res = await t.as("admin").post(members, { organizationId: org.id, representativeContactId: t.world.contacts.own.id });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toMatchObject([
        { field: "representativeContactId", message: "must be a contact of the member organization" },
      ]);
      expect(await membershipCount()).toBe(before);
    });

    it("answers 400 naming organizationId for an organization that does not exist", async () => {
      const res = await t.as("admin").post(members, { organizationId: "01890000-0000-7000-8000-000000000000" });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe("organizationId");
    });

    it("checks the dates against the stored ones when only one changes", async () => {
      const org = await buildOrganization(t.database.db);
      const created = (
        await t.as("admin").post(members, { organizationId: org.id, joinedOn: "2026-04-01", isNewPartner: true, origin: "inter_agency" })
      ).json();
      const early = await t.as("admin").patch(`${members}/${created.id}`, { leftOn: "2026-03-31" });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.details[0].field).toBe("leftOn");
      const ok = await t.as("admin").patch(`${members}/${created.id}`, { leftOn: "2026-12-31" });
      expect(ok.json()).toMatchObject({ joinedOn: "2026-04-01", leftOn: "2026-12-31", isNewPartner: true, origin: "inter_agency" });
    });

    it("refuses to remove the lead organization while it leads", async () => {
      const partnership = (
        await t.as("coordinator").post("/api/v1/partnerships", {
          name: "Lead Kept",
          programId: t.world.programs.own.id,
          leadOrganizationId: t.world.organizations.ownLead.id,
        })
      ).json();
      const url = `/api/v1/partnerships/${partnership.id}/members`;
      const lead = (await t.as("coordinator").get(url)).json().data[0];
      const res = await t.as("coordinator").delete(`${url}/${lead.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.message).toMatch(/leads this partnership/);
      expect((await t.as("coordinator").get(url)).json().pagination.total).toBe(1);
    });

    it("removes a member", async () => {
      const org = await buildOrganization(t.database.db);
      const membership = await buildMembership(t.database.db, t.world.partnerships.own.id, org.id);
      expect((await t.as("coordinator").delete(`${members}/${membership.id}`)).statusCode).toBe(204);
      expect((await t.as("coordinator").patch(`${members}/${membership.id}`, { notes: "x" })).statusCode).toBe(404);
    });

    it("lists the lead first, marked as the lead, then members by organization name, a page at a time", async () => {
      const lead = await buildOrganization(t.database.db, { name: "Yankee Lead" });
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id, leadOrganizationId: lead.id });
      for (const name of ["Zulu Org", "alpha Org", "Mike Org"]) {
        await buildMembership(t.database.db, partnership.id, (await buildOrganization(t.database.db, { name })).id);
      }
      const url = `/api/v1/partnerships/${partnership.id}/members?pageSize=2`;
      const page1 = (await t.as("programOfficer").get(url)).json();
      expect(page1.pagination).toEqual({ page: 1, pageSize: 2, total: 4, totalPages: 2 });
      expect(page1.data.map((m: { organization: { name: string }; isLead: boolean }) => [m.organization.name, m.isLead])).toEqual([
        ["Yankee Lead", true],
        ["alpha Org", false],
      ]);
      const page2 = (await t.as("programOfficer").get(`${url}&page=2`)).json();
      expect(page2.data.map((m: { organization: { name: string } }) => m.organization.name)).toEqual(["Mike Org", "Zulu Org"]);
    });

    it("keeps the lead a member: refuses to add it twice and to remove it, and has it fill the new lead's place when the lead changes", async () => {
      const partnership = await buildPartnership(t.database.db, { programId: t.world.programs.own.id });
      const url = `/api/v1/partnerships/${partnership.id}/members`;
      expect((await t.as("admin").post(url, { organizationId: partnership.leadOrganizationId })).statusCode).toBe(409);
      expect((await t.as("admin").delete(`${url}/${partnership.leadMembershipId}`)).statusCode).toBe(409);
      const next = await buildOrganization(t.database.db, { name: "Next Lead Agency" });
      expect((await t.as("admin").patch(`/api/v1/partnerships/${partnership.id}`, { leadOrganizationId: next.id })).statusCode).toBe(200);
      const members = (await t.as("admin").get(url)).json().data;
      expect(members.map((m: { organization: { id: string }; isLead: boolean }) => [m.organization.id, m.isLead])).toEqual([
        [next.id, true],
        [partnership.leadOrganizationId, false],
      ]);
    });

    it("shows a partner its own representative but not other organizations' contact details", async () => {
      const leadRep = await buildContact(t.database.db, t.world.organizations.ownLead.id, { name: "Lead Rep", email: "lead@example.org" });
      const partnership = await buildPartnership(t.database.db, {
        programId: t.world.programs.own.id,
        leadOrganizationId: t.world.organizations.ownLead.id,
      });
      const url = `/api/v1/partnerships/${partnership.id}/members`;
      await t.as("admin").patch(`${url}/${partnership.leadMembershipId}`, { representativeContactId: leadRep.id });
      await t
        .as("admin")
        .post(url, { organizationId: t.world.organizations.ownMember.id, representativeContactId: t.world.contacts.own.id });
      const seen = (await t.as("partner").get(url)).json().data;
      const byName = Object.fromEntries(
        seen.map((m: { organization: { name: string }; representative: unknown }) => [m.organization.name, m.representative]),
      );
      expect(byName).toEqual({
        "Own Lead Agency": null,
        "Own Member School Board": { id: t.world.contacts.own.id, name: "Own Contact", email: "own@example.org" },
      });
      expect((await t.as("admin").get(url)).json().data[0].representative.name).toBe("Lead Rep");
    });

    it("keeps members of other partnerships out of reach", async () => {
      const foreign = `/api/v1/partnerships/${t.world.partnerships.foreign.id}/members`;
      expect((await t.as("coordinator").get(foreign)).statusCode).toBe(404);
      expect((await t.as("partner").get(foreign)).statusCode).toBe(404);
      expect((await t.as("admin").patch(`${members}/${t.world.memberships.foreign.id}`, { notes: "x" })).statusCode).toBe(404);
      expect((await t.as("admin").delete(`${members}/${t.world.memberships.foreign.id}`)).statusCode).toBe(404);
    });

    it("lets an evaluator and a partner read but not change the members", async () => {
      const before = await membershipCount();
      const org = await buildOrganization(t.database.db);
      for (const who of ["evaluator", "partner"] as const) {
        expect((await t.as(who).get(members)).statusCode).toBe(200);
        expect((await t.as(who).post(members, { organizationId: org.id })).statusCode).toBe(403);
        expect((await t.as(who).patch(`${members}/${t.world.memberships.own.id}`, { notes: "x" })).statusCode).toBe(403);
        expect((await t.as(who).delete(`${members}/${t.world.memberships.own.id}`)).statusCode).toBe(403);
      }
      expect(await membershipCount()).toBe(before);
    });
  });
}
