import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIALECTS } from "../../../../test/support/databases.js";
import { createWorldApp } from "../../../../test/support/app.js";
import { buildPartnership, buildProgram } from "../../../../test/support/factories.js";

for (const dialect of DIALECTS) {
  describe(`programs on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    const programCount = async () =>
      Number(
        (
          await t.database.db
            .selectFrom("programs")
            .select((eb) => eb.fn.countAll<number>().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("lets an administrator create a program and stores its text as given", async () => {
      const name = "Programme d'action — برنامج العمل / תוכנית <script>alert(1)</script>";
      const res = await t.as("admin").post("/api/v1/programs", { code: "Act-26", name, description: "Fonds « jeunesse »" });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ code: "Act-26", name, description: "Fonds « jeunesse »", partnershipCount: 0 });
      expect((await t.as("programOfficer").get(`/api/v1/programs/${res.json().id}`)).json().name).toBe(name);
    });

    it("keeps a program's name in both languages and gives both with its partnerships", async () => {
      const res = await t
        .as("admin")
        .post("/api/v1/programs", { code: "BIL-1", name: "Youth Action Fund", nameFr: "Fonds d’action jeunesse" });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ name: "Youth Action Fund", nameFr: "Fonds d’action jeunesse" });
      const partnership = await buildPartnership(t.database.db, { programId: res.json().id });
      const read = (await t.as("admin").get(`/api/v1/partnerships/${partnership.id}`)).json();
      expect(read.program).toMatchObject({ name: "Youth Action Fund", nameFr: "Fonds d’action jeunesse" });
      const cleared = await t.as("admin").patch(`/api/v1/programs/${res.json().id}`, { nameFr: null });
      expect(cleared.json().nameFr).toBeNull();
      const plain = await t.as("admin").post("/api/v1/programs", { code: "ONE-1", name: "Single Name Fund" });
      expect(plain.json().nameFr).toBeNull();
    });

    it("refuses a code already used, ignoring case, naming the code field", async () => {
      const before = await programCount();
      const res = await t.as("admin").post("/api/v1/programs", { code: "cmp", name: "Copy" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: "name_taken",
        details: [{ field: "code", message: "is already used by another program" }],
      });
      expect(await programCount()).toBe(before);
    });

    it("names every invalid field and writes nothing", async () => {
      const before = await programCount();
      const res = await t.as("admin").post("/api/v1/programs", { code: "two words", name: "", description: 5 });
      expect(res.statusCode).toBe(400);
      expect(
        res
          .json()
          .error.details.map((d: { field: string }) => d.field)
          .sort(),
      ).toEqual(["code", "description", "name"]);
      expect(await programCount()).toBe(before);
    });

    it("keeps program definitions to administrators", async () => {
      const before = await programCount();
      for (const who of ["programOfficer", "evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).post("/api/v1/programs", { code: `X${who}`, name: "Nope" })).statusCode).toBe(403);
        expect((await t.as(who).patch(`/api/v1/programs/${t.world.programs.own.id}`, { name: "Nope" })).statusCode).toBe(403);
      }
      expect(await programCount()).toBe(before);
      expect((await t.as("admin").get(`/api/v1/programs/${t.world.programs.own.id}`)).json().name).toBe("Community Mobilization Program");
    });

    it("searches code and name, sorts and paginates", async () => {
      for (const [code, name] of [
        ["SRCH-B", "Search Beta"],
        ["srch-a", "Search Alpha"],
        ["SRCH-C", "Other Gamma"],
      ] as const) {
        await buildProgram(t.database.db, { code, name });
      }
      const page1 = (await t.as("admin").get("/api/v1/programs?q=srch&sort=code&pageSize=2")).json();
      expect(page1.pagination).toEqual({ page: 1, pageSize: 2, total: 3, totalPages: 2 });
      expect(page1.data.map((p: { code: string }) => p.code)).toEqual(["srch-a", "SRCH-B"]);
      const byName = (await t.as("admin").get("/api/v1/programs?q=SEARCH&sort=name&order=desc")).json();
      expect(byName.data.map((p: { name: string }) => p.name)).toEqual(["Search Beta", "Search Alpha"]);
      expect((await t.as("admin").get("/api/v1/programs?q=%25")).json().pagination.total).toBe(0);
      expect((await t.as("admin").get("/api/v1/programs?sort=budget")).statusCode).toBe(400);
    });

    it("changes a program, allowing a change of case in its own code", async () => {
      const program = await buildProgram(t.database.db, { code: "case-me", name: "Case" });
      const res = await t.as("admin").patch(`/api/v1/programs/${program.id}`, { code: "CASE-ME" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ code: "CASE-ME", name: "Case" });
      const clash = await t.as("admin").patch(`/api/v1/programs/${program.id}`, { code: "bap" });
      expect(clash.statusCode).toBe(409);
      expect((await t.as("admin").get(`/api/v1/programs/${program.id}`)).json().code).toBe("CASE-ME");
    });

    it("counts only the partnerships the caller can see", async () => {
      await buildPartnership(t.database.db, { programId: t.world.programs.own.id });
      const admin = (await t.as("admin").get(`/api/v1/programs/${t.world.programs.own.id}`)).json();
      const coordinator = (await t.as("coordinator").get(`/api/v1/programs/${t.world.programs.own.id}`)).json();
      expect(admin.partnershipCount).toBeGreaterThan(coordinator.partnershipCount);
      expect(coordinator.partnershipCount).toBe(1);
    });

    it("shows a partner only the programs of its partnerships", async () => {
      const listed = (await t.as("partner").get("/api/v1/programs?pageSize=100")).json();
      expect(listed.data.map((p: { code: string }) => p.code)).toEqual(["CMP"]);
      expect((await t.as("partner").get(`/api/v1/programs/${t.world.programs.foreign.id}`)).statusCode).toBe(404);
    });
  });
}
