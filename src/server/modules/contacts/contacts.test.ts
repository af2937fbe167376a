import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildContact, buildOrganization } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`contacts on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const contactCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("contacts")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const url = (organizationId: string, contactId?: string) =>
      `/api/v1/organizations/${organizationId}/contacts${contactId ? `/${contactId}` : ""}`;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("adds a contact and stores its text as given", async () => {
      const name = "Zoë O'Brien-Lévesque — مريم حداد / דנה כהן <script>alert(1)</script>";
      const res = await t.as("coordinator").post(url(t.world.organizations.ownMember.id), {
        name,
        title: "Directrice, sécurité & prévention",
        email: "zoe@example.org",
        phone: "+1 (514) 555-0199 x12",
        preferredLanguage: "fr",
        verifiedOn: "2026-03-15",
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        name,
        title: "Directrice, sécurité & prévention",
        preferredLanguage: "fr",
        verifiedOn: "2026-03-15",
      });
      const listed = (await t.as("coordinator").get(`${url(t.world.organizations.ownMember.id)}?pageSize=100`)).json();
      expect(listed.data.map((c: { name: string }) => c.name)).toContain(name);
    });

    it("names every invalid field and writes nothing", async () => {
      const before = await contactCount();
      const res = await t.as("admin").post(url(t.world.organizations.ownMember.id), {
        name: " ",
        email: "not-an-email",
        phone: "call me",
        preferredLanguage: "de",
        verifiedOn: "15/03/2026",
      });
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["email", "name", "phone", "preferredLanguage", "verifiedOn"]);
      expect(await contactCount()).toBe(before);
    });

    it("lists contacts by name, a page at a time", async () => {
      const org = await buildOrganization(t.database.db);
      for (const name of ["charlie Roy", "Alice Tremblay", "Bruno Gagnon"]) await buildContact(t.database.db, org.id, { name });
      const page1 = (await t.as("admin").get(`${url(org.id)}?pageSize=2`)).json();
      expect(page1.pagination).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
      expect(page1.data.map((c: { name: string }) => c.name)).toEqual(["Alice Tremblay", "Bruno Gagnon"]);
      const page2 = (await t.as("admin").get(`${url(org.id)}?pageSize=2&page=2`)).json();
      expect(page2.data.map((c: { name: string }) => c.name)).toEqual(["charlie Roy"]);
    });

    it("tells staff that another partnership's contacts are not theirs to see, and hides them from partners", async () => {
      const foreign = url(t.world.organizations.foreignMember.id);
      const coordinator = await t.as("coordinator").get(foreign);
      expect(coordinator.statusCode).toBe(403);
      expect(coordinator.json().error.message).toMatch(/visible only to those who work with it/);
      expect((await t.as("partner").get(foreign)).statusCode).toBe(404);
      expect((await t.as("partner").get(url(t.world.organizations.ownLead.id))).statusCode).toBe(403);
    });

    it("lets a partner keep its own organization's contacts up to date", async () => {
      const own = url(t.world.organizations.ownMember.id);
      const created = await t.as("partner").post(own, { name: "Partner Added" });
      expect(created.statusCode).toBe(201);
      const changed = await t.as("partner").patch(url(t.world.organizations.ownMember.id, created.json().id), { title: "Principal" });
      expect(changed.json()).toMatchObject({ name: "Partner Added", title: "Principal" });
      expect((await t.as("partner").post(url(t.world.organizations.ownLead.id), { name: "Nope" })).statusCode).toBe(403);
    });

    it("lets an evaluator read but not change the contacts of its program's organizations", async () => {
      const own = url(t.world.organizations.ownMember.id);
      expect((await t.as("evaluator").get(own)).statusCode).toBe(200);
      const before = await contactCount();
      expect((await t.as("evaluator").post(own, { name: "Nope" })).statusCode).toBe(403);
      expect(
        (await t.as("evaluator").patch(url(t.world.organizations.ownMember.id, t.world.contacts.own.id), { name: "Nope" })).statusCode,
      ).toBe(403);
      expect((await t.as("evaluator").delete(url(t.world.organizations.ownMember.id, t.world.contacts.own.id))).statusCode).toBe(403);
      expect(await contactCount()).toBe(before);
    });

    it("changes only the fields given and clears a field sent empty", async () => {
      const org = t.world.organizations.ownMember.id;
      const created = (
        await t.as("admin").post(url(org), { name: "Keep Me", preferredLanguage: "fr", email: "keep@example.org", title: "Chief" })
      ).json();
      const res = await t.as("admin").patch(url(org, created.id), { title: "" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ name: "Keep Me", preferredLanguage: "fr", email: "keep@example.org", title: null });
    });

    it("does not reach a contact through another organization's address", async () => {
      const wrong = url(t.world.organizations.ownMember.id, t.world.contacts.foreign.id);
      expect((await t.as("admin").patch(wrong, { name: "x" })).statusCode).toBe(404);
      expect((await t.as("admin").delete(wrong)).statusCode).toBe(404);
      expect((await t.as("admin").get(url(t.world.organizations.foreignMember.id))).json().data[0].name).toBe("Foreign Contact");
    });

    it("deletes a representative and leaves its membership without one", async () => {
      const org = t.world.organizations.ownMember.id;
      const contact = (await t.as("admin").post(url(org), { name: "Outgoing Rep" })).json();
      const membership = t.world.memberships.own.id;
      const members = `/api/v1/partnerships/${t.world.partnerships.own.id}/members`;
      expect(
        (await t.as("admin").patch(`${members}/${membership}`, { representativeContactId: contact.id })).json().representative.name,
      ).toBe("Outgoing Rep");
      expect((await t.as("admin").delete(url(org, contact.id))).statusCode).toBe(204);
      const after = (await t.as("admin").get(members)).json().data.find((m: { id: string }) => m.id === membership);
      expect(after.representative).toBeNull();
      const audit = await t.database.db
        .selectFrom("audit_events")
        .select("details")
        .where("entity_id", "=", contact.id)
        .where("action", "=", "delete")
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.details ?? "{}")).toMatchObject({ representedMemberships: 1 });
    });

    it("deletes an organization's contacts with the organization", async () => {
      const org = await buildOrganization(t.database.db);
      await buildContact(t.database.db, org.id);
      expect((await t.as("admin").delete(`/api/v1/organizations/${org.id}`)).statusCode).toBe(204);
      const left = await t.database.db.selectFrom("contacts").select("id").where("organization_id", "=", org.id).execute();
      expect(left).toEqual([]);
    });
  });
}
