import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD, tokenFor } from "../../../../test/support/factories.js";
import { signInSession } from "../../../../test/support/sessions.js";

const NEW_PASSWORD = "a brand new passphrase";

for (const dialect of DIALECTS) {
  describe(`one's own account on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const login = (email: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

    it("reads one's own account, with user management offered to administrators only", async () => {
      for (const who of ["admin", "programOfficer", "evaluator", "coordinator", "partner"] as const) {
        const res = await t.as(who).get("/api/v1/account");
        expect(res.statusCode).toBe(200);
        expect(res.json()).toMatchObject({ id: t.world.users[who].id, email: t.world.users[who].email });
        expect(res.json().abilities).toEqual({ manageUsers: who === "admin" });
        expect(JSON.stringify(res.json())).not.toMatch(/password|argon/i);
      }
      expect((await t.app.inject({ method: "GET", url: "/api/v1/account" })).statusCode).toBe(401);
    });

    it("changes one's own name and language, and nobody else's", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const client = clientFor(t.app, await tokenFor(t.database.db, user.id));
      const res = await client.patch("/api/v1/account", { name: "Geneviève Roy", locale: "fr" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: user.id, name: "Geneviève Roy", locale: "fr" });
      expect((await client.get("/api/v1/auth/session")).json().user).toMatchObject({ name: "Geneviève Roy", locale: "fr" });
      const partner = (await t.as("admin").get(`/api/v1/users/${t.world.users.partner.id}`)).json();
      expect(partner.name).toBe(t.world.users.partner.email);
      const empty = await client.patch("/api/v1/account", { name: "  " });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().error.details[0].field).toBe("name");
    });

    it("refuses a wrong current password as a problem of that field, in the caller's language", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const session = await signInSession(t.app, user.email, TEST_PASSWORD);
      const res = await session.send("POST", "/api/v1/account/password", { currentPassword: "not my password", newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details).toEqual([
        { field: "currentPassword", key: "account.wrongPassword", message: "is not your current password" },
      ]);
      const client = clientFor(t.app, await tokenFor(t.database.db, user.id));
      const fr = await client.request({
        method: "POST",
        url: "/api/v1/account/password",
        payload: { currentPassword: "not my password", newPassword: NEW_PASSWORD },
        headers: { "accept-language": "fr" },
      });
      expect(fr.json().error.details).toEqual([
        { field: "currentPassword", key: "account.wrongPassword", message: "n'est pas votre mot de passe actuel" },
      ]);
      const short = await session.send("POST", "/api/v1/account/password", { currentPassword: TEST_PASSWORD, newPassword: "short" });
      expect(short.json().error.details[0].field).toBe("newPassword");
      for (const [newPassword, key] of [
        ["zzzzzzzzzzzz", "validation.passwordRepeated"],
        ["1q2w3e4r5t6y", "validation.passwordCommon"],
        [`${user.email.split("@")[0] ?? ""}!secret`, "validation.passwordContainsEmail"],
        [user.email.toUpperCase(), "validation.passwordContainsEmail"],
      ]) {
        const weak = await session.send("POST", "/api/v1/account/password", { currentPassword: TEST_PASSWORD, newPassword });
        expect(weak.statusCode, newPassword).toBe(400);
        expect(weak.json().error.details[0]).toMatchObject({ field: "newPassword", key });
      }
      expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it("changes the password, keeps this session, signs out the others and keeps API tokens", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const token = await tokenFor(t.database.db, user.id);
      const here = await signInSession(t.app, user.email, TEST_PASSWORD);
      const elsewhere = await signInSession(t.app, user.email, TEST_PASSWORD);
      const res = await here.send("POST", "/api/v1/account/password", { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });
      expect(res.statusCode).toBe(204);
      expect((await here.get("/api/v1/account")).statusCode).toBe(200);
      expect((await elsewhere.get("/api/v1/account")).statusCode).toBe(401);
      expect((await clientFor(t.app, token).get("/api/v1/account")).statusCode).toBe(200);
      expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200);
      const events = await t.database.db
        .selectFrom("audit_events")
        .select("details")
        .where("entity_id", "=", user.id)
        .where("action", "=", "update")
        .execute();
      expect(events.map((event) => JSON.parse(event.details ?? "{}"))).toEqual([{ fields: ["password"] }]);
    });

    it("creates a token shown once, lists it without the secret, and revokes it", async () => {
      const user = await buildUser(t.database.db, { role: "partner", organizationId: t.world.organizations.ownMember.id });
      const client = clientFor(t.app, await tokenFor(t.database.db, user.id));
      const created = await client.post("/api/v1/tokens", { name: "Spreadsheet sync" });
      expect(created.statusCode).toBe(201);
      const { id, token } = created.json();
      expect(token).toMatch(/^cvn_/);
      const list = await client.get("/api/v1/tokens");
      expect(list.json().data.find((row: { id: string }) => row.id === id)).toMatchObject({
        name: "Spreadsheet sync",
        abilities: { revoke: true },
      });
      expect(JSON.stringify(list.json())).not.toContain(token);
      expect((await clientFor(t.app, token).get("/api/v1/account")).json().id).toBe(user.id);
      expect((await client.delete(`/api/v1/tokens/${id}`)).statusCode).toBe(204);
      expect((await clientFor(t.app, token).get("/api/v1/account")).statusCode).toBe(401);
    });

    it("finds no token of another user among one's own: revoking it is not found and it keeps working", async () => {
      const other = await buildUser(t.database.db, { role: "coordinator" });
      const otherToken = await tokenFor(t.database.db, other.id);
      const [listed] = (await clientFor(t.app, otherToken).get("/api/v1/tokens")).json().data;
      for (const who of ["admin", "coordinator", "partner"] as const) {
        expect((await t.as(who).delete(`/api/v1/tokens/${listed.id}`)).statusCode).toBe(404);
        expect((await t.as(who).get("/api/v1/tokens")).json().data.map((row: { id: string }) => row.id)).not.toContain(listed.id);
      }
      expect((await clientFor(t.app, otherToken).get("/api/v1/account")).json().id).toBe(other.id);
    });
  });

  describe(`password attempts on ${dialect}`, () => {
    it("refuses more password changes than the sign-in limit allows, with 429", async () => {
      const t = await createTestApp(dialect, { CONVENE_LOGIN_MAX_ATTEMPTS: "2" });
      try {
        const user = await buildUser(t.database.db, { role: "evaluator" });
        const client = clientFor(t.app, await tokenFor(t.database.db, user.id));
        const attempt = () => client.post("/api/v1/account/password", { currentPassword: "a guess at it", newPassword: NEW_PASSWORD });
        expect((await attempt()).statusCode).toBe(400);
        expect((await attempt()).statusCode).toBe(400);
        const blocked = await attempt();
        expect(blocked.statusCode).toBe(429);
        expect(blocked.headers["retry-after"]).toBeDefined();
      } finally {
        await t.close();
      }
    });
  });
}
