import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";

for (const dialect of DIALECTS) {
  describe(`user accounts on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("lets an administrator create a coordinator assigned to a partnership", async () => {
      const res = await t.as("admin").post("/api/v1/users", {
        email: "Coordinator.New@Example.org",
        name: "Élodie Tremblay",
        role: "coordinator",
        password: "a long enough password",
        locale: "fr",
        partnershipIds: [t.world.partnerships.own.id],
      });
      expect(res.statusCode).toBe(201);
      const user = res.json();
      expect(user).toMatchObject({
        email: "coordinator.new@example.org",
        name: "Élodie Tremblay",
        role: "coordinator",
        locale: "fr",
        disabled: false,
      });
      expect(user.partnershipIds).toEqual([t.world.partnerships.own.id]);
      expect(JSON.stringify(user)).not.toMatch(/password|argon/i);
    });

    it("refuses a duplicate email, a short password, an unknown role and a partner without organization", async () => {
      const base = { name: "X", password: "a long enough password", role: "coordinator" };
      const dup = await t.as("admin").post("/api/v1/users", { ...base, email: t.world.users.partner.email });
      expect(dup.statusCode).toBe(409);
      const short = await t.as("admin").post("/api/v1/users", { ...base, email: "short@example.org", password: "short" });
      expect(short.statusCode).toBe(400);
      expect(short.json().error.details[0].field).toBe("password");
      const role = await t.as("admin").post("/api/v1/users", { ...base, email: "role@example.org", role: "mayor" });
      expect(role.json().error.details[0].field).toBe("role");
      const partner = await t.as("admin").post("/api/v1/users", { ...base, email: "p@example.org", role: "partner" });
      expect(partner.statusCode).toBe(400);
      expect(partner.json().error.details[0].field).toBe("organizationId");
      const unknownProgram = await t.as("admin").post("/api/v1/users", {
        ...base,
        email: "po@example.org",
        role: "program_officer",
        programIds: ["01a2015b-0000-7000-8000-000000000000"],
      });
      expect(unknownProgram.statusCode).toBe(400);
      expect(unknownProgram.json().error.details[0].field).toBe("programIds");
    });

    it("disabling a user ends their access at once", async () => {
      const created = await t
        .as("admin")
        .post("/api/v1/users", { email: "leaver@example.org", name: "Leaver", role: "evaluator", password: "a long enough password" });
      const id = created.json().id;
      const res = await t.as("admin").patch(`/api/v1/users/${id}`, { disabled: true });
      expect(res.statusCode).toBe(200);
      expect(res.json().disabled).toBe(true);
      const login = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "leaver@example.org", password: "a long enough password" },
      });
      expect(login.statusCode).toBe(401);
    });

    it("refuses a weak password with its reason, the new account's own address included, in English and French", async () => {
      const base = { name: "X", role: "coordinator" };
      for (const [email, password, key] of [
        ["weak1@example.org", "aaaaaaaaaaaa", "validation.passwordRepeated"],
        ["weak2@example.org", "password1234", "validation.passwordCommon"],
        ["weak3@example.org", "123456789012", "validation.passwordSequence"],
        ["weak4@example.org", "\u0000".repeat(12), "validation.controlCharacters"],
        ["weak5@example.org", "x".repeat(257), "validation.tooLong"],
        ["sophie.germain@example.org", "sophie.germain@example.org", "validation.passwordContainsEmail"],
      ]) {
        const res = await t.as("admin").post("/api/v1/users", { ...base, email, password });
        expect(res.statusCode, password).toBe(400);
        expect(res.json().error.details[0]).toMatchObject({ field: "password", key });
      }
      const fr = await t.as("admin").request({
        method: "POST",
        url: "/api/v1/users",
        payload: { ...base, email: "weak6@example.org", password: "PASSWORD1234" },
        headers: { "accept-language": "fr" },
      });
      expect(fr.json().error.details[0].message).toBe("figure parmi les mots de passe les plus courants\u202f; choisissez-en un autre");
      const users = await t.database.db.selectFrom("users").select("email").where("email", "like", "weak%").execute();
      expect(users).toEqual([]);
    });

    it("changes only the fields sent", async () => {
      const before = (await t.as("admin").get(`/api/v1/users/${t.world.users.programOfficer.id}`)).json();
      const res = await t.as("admin").patch(`/api/v1/users/${t.world.users.programOfficer.id}`, { name: "Renamed Officer" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ ...before, name: "Renamed Officer" });
    });

    it("does not let an administrator demote or disable themself", async () => {
      const res = await t.as("admin").patch(`/api/v1/users/${t.world.users.admin.id}`, { role: "evaluator" });
      expect(res.statusCode).toBe(400);
    });

    it("lists users with their assignments, paginated", async () => {
      const res = await t.as("admin").get("/api/v1/users?pageSize=2");
      expect(res.statusCode).toBe(200);
      expect(res.json().data).toHaveLength(2);
      expect(res.json().pagination.total).toBeGreaterThanOrEqual(5);
      const po = await t.as("admin").get(`/api/v1/users/${t.world.users.programOfficer.id}`);
      expect(po.json().programIds).toEqual([t.world.programs.own.id]);
    });

    it("keeps user management to administrators", async () => {
      for (const who of ["programOfficer", "evaluator", "coordinator", "partner"] as const) {
        expect((await t.as(who).get("/api/v1/users")).statusCode).toBe(403);
        expect(
          (await t.as(who).post("/api/v1/users", { email: "x@example.org", name: "X", role: "admin", password: "a long enough password" }))
            .statusCode,
        ).toBe(403);
      }
    });
  });
}
