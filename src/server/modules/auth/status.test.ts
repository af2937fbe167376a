import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWorldApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";

for (const dialect of DIALECTS) {
  describe(`session status on ${dialect}`, () => {
    let t: Awaited<ReturnType<typeof createWorldApp>>;
    beforeAll(async () => {
      t = await createWorldApp(dialect);
    });
    afterAll(() => t.close());

    it("answers an anonymous caller 200 with signedIn false rather than a 401", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/v1/auth/status" });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ signedIn: false });
      const expired = await t.app.inject({ method: "GET", url: "/api/v1/auth/status", cookies: { convene_session: "no-such-session" } });
      expect(expired.json()).toEqual({ signedIn: false });
    });

    it("gives a signed-in caller its user, as the session does", async () => {
      const status = (await t.as("coordinator").get("/api/v1/auth/status")).json();
      const session = (await t.as("coordinator").get("/api/v1/auth/session")).json();
      expect(status).toEqual({ signedIn: true, ...session });
      expect(status.user.role).toBe("coordinator");
    });
  });
}
