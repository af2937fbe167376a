import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createWorldApp, testConfig } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD, tokenFor } from "../../../../test/support/factories.js";
import { signInSession } from "../../../../test/support/sessions.js";
import { hashToken } from "../../crypto.js";

const DAY_MS = 86_400_000;
const daysFrom = (iso: string) => (Date.parse(iso) - Date.now()) / DAY_MS;

function cookieOf(setCookie: string | string[] | undefined): { value: string; expires: Date } | null {
  const header = Array.isArray(setCookie) ? setCookie.join("\n") : (setCookie ?? "");
  const value = /convene_session=([^;]+)/.exec(header)?.[1];
  const expires = /Expires=([^;]+)/i.exec(header)?.[1];
  return value && expires ? { value, expires: new Date(expires) } : null;
}

for (const dialect of DIALECTS) {
  describe(`API token lifetimes on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const tokenRow = (id: string) => t.database.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

    it("expires a token after a year unless told otherwise, and says so at creation and in the lists", async () => {
      const created = await t.as("coordinator").post("/api/v1/tokens", { name: "Default lifetime" });
      expect(created.statusCode).toBe(201);
      expect(daysFrom(created.json().expiresAt)).toBeGreaterThan(364.9);
      expect(daysFrom(created.json().expiresAt)).toBeLessThan(365.1);
      const short = (await t.as("coordinator").post("/api/v1/tokens", { name: "A month", expiresInDays: 30 })).json();
      expect(Math.round(daysFrom(short.expiresAt))).toBe(30);
      const forever = (await t.as("coordinator").post("/api/v1/tokens", { name: "Forever", expiresInDays: null })).json();
      expect(forever.expiresAt).toBeNull();
      const own = (await t.as("coordinator").get("/api/v1/tokens?pageSize=100")).json().data;
      expect(own.find((token: { id: string }) => token.id === short.id)).toMatchObject({ expiresAt: short.expiresAt });
      const admin = (await t.as("admin").get(`/api/v1/users/${t.world.users.coordinator.id}/tokens?pageSize=100`)).json().data;
      expect(admin.find((token: { id: string }) => token.id === forever.id)).toMatchObject({ expiresAt: null });
      for (const expiresInDays of [0, -1, 3651, 1.5, "30"]) {
        const refused = await t.as("coordinator").post("/api/v1/tokens", { name: "Bad lifetime", expiresInDays });
        expect(refused.statusCode, JSON.stringify(expiresInDays)).toBe(400);
        expect(refused.json().error.details[0].field).toBe("expiresInDays");
      }
    });

    it("refuses an expired token with 401 token_expired, in the caller's language", async () => {
      const created = (await t.as("partner").post("/api/v1/tokens", { name: "Soon gone", expiresInDays: 1 })).json();
      const client = clientFor(t.app, created.token);
      expect((await client.get("/api/v1/auth/session")).statusCode).toBe(200);
      const past = new Date(Date.now() - 1000).toISOString();
      await t.database.db.updateTable("api_tokens").set({ expires_at: past }).where("id", "=", created.id).execute();
      const refused = await client.request({ method: "GET", url: "/api/v1/auth/session", headers: { "accept-language": "fr" } });
      expect(refused.statusCode).toBe(401);
      expect(refused.json().error.code).toBe("token_expired");
      expect(refused.json().error.message).toContain("a expiré le");
      expect((await client.patch("/api/v1/auth/me", { locale: "en" })).statusCode).toBe(401);
    });

    it("records a token's last use, writing it at most once a minute", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const token = await tokenFor(t.database.db, user.id);
      const id = (
        await t.database.db.selectFrom("api_tokens").select("id").where("token_hash", "=", hashToken(token)).executeTakeFirstOrThrow()
      ).id;
      expect((await tokenRow(id)).last_used_at).toBeNull();
      const client = clientFor(t.app, token);
      await client.get("/api/v1/auth/session");
      const first = (await tokenRow(id)).last_used_at;
      expect(first).not.toBeNull();
      expect(Date.now() - Date.parse(first ?? "")).toBeLessThan(60_000);
      await client.get("/api/v1/auth/session");
      expect((await tokenRow(id)).last_used_at).toBe(first);
      const earlier = new Date(Date.now() - 61_000).toISOString();
      await t.database.db.updateTable("api_tokens").set({ last_used_at: earlier }).where("id", "=", id).execute();
      await client.get("/api/v1/auth/session");
      expect(Date.parse((await tokenRow(id)).last_used_at ?? "")).toBeGreaterThan(Date.parse(earlier));
      const listed = (await t.as("admin").get(`/api/v1/users/${user.id}/tokens`)).json().data[0];
      expect(listed.lastUsedAt).toBe((await tokenRow(id)).last_used_at);
    });

    it("lets an administrator list and revoke another user's tokens, and nobody else", async () => {
      const owner = await buildUser(t.database.db, { role: "coordinator" });
      const token = await tokenFor(t.database.db, owner.id);
      for (const who of ["programOfficer", "coordinator", "evaluator", "partner"] as const) {
        expect((await t.as(who).get(`/api/v1/users/${owner.id}/tokens`)).statusCode, who).toBe(403);
      }
      const [listed] = (await t.as("admin").get(`/api/v1/users/${owner.id}/tokens`)).json().data;
      expect(listed).toMatchObject({ name: "test", abilities: { revoke: true } });
      expect((await t.as("coordinator").delete(`/api/v1/users/${owner.id}/tokens/${listed.id}`)).statusCode).toBe(403);
      expect((await clientFor(t.app, token).get("/api/v1/auth/session")).statusCode).toBe(200);
      expect((await t.as("admin").delete(`/api/v1/users/${owner.id}/tokens/${listed.id}`)).statusCode).toBe(204);
      expect((await clientFor(t.app, token).get("/api/v1/auth/session")).statusCode).toBe(401);
    });

    it("revokes a disabled account's tokens, so that enabling it again revives none of them", async () => {
      const user = await buildUser(t.database.db, { role: "evaluator" });
      const token = await tokenFor(t.database.db, user.id);
      const client = clientFor(t.app, token);
      expect((await client.get("/api/v1/auth/session")).statusCode).toBe(200);
      expect((await t.as("admin").patch(`/api/v1/users/${user.id}`, { disabled: true })).statusCode).toBe(200);
      expect((await client.get("/api/v1/auth/session")).statusCode).toBe(401);
      expect((await t.as("admin").patch(`/api/v1/users/${user.id}`, { disabled: false })).statusCode).toBe(200);
      expect((await client.get("/api/v1/auth/session")).statusCode).toBe(401);
      expect((await t.as("admin").get(`/api/v1/users/${user.id}/tokens`)).json().data).toEqual([]);
      const session = await signInSession(t.app, user.email, TEST_PASSWORD);
      expect((await session.send("POST", "/api/v1/tokens", { name: "After re-enabling" })).statusCode).toBe(201);
    });
  });

  describe(`session lifetimes on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    const signIn = async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const res = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: user.email, password: TEST_PASSWORD },
      });
      const cookie = cookieOf(res.headers["set-cookie"]);
      if (!cookie) throw new Error("no session cookie");
      return { user, cookie, id: hashToken(cookie.value) };
    };
    const get = (cookie: string) => t.app.inject({ method: "GET", url: "/api/v1/auth/session", cookies: { convene_session: cookie } });
    const age = async (id: string, fields: { created_at?: string; last_seen_at?: string; expires_at?: string }) =>
      t.database.db.updateTable("sessions").set(fields).where("id", "=", id).execute();
    const ago = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
    const inDays = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();

    it("moves the cookie's Expires and the stored idle expiry forward when an active user comes back near the end", async () => {
      const { cookie, id } = await signIn();
      expect(Math.round((cookie.expires.getTime() - Date.now()) / DAY_MS)).toBe(14);
      // Signed in 13.9 days ago and last seen then: the cookie would be dropped within hours.
      await age(id, { created_at: ago(13.9), last_seen_at: ago(13.9), expires_at: inDays(0.1) });
      const res = await get(cookie.value);
      expect(res.statusCode).toBe(200);
      const renewed = cookieOf(res.headers["set-cookie"]);
      expect(renewed?.value).toBe(cookie.value);
      expect(renewed?.expires.getTime() ?? 0).toBeGreaterThan(Date.now() + 13.9 * DAY_MS);
      expect(renewed?.expires.getTime() ?? 0).toBeLessThanOrEqual(Date.now() + 14 * DAY_MS);
      expect(res.headers["set-cookie"]).toMatch(/HttpOnly/i);
      const row = await t.database.db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(daysFrom(row.expires_at)).toBeGreaterThan(13.9);
    });

    it("does not write on every request: a request within the hour moves nothing", async () => {
      const { cookie, id } = await signIn();
      const before = await t.database.db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      const res = await get(cookie.value);
      expect(res.statusCode).toBe(200);
      expect(res.headers["set-cookie"]).toBeUndefined();
      const after = await t.database.db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
      expect(after).toEqual(before);
    });

    it("ends a session at its absolute lifetime (30 days by default), however active, and never slides past it", async () => {
      const { cookie, id } = await signIn();
      await age(id, { created_at: ago(29.5), last_seen_at: ago(0.5), expires_at: inDays(13.5) });
      const capped = await get(cookie.value);
      expect(capped.statusCode).toBe(200);
      const renewed = cookieOf(capped.headers["set-cookie"]);
      expect(Math.abs((renewed?.expires.getTime() ?? 0) - (Date.now() + 0.5 * DAY_MS))).toBeLessThan(60_000);
      await age(id, { created_at: ago(30.01), last_seen_at: ago(0.01), expires_at: inDays(13) });
      expect((await get(cookie.value)).statusCode).toBe(401);
    });

    it("takes the absolute lifetime from CONVENE_SESSION_MAX_DAYS, which may not be shorter than the idle one", async () => {
      expect(testConfig({ CONVENE_SESSION_MAX_DAYS: "60" }).sessionMaxDays).toBe(60);
      expect(testConfig().sessionMaxDays).toBe(30);
      expect(() => testConfig({ CONVENE_SESSION_DAYS: "14", CONVENE_SESSION_MAX_DAYS: "7" })).toThrow(/CONVENE_SESSION_MAX_DAYS/);
    });
  });
}
