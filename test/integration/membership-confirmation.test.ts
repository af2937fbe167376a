// Taking part is not a right over an organization: staff who add an organization to a partnership they
// run, or open a partnership it leads, gain nothing over its record and people until one of its users or
// an administrator confirms. And what a caller reads about memberships (counts, notes, who saved a
// program's composition) stays within what the caller may see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_COMPOSITION } from "../../src/domain/coverage/default-composition.js";
import { clientFor, createWorldApp, type Client } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { buildContact, buildMembership, buildOrganization, buildUser, tokenFor } from "../support/factories.js";

for (const dialect of DIALECTS) {
  describe(`membership confirmation and what members may read, on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    /** An outside organization with one contact, and a partner account of its own. */
    async function outsideOrganization(): Promise<{ id: string; contact: { id: string; name: string }; partner: Client }> {
      const db = t.database.db;
      const organization = await buildOrganization(db);
      const contact = await buildContact(db, organization.id, { name: "Private Person", email: "private.person@example.org" });
      const user = await buildUser(db, { role: "partner", organizationId: organization.id });
      return {
        id: organization.id,
        contact: { id: contact.id, name: "Private Person" },
        partner: clientFor(t.app, await tokenFor(db, user.id)),
      };
    }

    const membersUrl = () => `/api/v1/partnerships/${t.world.partnerships.own.id}/members`;

    for (const who of ["coordinator", "programOfficer"] as const) {
      it(`a ${who === "coordinator" ? "coordinator" : "program officer"} who adds an outside organization gains nothing over its people until it confirms`, async () => {
        const staff = t.as(who);
        const outside = await outsideOrganization();
        expect((await staff.get(`/api/v1/organizations/${outside.id}/contacts`)).statusCode).toBe(403);

        const withRepresentative = await staff.post(membersUrl(), {
          organizationId: outside.id,
          representativeContactId: outside.contact.id,
        });
        expect(withRepresentative.statusCode).toBe(400);
        expect(withRepresentative.body).not.toContain("Private Person");
        expect(withRepresentative.body).not.toContain("private.person@example.org");
        expect(withRepresentative.json().error.details).toEqual([expect.objectContaining({ field: "representativeContactId" })]);

        const added = await staff.post(membersUrl(), { organizationId: outside.id });
        expect(added.statusCode, added.body).toBe(201);
        expect(added.json()).toMatchObject({ confirmedAt: null, representative: null, abilities: { update: true, confirm: false } });

        expect((await staff.get(`/api/v1/organizations/${outside.id}/contacts`)).statusCode).toBe(403);
        expect((await staff.patch(`/api/v1/organizations/${outside.id}`, { name: `Renamed ${who}` })).statusCode).toBe(403);
        expect((await staff.post(`/api/v1/organizations/${outside.id}/contacts`, { name: "Planted Contact" })).statusCode).toBe(403);
        const record = (await staff.get(`/api/v1/organizations/${outside.id}`)).json();
        expect(record.abilities).toEqual({ update: false, delete: false, readContacts: false, manageContacts: false });
        const membershipId = added.json().id as string;
        expect((await staff.post(`${membersUrl()}/${membershipId}/confirm`)).statusCode).toBe(403);

        // The organization's own user sees the partnership it is asked to join, and confirms.
        const pending = (await outside.partner.get(`${membersUrl()}/${membershipId}`)).json();
        expect(pending).toMatchObject({ confirmedAt: null, abilities: { confirm: true, update: false } });
        const confirmed = await outside.partner.post(`${membersUrl()}/${membershipId}/confirm`);
        expect(confirmed.statusCode, confirmed.body).toBe(200);
        expect(confirmed.json().confirmedAt).toEqual(expect.any(String));
        expect(confirmed.json().abilities.confirm).toBe(false);

        expect((await staff.get(`/api/v1/organizations/${outside.id}/contacts`)).statusCode).toBe(200);
        const named = await staff.patch(`${membersUrl()}/${membershipId}`, { representativeContactId: outside.contact.id });
        expect(named.statusCode, named.body).toBe(200);
        expect(named.json().representative).toMatchObject({ id: outside.contact.id, name: "Private Person" });
      });
    }

    it("an administrator's confirmation opens the organization to the partnership's staff", async () => {
      const outside = await outsideOrganization();
      const added = (await t.as("coordinator").post(membersUrl(), { organizationId: outside.id })).json();
      const confirmed = await t.as("admin").post(`${membersUrl()}/${added.id}/confirm`);
      expect(confirmed.statusCode, confirmed.body).toBe(200);
      expect((await t.as("programOfficer").get(`/api/v1/organizations/${outside.id}/contacts`)).statusCode).toBe(200);
      expect((await t.as("coordinator").get(`/api/v1/organizations/${outside.id}/contacts`)).statusCode).toBe(200);
    });

    it("a coordinator who opens a partnership in another program, led by that program's lead agency, gains nothing over the agency", async () => {
      const coordinator = t.as("coordinator");
      const lead = t.world.organizations.foreignLead.id;
      await buildContact(t.database.db, lead, { name: "Agency Director" });
      expect((await coordinator.get(`/api/v1/organizations/${lead}/contacts`)).statusCode).toBe(403);
      const opened = await coordinator.post("/api/v1/partnerships", {
        name: "Opened Elsewhere",
        programId: t.world.programs.foreign.id,
        leadOrganizationId: lead,
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const members = (await coordinator.get(`/api/v1/partnerships/${opened.json().id}/members`)).json().data;
      expect(members).toEqual([expect.objectContaining({ isLead: true, confirmedAt: null })]);
      expect((await coordinator.get(`/api/v1/organizations/${lead}/contacts`)).statusCode).toBe(403);
      expect((await coordinator.patch(`/api/v1/organizations/${lead}`, { name: "Taken Over Agency" })).statusCode).toBe(403);
      expect((await coordinator.post(`/api/v1/organizations/${lead}/contacts`, { name: "Planted" })).statusCode).toBe(403);
    });

    it("whoever may vouch for the organization confirms it as they add it: its registrant, a user of it, an administrator", async () => {
      const coordinator = t.as("coordinator");
      const registered = await coordinator.post("/api/v1/organizations", { name: "Registered By The Coordinator", sector: "schools" });
      expect(registered.statusCode, registered.body).toBe(201);
      const contact = await coordinator.post(`/api/v1/organizations/${registered.json().id}/contacts`, { name: "Known Person" });
      const added = await coordinator.post(membersUrl(), {
        organizationId: registered.json().id,
        representativeContactId: contact.json().id,
      });
      expect(added.statusCode, added.body).toBe(201);
      expect(added.json()).toMatchObject({ confirmedAt: expect.any(String), representative: { name: "Known Person" } });
      // Its confirmation opens the organization to the program's officer too.
      expect((await t.as("programOfficer").get(`/api/v1/organizations/${registered.json().id}/contacts`)).statusCode).toBe(200);

      const outside = await outsideOrganization();
      const byAdmin = await t.as("admin").post(membersUrl(), { organizationId: outside.id, representativeContactId: outside.contact.id });
      expect(byAdmin.statusCode, byAdmin.body).toBe(201);
      expect(byAdmin.json().confirmedAt).toEqual(expect.any(String));
    });

    it("names in an export the representative of a member awaiting its confirmation to administrators only", async () => {
      const db = t.database.db;
      const organization = await buildOrganization(db, { name: "Exported Awaiting Agency" });
      const contact = await buildContact(db, organization.id, { name: "Exported Private Person", email: "exported.private@example.org" });
      const membership = await buildMembership(db, t.world.partnerships.own.id, organization.id, { confirmed: false });
      await db.updateTable("memberships").set({ representative_contact_id: contact.id }).where("id", "=", membership.id).execute();
      const exported = async (who: "admin" | "programOfficer") => {
        const res = await t.as(who).get("/api/v1/exports/registry?format=csv&entity=memberships");
        expect(res.statusCode, res.body).toBe(200);
        return res.body;
      };
      expect(await exported("admin")).toContain("exported.private@example.org");
      const officers = await exported("programOfficer");
      expect(officers).toContain("Exported Awaiting Agency");
      expect(officers).not.toContain("exported.private@example.org");
      expect(officers).not.toContain("Exported Private Person");
    });

    it("counts an organization's memberships only in the partnerships the caller may see", async () => {
      const db = t.database.db;
      const organization = await buildOrganization(db, { name: "Counted Twice Agency" });
      await buildMembership(db, t.world.partnerships.own.id, organization.id);
      await buildMembership(db, t.world.partnerships.foreign.id, organization.id);
      const user = await buildUser(db, { role: "partner", organizationId: organization.id });
      const partnerOfIt = clientFor(t.app, await tokenFor(db, user.id));
      const countOf = async (client: Client) => {
        const one = (await client.get(`/api/v1/organizations/${organization.id}`)).json().membershipCount as number;
        const listed = (await client.get(`/api/v1/organizations?q=${encodeURIComponent("Counted Twice")}`)).json().data as {
          id: string;
          membershipCount: number;
        }[];
        expect(listed.find((row) => row.id === organization.id)?.membershipCount).toBe(one);
        return one;
      };
      expect(await countOf(t.as("admin"))).toBe(2);
      expect(await countOf(partnerOfIt)).toBe(2);
      // The partner of another member sees only the partnership it shares with the organization.
      expect(await countOf(t.as("partner"))).toBe(1);
      expect(await countOf(t.as("programOfficer"))).toBe(1);
      expect(await countOf(t.as("coordinator"))).toBe(1);
      expect(await countOf(t.as("evaluator"))).toBe(1);
    });

    it("shows what the staff wrote about a member to the partnership's staff and that member only", async () => {
      const db = t.database.db;
      const organization = await buildOrganization(db);
      const added = await t.as("coordinator").post(membersUrl(), { organizationId: organization.id, notes: "Hesitant about data sharing" });
      expect(added.statusCode, added.body).toBe(201);
      const url = `${membersUrl()}/${added.json().id}`;
      for (const who of ["admin", "programOfficer", "evaluator", "coordinator"] as const) {
        expect((await t.as(who).get(url)).json().notes, who).toBe("Hesitant about data sharing");
      }
      // Another member's partner reads the member, not the notes about it.
      expect((await t.as("partner").get(url)).json().notes).toBeNull();
      const listed = (await t.as("partner").get(membersUrl())).json().data as { id: string; notes: string | null }[];
      expect(listed.find((row) => row.id === added.json().id)?.notes).toBeNull();
      // The member's own organization reads what was written about it.
      const user = await buildUser(db, { role: "partner", organizationId: organization.id });
      const itself = clientFor(t.app, await tokenFor(db, user.id));
      expect((await itself.get(url)).json().notes).toBe("Hesitant about data sharing");
    });

    it("names who saved a program's composition to staff only: partners see when, not by whom", async () => {
      const url = `/api/v1/programs/${t.world.programs.own.id}/composition`;
      expect((await t.as("programOfficer").put(url, DEFAULT_COMPOSITION)).statusCode).toBe(200);
      const officerId = t.world.users.programOfficer.id;
      for (const who of ["admin", "programOfficer", "evaluator", "coordinator"] as const) {
        expect((await t.as(who).get(url)).json().updatedBy, who).toMatchObject({ id: officerId });
      }
      const partnerView = (await t.as("partner").get(url)).json();
      expect(partnerView.updatedBy).toBeNull();
      expect(partnerView.updatedAt).toEqual(expect.any(String));
    });
  });
}
