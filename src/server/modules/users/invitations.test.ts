import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createTestApp, type Client, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildOrganization, buildProgram, buildUser, tokenFor } from "../../../../test/support/factories.js";

const PASSWORD = "my own first passphrase";

for (const dialect of DIALECTS) {
  describe(`invitations on ${dialect}`, () => {
    let t: TestApp;
    let admin: Client;
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const user = await buildUser(t.database.db, { role: "admin", email: "ines.admin@example.org" });
      await t.database.db.updateTable("users").set({ name: "Inès Gagnon" }).where("id", "=", user.id).execute();
      admin = clientFor(t.app, await tokenFor(t.database.db, user.id));
    });
    afterAll(() => t.close());

    const accept = (token: string, password = PASSWORD) =>
      t.app.inject({ method: "POST", url: "/api/v1/auth/invitations/accept", payload: { token, password } });

    async function invitationLink(email: string): Promise<string> {
      const message = await t.database.db
        .selectFrom("mail_messages")
        .selectAll()
        .where("recipient", "=", email)
        .where("template", "=", "invitation")
        .executeTakeFirstOrThrow();
      const match = /\/accept-invitation\?token=([\w%-]+)/.exec(message.body);
      if (!match?.[1]) throw new Error(`no link in ${message.body}`);
      return decodeURIComponent(match[1]);
    }

    it("opens the account without a password, with its assignments, and mails the link in the invited person's language", async () => {
      const program = await buildProgram(t.database.db);
      const organization = await buildOrganization(t.database.db);
      const res = await admin.post("/api/v1/users/invitations", {
        email: " Paul.Martin@Example.org ",
        name: "Paul Martin",
        role: "partner",
        organizationId: organization.id,
        locale: "fr",
        programIds: [program.id],
      });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        email: "paul.martin@example.org",
        role: "partner",
        organizationId: organization.id,
        locale: "fr",
        programIds: [program.id],
        disabled: false,
      });
      const row = await t.database.db
        .selectFrom("users")
        .select("password_hash")
        .where("email", "=", "paul.martin@example.org")
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toBeNull();
      const message = await t.database.db
        .selectFrom("mail_messages")
        .selectAll()
        .where("recipient", "=", "paul.martin@example.org")
        .executeTakeFirstOrThrow();
      expect(message.subject).toBe("Inès Gagnon vous invite à rejoindre Convene");
      expect(message.body).toContain("ouvrez ce lien dans un délai de 7 jours");
      expect(message.status).toBe("held");
    });

    it("lets nobody sign in to an invited account before the password is chosen", async () => {
      await admin.post("/api/v1/users/invitations", { email: "waiting@example.org", name: "Waiting", role: "coordinator" });
      const login = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "waiting@example.org", password: "" },
      });
      expect(login.statusCode).toBe(400);
      const guess = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "waiting@example.org", password: "anything at all here" },
      });
      expect(guess.statusCode).toBe(401);
    });

    it("sets the first password with the link and signs the person in; the link works once", async () => {
      await admin.post("/api/v1/users/invitations", { email: "clara@example.org", name: "Clara Roy", role: "coordinator" });
      const secret = await invitationLink("clara@example.org");
      const accepted = await accept(secret);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(accepted.json().user).toMatchObject({ email: "clara@example.org", role: "coordinator" });
      const cookie = /convene_session=([^;]+)/.exec(String(accepted.headers["set-cookie"]))?.[1] ?? "";
      const session = await t.app.inject({ method: "GET", url: "/api/v1/auth/session", cookies: { convene_session: cookie } });
      expect(session.json().user.email).toBe("clara@example.org");
      const login = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: "clara@example.org", password: PASSWORD },
      });
      expect(login.statusCode).toBe(200);
      const again = await accept(secret, "someone else's passphrase");
      expect(again.statusCode).toBe(400);
      expect(again.json().error.code).toBe("link_invalid");
    });

    it("keeps the password rules, the invited address included, and leaves the link usable after a refusal", async () => {
      await admin.post("/api/v1/users/invitations", { email: "marguerite.bourgeoys@example.org", name: "Marguerite", role: "coordinator" });
      const secret = await invitationLink("marguerite.bourgeoys@example.org");
      for (const [password, key] of [
        ["            ", "validation.passwordRepeated"],
        ["123456789012", "validation.passwordSequence"],
        ["qwerty123456", "validation.passwordCommon"],
        ["Marguerite.Bourgeoys1620", "validation.passwordContainsEmail"],
        ["correct horse \ud800 battery", "validation.invalidCharacters"],
      ]) {
        const refused = await accept(secret, password);
        expect(refused.statusCode, password).toBe(400);
        expect(refused.json().error.details[0]).toMatchObject({ field: "password", key });
      }
      expect((await accept(secret)).statusCode).toBe(200);
    });

    it("refuses an invitation link after seven days", async () => {
      await admin.post("/api/v1/users/invitations", { email: "late@example.org", name: "Late", role: "coordinator" });
      const secret = await invitationLink("late@example.org");
      const link = await t.database.db
        .selectFrom("one_time_links")
        .selectAll()
        .where("purpose", "=", "invitation")
        .orderBy("created_at", "desc")
        .executeTakeFirstOrThrow();
      expect(Date.parse(link.expires_at) - Date.parse(link.created_at)).toBe(7 * 86_400_000);
      await t.database.db
        .updateTable("one_time_links")
        .set({ expires_at: new Date(Date.now() - 1).toISOString() })
        .where("id", "=", link.id)
        .execute();
      expect((await accept(secret)).json().error.code).toBe("link_invalid");
    });

    it("ends the invitation once the person has chosen a password through a reset link", async () => {
      await admin.post("/api/v1/users/invitations", { email: "both@example.org", name: "Both", role: "coordinator" });
      const invitation = await invitationLink("both@example.org");
      await clientFor(t.app, null).post("/api/v1/auth/password-reset", { email: "both@example.org" });
      const reset = await t.database.db
        .selectFrom("mail_messages")
        .select("body")
        .where("recipient", "=", "both@example.org")
        .where("template", "=", "passwordReset")
        .executeTakeFirstOrThrow();
      const secret = decodeURIComponent(/token=([\w%-]+)/.exec(reset.body)?.[1] ?? "");
      const confirmed = await t.app.inject({
        method: "POST",
        url: "/api/v1/auth/password-reset/confirm",
        payload: { token: secret, password: PASSWORD },
      });
      expect(confirmed.statusCode).toBe(204);
      expect((await accept(invitation, "a takeover passphrase")).json().error.code).toBe("link_invalid");
    });

    it("sends a new invitation link that replaces the earlier one, only while no password is chosen", async () => {
      const invited = (
        await admin.post("/api/v1/users/invitations", { email: "again@example.org", name: "Again", role: "coordinator" })
      ).json();
      const first = await invitationLink("again@example.org");
      const resent = await admin.post(`/api/v1/users/${invited.id}/invitations`);
      expect(resent.statusCode, resent.body).toBe(200);
      const messages = await t.database.db
        .selectFrom("mail_messages")
        .select("body")
        .where("recipient", "=", "again@example.org")
        .orderBy("created_at")
        .orderBy("id")
        .execute();
      expect(messages).toHaveLength(2);
      const second = decodeURIComponent(/token=([\w%-]+)/.exec(messages[1]?.body ?? "")?.[1] ?? "");
      expect((await accept(first)).json().error.code).toBe("link_invalid");
      expect((await accept(second)).statusCode).toBe(200);
      const late = await admin.post(`/api/v1/users/${invited.id}/invitations`);
      expect(late.statusCode).toBe(409);
      expect((await admin.post("/api/v1/users/0190f5a0-0000-7000-8000-000000000000/invitations")).statusCode).toBe(404);
    });

    it("does not accept a password reset link as an invitation", async () => {
      await admin.post("/api/v1/users/invitations", { email: "mixed@example.org", name: "Mixed", role: "coordinator" });
      await clientFor(t.app, null).post("/api/v1/auth/password-reset", { email: "mixed@example.org" });
      const reset = await t.database.db
        .selectFrom("mail_messages")
        .select("body")
        .where("recipient", "=", "mixed@example.org")
        .where("template", "=", "passwordReset")
        .executeTakeFirstOrThrow();
      const secret = decodeURIComponent(/token=([\w%-]+)/.exec(reset.body)?.[1] ?? "");
      expect((await accept(secret)).json().error.code).toBe("link_invalid");
    });

    it("refuses an address already registered, and a partner without an organization, writing nothing", async () => {
      const taken = await admin.post("/api/v1/users/invitations", { email: "ines.admin@example.org", name: "Again", role: "coordinator" });
      expect(taken.statusCode).toBe(409);
      const partner = await admin.post("/api/v1/users/invitations", { email: "lonely@example.org", name: "Lonely", role: "partner" });
      expect(partner.statusCode).toBe(400);
      expect(partner.json().error.details[0].field).toBe("organizationId");
      const mails = await t.database.db.selectFrom("mail_messages").select("id").where("recipient", "in", ["lonely@example.org"]).execute();
      expect(mails).toEqual([]);
    });
  });
}
