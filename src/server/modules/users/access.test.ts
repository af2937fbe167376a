import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD, tokenFor } from "../../../../test/support/factories.js";
import { signInSession } from "../../../../test/support/sessions.js";

for (const dialect of DIALECTS) {
  describe(`managing people's access on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const auditOf = (entityId: string) =>
      t.database.db.selectFrom("audit_events").select(["user_id", "details"]).where("entity_id", "=", entityId).orderBy("at").execute();

    it("searches by name or email and filters by role and status, a page at a time", async () => {
      const db = t.database.db;
      const zoe = await buildUser(db, { role: "evaluator", email: "zoe.search@example.org" });
      await db.updateTable("users").set({ name: "Zoé Fontaine-Search" }).where("id", "=", zoe.id).execute();
      const gone = await buildUser(db, { role: "evaluator", email: "gone.search@example.org" });
      await db.updateTable("users").set({ disabled: 1 }).where("id", "=", gone.id).execute();

      const byName = await t.as("admin").get("/api/v1/users?q=fontaine-SEARCH");
      expect(byName.json().data.map((user: { email: string }) => user.email)).toEqual(["zoe.search@example.org"]);
      const byEmail = await t.as("admin").get("/api/v1/users?q=.search@&role=evaluator");
      expect(byEmail.json().pagination.total).toBe(2);
      const disabled = await t.as("admin").get("/api/v1/users?q=search&disabled=true");
      expect(disabled.json().data.map((user: { email: string }) => user.email)).toEqual(["gone.search@example.org"]);
      const literal = await t.as("admin").get("/api/v1/users?q=%25");
      expect(literal.json().pagination.total).toBe(0);
      const paged = await t.as("admin").get("/api/v1/users?role=evaluator&pageSize=1&page=2");
      expect(paged.json().data).toHaveLength(1);
      expect(paged.json().pagination).toMatchObject({ page: 2, pageSize: 1, total: 3 });
      const bad = await t.as("admin").get("/api/v1/users?role=mayor");
      expect(bad.statusCode).toBe(400);
    });

    it("records the last sign-in and shows it with the account's abilities", async () => {
      const before = (await t.as("admin").get(`/api/v1/users/${t.world.users.partner.id}`)).json();
      expect(before.lastSignInAt).toBeNull();
      await signInSession(t.app, t.world.users.partner.email, TEST_PASSWORD);
      const after = (await t.as("admin").get(`/api/v1/users/${t.world.users.partner.id}`)).json();
      expect(Date.parse(after.lastSignInAt)).toBeGreaterThan(Date.now() - 60_000);
      expect(after.abilities).toEqual({ update: true, demote: true, disable: true, enable: false, listTokens: true });
    });

    it("changes role, organization, programs and partnerships at once and audits each field before and after", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator", partnershipIds: [t.world.partnerships.own.id] });
      const res = await t.as("admin").patch(`/api/v1/users/${user.id}`, {
        role: "program_officer",
        organizationId: t.world.organizations.ownLead.id,
        programIds: [t.world.programs.own.id, t.world.programs.foreign.id],
        partnershipIds: [],
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        role: "program_officer",
        organizationId: t.world.organizations.ownLead.id,
        partnershipIds: [],
      });
      expect([...res.json().programIds].sort()).toEqual([t.world.programs.own.id, t.world.programs.foreign.id].sort());
      const [event] = await auditOf(user.id);
      expect(event?.user_id).toBe(t.world.users.admin.id);
      const changes = JSON.parse(event?.details ?? "{}").changes;
      expect(changes.role).toEqual(["coordinator", "program_officer"]);
      expect(changes.partnershipIds).toEqual([[t.world.partnerships.own.id], []]);
      expect(Object.keys(changes).sort()).toEqual(["organizationId", "partnershipIds", "programIds", "role"]);
    });

    it("refuses a change with an unknown program and leaves the account as it was", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator", partnershipIds: [t.world.partnerships.own.id] });
      const before = (await t.as("admin").get(`/api/v1/users/${user.id}`)).json();
      const res = await t.as("admin").patch(`/api/v1/users/${user.id}`, {
        role: "program_officer",
        programIds: ["01a2015b-0000-7000-8000-000000000000"],
        partnershipIds: [],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe("programIds");
      expect((await t.as("admin").get(`/api/v1/users/${user.id}`)).json()).toEqual(before);
      expect(await auditOf(user.id)).toEqual([]);
    });

    it("refuses to make a partner of an account without an organization", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const res = await t.as("admin").patch(`/api/v1/users/${user.id}`, { role: "partner" });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.details[0].field).toBe("organizationId");
    });

    it("keeps the last active administrator: neither demoted nor disabled, with the reason in the caller's language", async () => {
      const admin = t.world.users.admin.id;
      expect((await t.as("admin").get(`/api/v1/users/${admin}`)).json().abilities).toMatchObject({ demote: false, disable: false });
      const demote = await t.as("admin").patch(`/api/v1/users/${admin}`, { role: "evaluator" });
      expect(demote.statusCode).toBe(400);
      expect(demote.json().error.details).toEqual([{ field: "role", message: expect.stringContaining("last active administrator") }]);
      const disable = await t.as("admin").request({
        method: "PATCH",
        url: `/api/v1/users/${admin}`,
        payload: { disabled: true },
        headers: { "accept-language": "fr" },
      });
      expect(disable.statusCode).toBe(400);
      expect(disable.json().error.details).toEqual([
        { field: "disabled", message: expect.stringContaining("dernier administrateur actif") },
      ]);
    });

    it("lets an administrator step down once another active administrator exists", async () => {
      const other = await buildUser(t.database.db, { role: "admin" });
      const otherClient = clientFor(t.app, await tokenFor(t.database.db, other.id));
      expect((await t.as("admin").get(`/api/v1/users/${other.id}`)).json().abilities.demote).toBe(true);
      const res = await otherClient.patch(`/api/v1/users/${other.id}`, { role: "evaluator" });
      expect(res.statusCode).toBe(200);
      expect(res.json().role).toBe("evaluator");
    });

    it("a disabled account's sessions and tokens stop working, and enabling it lets it sign in again", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const token = await tokenFor(t.database.db, user.id);
      const session = await signInSession(t.app, user.email, TEST_PASSWORD);
      expect((await session.get("/api/v1/account")).statusCode).toBe(200);

      const disabled = await t.as("admin").patch(`/api/v1/users/${user.id}`, { disabled: true });
      expect(disabled.json()).toMatchObject({ disabled: true, abilities: { disable: false, enable: true } });
      expect((await session.get("/api/v1/account")).statusCode).toBe(401);
      expect((await clientFor(t.app, token).get("/api/v1/account")).statusCode).toBe(401);
      const refused = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      expect(refused.statusCode).toBe(401);

      const enabled = await t.as("admin").patch(`/api/v1/users/${user.id}`, { disabled: false });
      expect(enabled.json().disabled).toBe(false);
      expect((await (await signInSession(t.app, user.email, TEST_PASSWORD)).get("/api/v1/account")).statusCode).toBe(200);
    });

    it("lists a user's live API tokens and revokes one, which then stops working", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const token = await tokenFor(t.database.db, user.id);
      const list = await t.as("admin").get(`/api/v1/users/${user.id}/tokens`);
      expect(list.statusCode).toBe(200);
      const [listed] = list.json().data;
      expect(listed).toMatchObject({ name: "test", abilities: { revoke: true } });
      expect(JSON.stringify(list.json())).not.toContain(token);

      expect((await t.as("admin").delete(`/api/v1/users/${user.id}/tokens/${listed.id}`)).statusCode).toBe(204);
      expect((await clientFor(t.app, token).get("/api/v1/account")).statusCode).toBe(401);
      expect((await t.as("admin").get(`/api/v1/users/${user.id}/tokens`)).json().data).toEqual([]);
      const [event] = await auditOf(listed.id);
      expect(event?.user_id).toBe(t.world.users.admin.id);
    });

    it("finds no token of one user under another, and no tokens of an account that does not exist", async () => {
      const owner = await buildUser(t.database.db, { role: "coordinator" });
      const someoneElse = await buildUser(t.database.db, { role: "coordinator" });
      await tokenFor(t.database.db, owner.id);
      const [listed] = (await t.as("admin").get(`/api/v1/users/${owner.id}/tokens`)).json().data;
      expect((await t.as("admin").delete(`/api/v1/users/${someoneElse.id}/tokens/${listed.id}`)).statusCode).toBe(404);
      expect((await t.as("admin").get("/api/v1/users/01a2015b-0000-7000-8000-000000000000/tokens")).statusCode).toBe(404);
      expect((await t.as("admin").get(`/api/v1/users/${owner.id}/tokens`)).json().data).toHaveLength(1);
    });
  });

  describe(`two administrators at once on ${dialect}`, () => {
    it("when two administrators demote each other at the same moment, one of them stays an administrator", async () => {
      const t = await createTestApp(dialect);
      try {
        const first = await buildUser(t.database.db, { role: "admin" });
        const second = await buildUser(t.database.db, { role: "admin" });
        const firstClient = clientFor(t.app, await tokenFor(t.database.db, first.id));
        const secondClient = clientFor(t.app, await tokenFor(t.database.db, second.id));
        const answers = await Promise.all([
          firstClient.patch(`/api/v1/users/${second.id}`, { role: "evaluator" }),
          secondClient.patch(`/api/v1/users/${first.id}`, { disabled: true }),
        ]);
        // The second change is refused either as the last administrator's (400) or, when it arrives after
        // the first committed, because its author is no longer an administrator (403).
        const [won, lost] = answers.map((answer) => answer.statusCode).sort();
        expect(won).toBe(200);
        expect([400, 403]).toContain(lost);
        const admins = await t.database.db.selectFrom("users").select("id").where("role", "=", "admin").where("disabled", "=", 0).execute();
        expect(admins).toHaveLength(1);
      } finally {
        await t.close();
      }
    });
  });
}
