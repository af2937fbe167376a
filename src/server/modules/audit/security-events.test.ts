import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD } from "../../../../test/support/factories.js";
import { signInSession } from "../../../../test/support/sessions.js";
import { readCsv } from "../../files/csv.js";
import { issueLink } from "../links/service.js";
import { BOUNDED_EVENTS_PER_WINDOW, FAILED_EMAIL_KEPT } from "./security.js";

const AUDIT = "/api/v1/audit-events";
const NEW_PASSWORD = "a quite different passphrase 42";

type Event = {
  id: string;
  user: { id: string; name: string } | null;
  action: string;
  entity: string;
  entityId: string;
  changes: { field: string; before: unknown; after: unknown; recorded: boolean }[];
  context: Record<string, string | number | boolean | null>;
};

for (const dialect of DIALECTS) {
  describe(`security events in the audit trail on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const events = async (query: string) => {
      const res = await t.as("admin").get(`${AUDIT}?pageSize=100&${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ data: Event[] }>().data;
    };
    /** Every stored row of these events, as text, to look for anything secret in it. */
    const storedText = async (userId: string) => {
      const rows = await t.database.db
        .selectFrom("audit_events")
        .selectAll()
        .where((eb) => eb.or([eb("user_id", "=", userId), eb("entity_id", "=", userId)]))
        .execute();
      return JSON.stringify(rows);
    };
    const login = (email: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, remoteAddress: "203.0.113.7" });

    it("records sign-ins, failed sign-ins and sign-outs, with the client's address and never the password", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      expect((await login(user.email, "a wrong password for this")).statusCode).toBe(401);
      const ok = await login(user.email, TEST_PASSWORD);
      expect(ok.statusCode).toBe(200);
      const cookie = /convene_session=([^;]+)/.exec(String(ok.headers["set-cookie"]))?.[1] ?? "";
      const out = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        cookies: { convene_session: cookie },
        headers: { "x-csrf-token": ok.json().csrfToken },
      });
      expect(out.statusCode).toBe(204);

      const trail = await events(`entity=user&entityId=${user.id}`);
      expect(trail.map((event) => event.action)).toEqual(["sign_out", "sign_in", "sign_in_failed"]);
      expect(trail.every((event) => event.user?.id === user.id)).toBe(true);
      expect(trail[1]?.context).toEqual({ via: "password", ip: "203.0.113.7" });
      expect(trail[2]?.context).toMatchObject({ email: user.email, reason: "wrong_password", ip: "203.0.113.7" });
      expect((await events(`action=sign_in&userId=${user.id}`)).map((event) => event.action)).toEqual(["sign_in"]);

      const stored = await storedText(user.id);
      expect(stored).not.toContain("a wrong password for this");
      expect(stored).not.toContain(TEST_PASSWORD);
      expect(stored).not.toContain(cookie);
      expect(stored).not.toContain(ok.json().csrfToken);
    });

    it("records a failed sign-in for an unknown email with the email cut short, and one for a disabled account", async () => {
      const given = `${"x".repeat(200)}@unknown.example.org`;
      expect((await login(given, "some password typed")).statusCode).toBe(401);
      const [unknown] = await events("action=sign_in_failed&entity=user");
      expect(unknown).toMatchObject({ user: null, entityId: "", context: { reason: "unknown_email" } });
      expect(String(unknown?.context.email)).toHaveLength(FAILED_EMAIL_KEPT + 1);
      expect(JSON.stringify(await t.database.db.selectFrom("audit_events").selectAll().execute())).not.toContain("some password typed");

      const disabled = await buildUser(t.database.db, { role: "partner" });
      await t.database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", disabled.id).execute();
      expect((await login(disabled.email, TEST_PASSWORD)).statusCode).toBe(401);
      const [refused] = await events(`action=sign_in_failed&userId=${disabled.id}`);
      expect(refused?.context).toMatchObject({ reason: "disabled" });
    });

    it("records at most a bounded number of failed sign-ins for unknown emails from one client address", async () => {
      for (let n = 0; n < BOUNDED_EVENTS_PER_WINDOW + 5; n += 1) {
        await t.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { email: `spray${n}@nowhere.example.org`, password: "Spring2026!" },
          remoteAddress: "198.51.100.9",
        });
      }
      const recorded = await t.database.db
        .selectFrom("audit_events")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("action", "=", "sign_in_failed")
        .where("details", "like", "%198.51.100.9%")
        .executeTakeFirstOrThrow();
      expect(Number(recorded.n)).toBe(BOUNDED_EVENTS_PER_WINDOW);
    });

    it("records a sign-in through an invitation as such", async () => {
      const user = await buildUser(t.database.db, { role: "partner" });
      const secret = await issueLink(t.database.db, user.id, "invitation", 3_600_000);
      const accepted = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/invitations/accept",
        payload: { token: secret, password: NEW_PASSWORD },
      });
      expect(accepted.statusCode).toBe(200);
      const [signedIn] = await events(`action=sign_in&userId=${user.id}`);
      expect(signedIn?.context).toMatchObject({ via: "invitation" });
      const stored = await storedText(user.id);
      expect(stored).not.toContain(secret);
      expect(stored).not.toContain(NEW_PASSWORD);
    });

    it("records API tokens created and revoked, by their owner and by an administrator, without the secret", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const session = await signInSession(t.app, user.email, TEST_PASSWORD);
      const created = (await session.send("POST", "/api/v1/tokens", { name: "Nightly sync", expiresInDays: 30 })).json();
      const other = (await session.send("POST", "/api/v1/tokens", { name: "Laptop" })).json();
      expect((await session.send("DELETE", `/api/v1/tokens/${created.id}`)).statusCode).toBe(204);
      expect((await t.as("admin").delete(`/api/v1/users/${user.id}/tokens/${other.id}`)).statusCode).toBe(204);

      const trail = await events("entity=api_token");
      const made = trail.find((event) => event.entityId === created.id && event.action === "create");
      expect(made).toMatchObject({
        user: { id: user.id },
        context: { owner: user.id, name: "Nightly sync", expiresAt: created.expiresAt },
      });
      expect(trail.find((event) => event.entityId === created.id && event.action === "delete")?.user?.id).toBe(user.id);
      expect(trail.find((event) => event.entityId === other.id && event.action === "delete")).toMatchObject({
        user: { id: t.world.users.admin.id },
        context: { owner: user.id },
      });
      const stored = JSON.stringify(await t.database.db.selectFrom("audit_events").selectAll().where("entity", "=", "api_token").execute());
      expect(stored).not.toContain(created.token);
      expect(stored).not.toContain(other.token);
    });

    it("records password changes and resets, and role and scope changes, without the password", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const session = await signInSession(t.app, user.email, TEST_PASSWORD);
      expect(
        (await session.send("POST", "/api/v1/account/password", { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD })).statusCode,
      ).toBe(204);
      const secret = await issueLink(t.database.db, user.id, "password_reset", 3_600_000);
      const reset = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/password-reset/confirm",
        payload: { token: secret, password: `${NEW_PASSWORD} again` },
      });
      expect(reset.statusCode).toBe(204);
      expect(
        (await t.as("admin").patch(`/api/v1/users/${user.id}`, { role: "program_officer", programIds: [t.world.programs.own.id] }))
          .statusCode,
      ).toBe(200);
      const changes = (await events(`entity=user&entityId=${user.id}&action=update`)).map((event) => event.changes);
      expect(changes).toEqual([
        expect.arrayContaining([expect.objectContaining({ field: "role", before: "coordinator", after: "program_officer" })]),
        [expect.objectContaining({ field: "password", recorded: false })],
        [expect.objectContaining({ field: "password", recorded: false })],
      ]);
      const stored = await storedText(user.id);
      for (const secretText of [NEW_PASSWORD, secret, TEST_PASSWORD]) expect(stored).not.toContain(secretText);
    });

    it("records a refused write once, with who, which route and which record, and bounds them per account", async () => {
      const { partnerships } = t.world;
      const url = `/api/v1/partnerships/${partnerships.own.id}`;
      const refused = await t.as("evaluator").patch(url, { name: "Not yours to rename" });
      expect(refused.statusCode).toBe(403);
      const recorded = await events(`action=refused&userId=${t.world.users.evaluator.id}`);
      expect(recorded).toHaveLength(1);
      expect(recorded[0]).toMatchObject({
        entity: "request",
        entityId: partnerships.own.id,
        context: { method: "PATCH", route: "/api/v1/partnerships/:id", code: "forbidden", id: partnerships.own.id },
      });
      // A read refused is not a write; a write refused for a missing CSRF token is.
      expect((await t.as("evaluator").get(`${AUDIT}`)).statusCode).toBe(403);
      expect(await events(`action=refused&userId=${t.world.users.evaluator.id}`)).toHaveLength(1);
      const signedIn = await login(t.world.users.coordinator.email, TEST_PASSWORD);
      const cookie = /convene_session=([^;]+)/.exec(String(signedIn.headers["set-cookie"]))?.[1] ?? "";
      const forged = await t.app.inject({ method: "PATCH", url, cookies: { convene_session: cookie }, payload: { name: "Forged" } });
      expect(forged.json().error.code).toBe("csrf_failed");
      const [csrf] = await events(`action=refused&userId=${t.world.users.coordinator.id}`);
      expect(csrf?.context).toMatchObject({ code: "csrf_failed", method: "PATCH", route: "/api/v1/partnerships/:id" });
      for (let n = 0; n < BOUNDED_EVENTS_PER_WINDOW + 5; n += 1) {
        expect((await t.as("partner").delete(url)).statusCode).toBe(403);
      }
      expect(await events(`action=refused&userId=${t.world.users.partner.id}`)).toHaveLength(BOUNDED_EVENTS_PER_WINDOW);
    });

    it("records exports of personal data: the registry and the audit trail itself", async () => {
      const registry = await t.as("admin").get("/api/v1/exports/registry?format=csv&entity=contacts");
      expect(registry.statusCode).toBe(200);
      const csv = await t.as("admin").get(`${AUDIT}.csv?action=sign_in_failed`);
      expect(csv.statusCode).toBe(200);
      const lines = (await readCsv(csv.rawPayload)).rows.map((row) => row.values);
      expect(lines.some((line) => line[1] === "Unknown account" && line[7] === "reason" && line[9] === "unknown_email")).toBe(true);
      const exports = await events("action=export");
      expect(exports.map((event) => event.entityId)).toEqual(["audit", "registry"]);
      expect(exports[0]).toMatchObject({ user: { id: t.world.users.admin.id }, context: { action: "sign_in_failed", format: "csv" } });
      expect(exports[1]?.context).toMatchObject({ entities: "contacts" });
    });

    it("shows security events to administrators only", async () => {
      for (const who of ["programOfficer", "coordinator"] as const) {
        const res = await t.as(who).get(`${AUDIT}?pageSize=100`);
        expect(res.statusCode).toBe(200);
        const actions = res.json<{ data: Event[] }>().data.map((event) => event.action);
        expect(
          actions.filter((action) => !["create", "update", "delete"].includes(action)),
          who,
        ).toEqual([]);
        const filtered = await t.as(who).get(`${AUDIT}?action=sign_in`);
        expect(filtered.json().data).toEqual([]);
      }
      const own = clientFor(t.app, t.world.tokens.coordinator);
      expect((await own.get(`${AUDIT}?entity=api_token`)).json().data).toEqual([]);
    });
  });
}
