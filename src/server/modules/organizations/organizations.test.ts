import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildMembership, buildOrganization } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`organizations on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("registers an organization and stores its name as given", async () => {
      const name = "Centre d'amitié autochtone — Val-d’Or <b>&</b>";
      const res = await t.as("coordinator").post("/api/v1/organizations", {
        name,
        sector: "indigenous_organizations",
        governmentLevel: "local_neighbourhood",
        hasCrimePreventionMandate: false,
      });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created.name).toBe(name);
      const read = await t.as("coordinator").get(`/api/v1/organizations/${created.id}`);
      expect(read.json().name).toBe(name);
    });

    it("refuses a second organization with the same name in the same sector, ignoring case and accents", async () => {
      await t.as("admin").post("/api/v1/organizations", { name: "Service de police de Lévis", sector: "police" });
      const res = await t.as("admin").post("/api/v1/organizations", { name: "  SERVICE DE POLICE DE LEVIS ", sector: "police" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("name_taken");
      const other = await t.as("admin").post("/api/v1/organizations", { name: "Service de police de Lévis", sector: "research" });
      expect(other.statusCode).toBe(201);
    });

    it("names every invalid field and writes nothing", async () => {
      const before = (await t.as("admin").get("/api/v1/organizations?pageSize=1")).json().pagination.total;
      const res = await t.as("admin").post("/api/v1/organizations", { name: "", sector: "astrology", hasCrimePreventionMandate: "yes" });
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["hasCrimePreventionMandate", "name", "sector"]);
      expect((await t.as("admin").get("/api/v1/organizations?pageSize=1")).json().pagination.total).toBe(before);
    });

    it("searches, filters, sorts and paginates", async () => {
      for (const name of ["Zeta Youth Centre", "Alpha Youth Centre", "Beta Youth Centre"]) {
        await buildOrganization(t.database.db, { name, sector: "youth_organizations" });
      }
      const res = await t
        .as("admin")
        .get("/api/v1/organizations?q=youth%20centre&sector=youth_organizations&sort=name&order=desc&pageSize=2&page=1");
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.pagination).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
      expect(body.data.map((o: { name: string }) => o.name)).toEqual(["Zeta Youth Centre", "Beta Youth Centre"]);
      const page2 = (await t.as("admin").get("/api/v1/organizations?q=youth%20centre&sort=name&order=desc&pageSize=2&page=2")).json();
      expect(page2.data.map((o: { name: string }) => o.name)).toEqual(["Alpha Youth Centre"]);
    });

    it("treats LIKE wildcards in a search as plain text", async () => {
      const res = await t.as("admin").get("/api/v1/organizations?q=%25");
      expect(res.json().pagination.total).toBe(0);
    });

    it("refuses to delete an organization that is still a member somewhere", async () => {
      const res = await t.as("admin").delete(`/api/v1/organizations/${t.world.organizations.ownMember.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("in_use");
      expect((await t.as("admin").get(`/api/v1/organizations/${t.world.organizations.ownMember.id}`)).statusCode).toBe(200);
    });

    it("deletes an unreferenced organization", async () => {
      const org = await buildOrganization(t.database.db);
      expect((await t.as("admin").delete(`/api/v1/organizations/${org.id}`)).statusCode).toBe(204);
      expect((await t.as("admin").get(`/api/v1/organizations/${org.id}`)).statusCode).toBe(404);
    });

    it("lets a partner see only the organizations it works with", async () => {
      const res = await t.as("partner").get("/api/v1/organizations?pageSize=100");
      const names = res
        .json()
        .data.map((o: { name: string }) => o.name)
        .sort();
      expect(names).toEqual(["Own Lead Agency", "Own Member School Board"]);
      expect((await t.as("partner").get(`/api/v1/organizations/${t.world.organizations.foreignMember.id}`)).statusCode).toBe(404);
    });

    it("does not let a coordinator change an organization outside its partnerships", async () => {
      const res = await t.as("coordinator").patch(`/api/v1/organizations/${t.world.organizations.foreignMember.id}`, { notes: "x" });
      expect(res.statusCode).toBe(403);
      const own = await t
        .as("coordinator")
        .patch(`/api/v1/organizations/${t.world.organizations.ownMember.id}`, { notes: "Board contact updated" });
      expect(own.statusCode).toBe(200);
      expect(own.json().notes).toBe("Board contact updated");
    });

    it("says in each row whether the caller may change the organization", async () => {
      const own = t.world.organizations.ownMember.id;
      const foreign = t.world.organizations.foreignMember.id;
      expect((await t.as("coordinator").get(`/api/v1/organizations/${own}`)).json().abilities).toEqual({
        update: true,
        delete: false,
        readContacts: true,
        manageContacts: true,
      });
      expect((await t.as("coordinator").get(`/api/v1/organizations/${foreign}`)).json().abilities).toEqual({
        update: false,
        delete: false,
        readContacts: false,
        manageContacts: false,
      });
      expect((await t.as("evaluator").get(`/api/v1/organizations/${own}`)).json().abilities.update).toBe(false);
      const partner = (await t.as("partner").get("/api/v1/organizations?pageSize=100")).json();
      const editable = partner.data
        .filter((o: { abilities: { update: boolean } }) => o.abilities.update)
        .map((o: { name: string }) => o.name);
      expect(editable).toEqual(["Own Member School Board"]);
    });

    it("leaves the fields a change does not mention as they were", async () => {
      const foreign = t.world.organizations.foreignMember.id;
      const res = await t.as("admin").patch(`/api/v1/organizations/${foreign}`, { notes: "Mandate unchanged" });
      expect(res.json()).toMatchObject({ notes: "Mandate unchanged", hasCrimePreventionMandate: true, sector: "police" });
    });

    it("counts memberships without one query per row", async () => {
      const org = await buildOrganization(t.database.db);
      await buildMembership(t.database.db, t.world.partnerships.own.id, org.id);
      await buildMembership(t.database.db, t.world.partnerships.foreign.id, org.id);
      expect((await t.as("admin").get(`/api/v1/organizations/${org.id}`)).json().membershipCount).toBe(2);
    });
  });
}
