import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD } from "../../../../test/support/factories.js";

const NEW_PASSWORD = "a brand new passphrase";

function sessionCookie(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie) ? setCookie.join("\n") : (setCookie ?? "");
  const match = /convene_session=([^;]+)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return match[1];
}

for (const dialect of DIALECTS) {
  describe(`password reset on ${dialect}`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect, { CONVENE_LOGIN_MAX_ATTEMPTS: "3" });
    });
    afterAll(() => t.close());

    const anonymous = () => clientFor(t.app, null);
    const ask = (email: string) => anonymous().post("/api/v1/auth/password-reset", { email });
    const confirm = (token: string, password: string, language = "en") =>
      t.app.inject({
        method: "POST",
        url: "/api/v1/auth/password-reset/confirm",
        payload: { token, password },
        headers: { "accept-language": language },
      });
    const login = (email: string, password: string) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });

    /** The secret of the last reset link mailed to an address. */
    async function lastLink(email: string): Promise<string> {
      const message = await t.database.db
        .selectFrom("mail_messages")
        .select("body")
        .where("recipient", "=", email)
        .where("template", "=", "passwordReset")
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .executeTakeFirstOrThrow();
      const match = /\/reset-password\?token=([\w%-]+)/.exec(message.body);
      if (!match?.[1]) throw new Error(`no link in ${message.body}`);
      return decodeURIComponent(match[1]);
    }

    it("answers 202 with the same empty body whether the address is known or not, and mails only a known one", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const known = await ask(user.email);
      const unknown = await ask("nobody-at-all@example.org");
      expect([known.statusCode, unknown.statusCode]).toEqual([202, 202]);
      expect(known.body).toBe(unknown.body);
      const mails = await t.database.db
        .selectFrom("mail_messages")
        .select(["recipient", "template", "status"])
        .where("recipient", "in", [user.email, "nobody-at-all@example.org"])
        .execute();
      expect(mails).toEqual([{ recipient: user.email, template: "passwordReset", status: "held" }]);
    });

    it("stores only the hash of the link's secret", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      await ask(user.email);
      const secret = await lastLink(user.email);
      const links = await t.database.db.selectFrom("one_time_links").select("id").where("user_id", "=", user.id).execute();
      expect(links).toHaveLength(1);
      expect(links[0]?.id).not.toContain(secret);
      expect(links[0]?.id).toMatch(/^[0-9a-f]{64}$/);
    });

    it("sets the new password with the link, signs out every session, and works only once", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      const cookie = sessionCookie((await login(user.email, TEST_PASSWORD)).headers["set-cookie"]);
      await ask(user.email);
      const secret = await lastLink(user.email);
      const done = await confirm(secret, NEW_PASSWORD);
      expect(done.statusCode, done.body).toBe(204);
      const probe = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", cookies: { convene_session: cookie } });
      expect(probe.statusCode).toBe(401);
      expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(401);
      expect((await login(user.email, NEW_PASSWORD)).statusCode).toBe(200);
      const again = await confirm(secret, "yet another passphrase");
      expect(again.statusCode).toBe(400);
      expect(again.json().error).toEqual({
        code: "link_invalid",
        message: "This link has expired or has already been used. Ask for a new one.",
      });
    });

    it("refuses an expired link, an unknown one, and a link replaced by a newer one, in the reader's language", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      await ask(user.email);
      const older = await lastLink(user.email);
      await ask(user.email);
      const newer = await lastLink(user.email);
      expect((await confirm(older, NEW_PASSWORD)).json().error.code).toBe("link_invalid");
      await t.database.db
        .updateTable("one_time_links")
        .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
        .where("user_id", "=", user.id)
        .execute();
      const expired = await confirm(newer, NEW_PASSWORD, "fr");
      expect(expired.statusCode).toBe(400);
      expect(expired.json().error.message).toBe("Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.");
      expect((await confirm("not-a-real-token", NEW_PASSWORD)).json().error.code).toBe("link_invalid");
      expect((await login(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    });

    it("keeps the password rules, and leaves the link usable after a refused password", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      await ask(user.email);
      const secret = await lastLink(user.email);
      const short = await confirm(secret, "short");
      expect(short.statusCode).toBe(400);
      expect(short.json().error.code).toBe("validation_failed");
      expect(short.json().error.details[0].field).toBe("password");
      const weak = [
        ["aaaaaaaaaaaa", "validation.passwordRepeated"],
        ["Password1234", "validation.passwordCommon"],
        ["\u0000".repeat(12), "validation.controlCharacters"],
        [`${user.email.split("@")[0] ?? ""}-was-here-2026!`, "validation.passwordContainsEmail"],
      ];
      for (const [password, key] of weak) {
        const refused = await confirm(secret, password ?? "");
        expect(refused.statusCode, password).toBe(400);
        expect(refused.json().error.details[0]).toMatchObject({ field: "password", key });
      }
      const fr = await confirm(secret, `${user.email.split("@")[0] ?? ""}-was-here-2026!`, "fr");
      expect(fr.json().error.details[0].message).toBe("ne doit pas contenir votre adresse courriel ni la partie qui précède le @");
      expect((await confirm(secret, NEW_PASSWORD)).statusCode).toBe(204);
    });

    it("sends nothing to a disabled account", async () => {
      const user = await buildUser(t.database.db, { role: "coordinator" });
      await t.database.db.updateTable("users").set({ disabled: 1 }).where("id", "=", user.id).execute();
      expect((await ask(user.email)).statusCode).toBe(202);
      const mails = await t.database.db.selectFrom("mail_messages").select("id").where("recipient", "=", user.email).execute();
      expect(mails).toEqual([]);
    });

    it("limits the requests for one address through the database", async () => {
      const email = "flooded@example.org";
      const answers = [];
      for (let attempt = 0; attempt < 4; attempt += 1) answers.push((await ask(email)).statusCode);
      expect(answers).toEqual([202, 202, 202, 429]);
      const limited = await ask(email);
      expect(limited.json().error.code).toBe("rate_limited");
      expect(limited.headers["retry-after"]).toBeDefined();
      const counted = await t.database.db
        .selectFrom("rate_limits")
        .select("count")
        .where("key", "like", "%password-reset:flooded@example.org")
        .execute();
      expect(counted[0]?.count).toBe(5);
    });
  });
}
