import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD } from "../../../../test/support/factories.js";

function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie.join("\n") : (setCookie ?? "");
  const match = /convene_session=([^;]+)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return match[1];
}

for (const dialect of DIALECTS) {
  describe(`sign-in and sessions on ${dialect}`, () => {
    let t: TestApp;
    let user: { id: string; email: string };
    beforeAll(async () => {
      t = await createTestApp(dialect);
      user = await buildUser(t.database.db, { role: "coordinator", email: "Ada.Lovelace@Example.org".toLowerCase() });
    });
    afterAll(() => t.close());

    const login = (email: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

    it("signs in with email and password and sets an HttpOnly SameSite cookie", async () => {
      const res = await login("  ADA.LOVELACE@example.org ", TEST_PASSWORD);
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({ email: user.email, role: "coordinator" });
      const cookie = String(res.headers["set-cookie"]);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);
      expect(cookie).toMatch(/Path=\//);
    });

    it("stores the password as an argon2id hash", async () => {
      const row = await t.database.db.selectFrom("users").select("password_hash").where("id", "=", user.id).executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
    });

    it("stores sessions hashed in the database, not the cookie value", async () => {
      const res = await login(user.email, TEST_PASSWORD);
      const cookie = sessionCookie(res.headers["set-cookie"]);
      const rows = await t.database.db.selectFrom("sessions").select("id").where("user_id", "=", user.id).execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.id)).not.toContain(cookie);
    });

    it("answers a wrong password and an unknown email alike", async () => {
      const wrong = await login(user.email, "not the password at all");
      const unknown = await login("nobody@example.org", "not the password at all");
      expect(wrong.statusCode).toBe(401);
      expect(unknown.statusCode).toBe(401);
      expect(wrong.json()).toEqual(unknown.json());
      expect(wrong.json().error.code).toBe("invalid_credentials");
    });

    it("requires the CSRF token for changes made with the session cookie", async () => {
      const res = await login(user.email, TEST_PASSWORD);
      const cookie = sessionCookie(res.headers["set-cookie"]);
      const { csrfToken } = res.json();
      const headers = { cookie: `convene_session=${cookie}` };
      const without = await t.app.inject({ method: "PATCH", url: "/api/v1/auth/me", headers, payload: { locale: "fr" } });
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe("csrf_failed");
      const forged = await t.app.inject({
        method: "PATCH",
        url: "/api/v1/auth/me",
        headers: { ...headers, "x-csrf-token": "forged" },
        payload: { locale: "fr" },
      });
      expect(forged.statusCode).toBe(403);
      const ok = await t.app.inject({
        method: "PATCH",
        url: "/api/v1/auth/me",
        headers: { ...headers, "x-csrf-token": csrfToken },
        payload: { locale: "fr" },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().user.locale).toBe("fr");
      const session = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers });
      expect(session.json()).toMatchObject({ user: { locale: "fr" }, csrfToken });
    });

    it("signs out: the session no longer works", async () => {
      const res = await login(user.email, TEST_PASSWORD);
      const headers = { cookie: `convene_session=${sessionCookie(res.headers["set-cookie"])}` };
      const out = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/logout",
        headers: { ...headers, "x-csrf-token": res.json().csrfToken },
      });
      expect(out.statusCode).toBe(204);
      expect((await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers })).statusCode).toBe(401);
    });

    it("does not let a disabled user sign in", async () => {
      const disabled = await buildUser(t.database.db, { role: "partner" });
      await t.database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", disabled.id).execute();
      expect((await login(disabled.email, TEST_PASSWORD)).statusCode).toBe(401);
    });

    it("creates an API token shown once, stored hashed, usable as a Bearer token, and revocable", async () => {
      const res = await login(user.email, TEST_PASSWORD);
      const headers = { cookie: `convene_session=${sessionCookie(res.headers["set-cookie"])}`, "x-csrf-token": res.json().csrfToken };
      const created = await t.app.inject({ method: "POST", url: "/api/v1/tokens", headers, payload: { name: "Nightly export" } });
      expect(created.statusCode).toBe(201);
      const { token, id } = created.json();
      expect(token).toMatch(/^cvn_/);
      const stored = await t.database.db.selectFrom("api_tokens").select("token_hash").where("id", "=", id).executeTakeFirstOrThrow();
      expect(stored.token_hash).not.toContain(token);
      const listed = await t.app.inject({ method: "GET", url: "/api/v1/tokens", headers });
      expect(JSON.stringify(listed.json())).not.toContain(token);
      const bearer = { authorization: `Bearer ${token}` };
      const me = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: bearer });
      expect(me.json().user.email).toBe(user.email);
      // A token needs no CSRF token: it is not sent automatically by a browser.
      const change = await t.app.inject({ method: "PATCH", url: "/api/v1/auth/me", headers: bearer, payload: { locale: "en" } });
      expect(change.statusCode).toBe(200);
      expect((await t.app.inject({ method: "DELETE", url: `/api/v1/tokens/${id}`, headers })).statusCode).toBe(204);
      const after = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", headers: bearer });
      expect(after.statusCode).toBe(401);
    });

    it("rejects a malformed or unknown bearer token", async () => {
      for (const authorization of ["Bearer", "Bearer cvn_unknown", "Basic abc"]) {
        const res = await t.app.inject({ method: "GET", url: "/api/v1/organizations", headers: { authorization } });
        expect(res.statusCode).toBe(401);
        expect(res.json().error.code).toBe("unauthenticated");
      }
    });

    it("never answers with a stack trace or SQL", async () => {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        headers: { "content-type": "application/json" },
        payload: "{not json",
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe("validation_failed");
      expect(res.body).not.toMatch(/at .*\.js|select |insert /i);
    });
  });
}
