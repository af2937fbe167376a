import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildMembership, buildOrganization, buildPartnership } from "../../../../test/support/factories.js";

type Listed = { id: string; name: string };
const names = (body: { data: Listed[] }) => body.data.map((p) => p.name);

for (const dialect of DIALECTS) {
  describe(`partnerships on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const count = async (table: "partnerships" | "memberships") =>
      Number(
        (
          await t.database.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const validBody = () => ({
      name: "Safer Streets",
      programId: t.world.programs.own.id,
      leadOrganizationId: t.world.organizations.ownLead.id,
    });

    it("lets a coordinator start a partnership, makes the lead its first member and the coordinator its coordinator", async () => {
      const name = "Table de concertation d'Hochelaga — مجلس الأحياء שכונה <script>alert(1)</script>";
      const res = await t.as("coordinator").post("/api/v1/partnerships", {
        ...validBody(),
        name,
        region: "Montréal",
        priorityGroups: ["youth", "elderly", "youth"],
        focusIssues: ["gangs"],
        startDate: "2026-02-01",
        endDate: "2027-01-31",
      });
      expect(res.statusCode).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        name,
        region: "Montréal",
        program: { id: t.world.programs.own.id, code: "CMP", name: "Community Mobilization Program" },
        leadOrganization: { id: t.world.organizations.ownLead.id, name: "Own Lead Agency" },
        priorityGroups: ["youth", "elderly"],
        focusIssues: ["gangs"],
        status: "planning",
        memberCount: 1,
        // A coordinator runs the partnership it started; deleting one is the program's decision.
        abilities: {
          update: true,
          delete: false,
          manageMembers: true,
          classify: true,
          editCharter: true,
          managePlan: true,
          manageMeetings: true,
          logContacts: true,
          runSurveys: true,
        },
      });
      const members = (await t.as("coordinator").get(`/api/v1/partnerships/${created.id}/members`)).json();
      expect(members.data).toMatchObject([{ organization: { id: t.world.organizations.ownLead.id }, origin: null }]);
      const stored = await t.database.db
        .selectFrom("partnerships")
        .select(["priority_groups", "name_key"])
        .where("id", "=", created.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.priority_groups)).toEqual(["youth", "elderly"]);
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${created.id}`)).json().name).toBe(name);
    });

    it("names every invalid field and writes nothing", async () => {
      const before = await count("partnerships");
      const res = await t.as("admin").post("/api/v1/partnerships", {
        name: "",
        programId: "nope",
        leadOrganizationId: t.world.organizations.ownLead.id,
        status: "dormant",
        priorityGroups: ["pets"],
        startDate: "2026-5-1",
      });
      expect(res.statusCode).toBe(400);
      const fields = res
        .json()
        .error.details.map((d: { field: string }) => d.field)
        .sort();
      expect(fields).toEqual(["name", "priorityGroups.0", "programId", "startDate", "status"]);
      const reversed = await t.as("admin").post("/api/v1/partnerships", { ...validBody(), startDate: "2026-05-01", endDate: "2026-04-30" });
      expect(reversed.statusCode).toBe(400);
      expect(reversed.json().error.details).toMatchObject([{ field: "endDate", message: "must not be before the start date" }]);
      expect(await count("partnerships")).toBe(before);
    });

    it("refuses a program officer a partnership outside the programs assigned to them, naming programId", async () => {
      const before = await count("partnerships");
      const res = await t.as("programOfficer").post("/api/v1/partnerships", { ...validBody(), programId: t.world.programs.foreign.id });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.details).toMatchObject([{ field: "programId", message: "is not one of the programs assigned to you" }]);
      expect(await count("partnerships")).toBe(before);
      expect((await t.as("programOfficer").post("/api/v1/partnerships", validBody())).statusCode).toBe(201);
    });

    it("answers 400 naming the field for an unknown program or lead organization", async () => {
      const before = await count("partnerships");
      const unknown = "01890000-0000-7000-8000-000000000000";
      const program = await t.as("admin").post("/api/v1/partnerships", { ...validBody(), programId: unknown });
      expect(program.statusCode).toBe(400);
      expect(program.json().error.details[0].field).toBe("programId");
      const lead = await t.as("admin").post("/api/v1/partnerships", { ...validBody(), leadOrganizationId: unknown });
      expect(lead.statusCode).toBe(400);
      expect(lead.json().error.details[0].field).toBe("leadOrganizationId");
      expect(await count("partnerships")).toBe(before);
    });

    it("does not let evaluators or partners start partnerships", async () => {
      expect((await t.as("evaluator").post("/api/v1/partnerships", validBody())).statusCode).toBe(403);
      expect((await t.as("partner").post("/api/v1/partnerships", validBody())).statusCode).toBe(403);
    });

    it("searches, filters, sorts and paginates with program, lead and member count in each row", async () => {
      const program = t.world.programs.foreign.id;
      const member = await buildOrganization(t.database.db, { name: "Filter Member" });
      const a = await buildPartnership(t.database.db, { programId: program, name: "Filter Gamma Watch", region: "Yukon" });
      const b = await buildPartnership(t.database.db, { programId: program, name: "Filter Alpha Watch", region: "Yukon" });
      await buildPartnership(t.database.db, { programId: program, name: "Filter Beta Watch", region: "Nunavut" });
      await buildMembership(t.database.db, a.id, member.id);
      await buildMembership(t.database.db, b.id, member.id);

      const page1 = (await t.as("admin").get(`/api/v1/partnerships?q=filter&programId=${program}&sort=name&order=desc&pageSize=2`)).json();
      expect(page1.pagination).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
      expect(names(page1)).toEqual(["Filter Gamma Watch", "Filter Beta Watch"]);
      // The lead is one of the members.
      expect(page1.data[0]).toMatchObject({
        program: { code: "BAP" },
        memberCount: 2,
        abilities: {
          update: true,
          delete: true,
          manageMembers: true,
          classify: true,
          editCharter: true,
          managePlan: true,
          manageMeetings: true,
          logContacts: true,
          runSurveys: true,
        },
      });
      const page2 = (await t.as("admin").get(`/api/v1/partnerships?q=filter&sort=name&order=desc&pageSize=2&page=2`)).json();
      expect(names(page2)).toEqual(["Filter Alpha Watch"]);

      const byMember = (await t.as("admin").get(`/api/v1/partnerships?organizationId=${member.id}`)).json();
      expect(names(byMember)).toEqual(["Filter Alpha Watch", "Filter Gamma Watch"]);
      const byLead = (await t.as("admin").get(`/api/v1/partnerships?organizationId=${a.leadOrganizationId}`)).json();
      expect(names(byLead)).toEqual(["Filter Gamma Watch"]);
      expect(names((await t.as("admin").get("/api/v1/partnerships?q=filter&region=Yukon")).json())).toEqual([
        "Filter Alpha Watch",
        "Filter Gamma Watch",
      ]);
      expect((await t.as("admin").get("/api/v1/partnerships?q=filter&status=completed")).json().pagination.total).toBe(0);
      expect((await t.as("admin").get("/api/v1/partnerships?q=filter&priorityGroup=youth")).json().pagination.total).toBe(3);
      expect((await t.as("admin").get("/api/v1/partnerships?q=filter&priorityGroup=elderly")).json().pagination.total).toBe(0);
    });

    it("sorts by region without regard to case, with partnerships that have none last", async () => {
      const program = (await t.as("admin").post("/api/v1/programs", { code: "SORT", name: "Sorting" })).json().id;
      const lead = t.world.organizations.ownLead.id;
      for (const [name, region] of [
        ["Sort One", "yukon"],
        ["Sort Two", null],
        ["Sort Three", "Alberta"],
        ["Sort Four", "Nunavut"],
      ] as const) {
        await t.as("admin").post("/api/v1/partnerships", { name, programId: program, leadOrganizationId: lead, region });
      }
      const regions = async (order: string) =>
        (await t.as("admin").get(`/api/v1/partnerships?programId=${program}&sort=region&order=${order}`))
          .json()
          .data.map((p: { region: string | null }) => p.region);
      expect(await regions("asc")).toEqual(["Alberta", "Nunavut", "yukon", null]);
      expect(await regions("desc")).toEqual(["yukon", "Nunavut", "Alberta", null]);
    });

    it("treats LIKE wildcards in a search as plain text", async () => {
      expect((await t.as("admin").get("/api/v1/partnerships?q=_")).json().pagination.total).toBe(0);
    });

    it("names invalid list filters", async () => {
      const res = await t.as("admin").get("/api/v1/partnerships?status=dormant&sort=budget&pageSize=500");
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["pageSize", "sort", "status"]);
    });

    it("shows a coordinator only its partnerships, and says which ones it may change", async () => {
      const coordinator = (await t.as("coordinator").get("/api/v1/partnerships?pageSize=100")).json();
      expect(coordinator.data.every((p: { abilities: { update: boolean } }) => p.abilities.update)).toBe(true);
      expect(names(coordinator)).not.toContain("Foreign Partnership");
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${t.world.partnerships.foreign.id}`)).statusCode).toBe(404);
      const evaluator = (await t.as("evaluator").get(`/api/v1/partnerships/${t.world.partnerships.own.id}`)).json();
      expect(evaluator.abilities).toEqual({
        update: false,
        delete: false,
        manageMembers: false,
        classify: false,
        editCharter: false,
        managePlan: false,
        manageMeetings: false,
        logContacts: false,
        runSurveys: false,
      });
      const partner = (await t.as("partner").get("/api/v1/partnerships?pageSize=100")).json();
      expect(names(partner)).toEqual(["Own Partnership"]);
    });

    it("changes only the fields given and keeps the dates in order", async () => {
      const created = (
        await t
          .as("coordinator")
          .post("/api/v1/partnerships", { ...validBody(), status: "active", priorityGroups: ["children"], startDate: "2026-03-01" })
      ).json();
      const res = await t.as("coordinator").patch(`/api/v1/partnerships/${created.id}`, { description: "Quarterly « table » meetings" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: "active",
        priorityGroups: ["children"],
        startDate: "2026-03-01",
        description: "Quarterly « table » meetings",
      });
      const early = await t.as("coordinator").patch(`/api/v1/partnerships/${created.id}`, { endDate: "2026-02-01" });
      expect(early.statusCode).toBe(400);
      expect(early.json().error.details[0].field).toBe("endDate");
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${created.id}`)).json().endDate).toBeNull();
    });

    it("adds a new lead organization as a member when the lead changes", async () => {
      const created = (await t.as("admin").post("/api/v1/partnerships", validBody())).json();
      const res = await t
        .as("admin")
        .patch(`/api/v1/partnerships/${created.id}`, { leadOrganizationId: t.world.organizations.ownMember.id });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ leadOrganization: { name: "Own Member School Board" }, memberCount: 2 });
    });

    it("refuses a program officer moving a partnership into another program, and changes nothing", async () => {
      const created = (await t.as("programOfficer").post("/api/v1/partnerships", validBody())).json();
      const res = await t
        .as("programOfficer")
        .patch(`/api/v1/partnerships/${created.id}`, { programId: t.world.programs.foreign.id, name: "Moved" });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.details[0].field).toBe("programId");
      expect((await t.as("programOfficer").get(`/api/v1/partnerships/${created.id}`)).json()).toMatchObject({
        name: "Safer Streets",
        program: { code: "CMP" },
      });
    });

    it("answers 403 to those who see a partnership but may not change it, and 404 to those who do not see it", async () => {
      const own = t.world.partnerships.own.id;
      expect((await t.as("evaluator").patch(`/api/v1/partnerships/${own}`, { name: "x" })).statusCode).toBe(403);
      expect((await t.as("partner").patch(`/api/v1/partnerships/${own}`, { name: "x" })).statusCode).toBe(403);
      expect((await t.as("coordinator").patch(`/api/v1/partnerships/${t.world.partnerships.foreign.id}`, { name: "x" })).statusCode).toBe(
        404,
      );
      expect((await t.as("admin").get(`/api/v1/partnerships/${own}`)).json().name).toBe("Own Partnership");
    });

    it("refuses to delete a partnership that still has members besides its lead", async () => {
      const before = await count("memberships");
      const res = await t.as("admin").delete(`/api/v1/partnerships/${t.world.partnerships.own.id}`);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("in_use");
      expect(await count("memberships")).toBe(before);
      expect((await t.as("admin").get(`/api/v1/partnerships/${t.world.partnerships.own.id}`)).statusCode).toBe(200);
    });

    it("deletes a partnership with only its lead, removing the lead's membership with it", async () => {
      const created = (await t.as("programOfficer").post("/api/v1/partnerships", validBody())).json();
      const before = await count("memberships");
      expect((await t.as("coordinator").delete(`/api/v1/partnerships/${created.id}`)).statusCode).toBe(404);
      expect((await t.as("programOfficer").delete(`/api/v1/partnerships/${created.id}`)).statusCode).toBe(204);
      expect(await count("memberships")).toBe(before - 1);
      expect((await t.as("admin").get(`/api/v1/partnerships/${created.id}`)).statusCode).toBe(404);
    });

    it("does not let a coordinator delete its own partnership", async () => {
      const created = (await t.as("coordinator").post("/api/v1/partnerships", validBody())).json();
      expect((await t.as("coordinator").delete(`/api/v1/partnerships/${created.id}`)).statusCode).toBe(403);
      expect((await t.as("coordinator").get(`/api/v1/partnerships/${created.id}`)).statusCode).toBe(200);
    });
  });
}
