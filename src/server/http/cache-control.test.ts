import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientFor, createWorldApp } from "../../../test/support/app.js";
import { signInSession } from "../../../test/support/sessions.js";
import { TEST_PASSWORD } from "../../../test/support/factories.js";

describe("what browsers and proxies may keep", () => {
  let t: Awaited<ReturnType<typeof createWorldApp>>;
  beforeAll(async () => {
    t = await createWorldApp("sqlite");
  });
  afterAll(() => t.close());

  it("an answer naming people is never stored, read with a token or a session, as JSON or as a file", async () => {
    const contacts = `/api/v1/organizations/${t.world.organizations.ownMember.id}/contacts`;
    const session = await signInSession(t.app, t.world.users.admin.email, TEST_PASSWORD);
    const answers = [
      await t.as("admin").get(contacts),
      await session.get(contacts),
      await session.get("/api/v1/auth/session"),
      await t.as("admin").get("/api/v1/users"),
      await t.as("admin").get("/api/v1/exports/registry?format=csv&entity=contacts"),
    ];
    for (const answer of answers) {
      expect(answer.statusCode).toBe(200);
      expect(answer.headers["cache-control"]).toBe("no-store");
    }
    expect(answers[0]?.body).toContain("own@example.org");
  });

  it("refusals, errors and unknown API paths are not stored either", async () => {
    const answers = [
      await clientFor(t.app, null).get("/api/v1/users"),
      await t.as("partner").get("/api/v1/users"),
      await t.as("admin").get("/api/v1/partnerships/not-an-id"),
      await t.as("admin").get("/api/v1/no-such-thing"),
      await t.app.inject({ method: "POST", url: "/api/v1/auth/login", headers: { "content-type": "application/json" }, payload: "{" }),
    ];
    expect(answers.map((answer) => answer.statusCode)).toEqual([401, 403, 400, 404, 400]);
    for (const answer of answers) expect(answer.headers["cache-control"]).toBe("no-store");
  });

  it("the health check and the API's description carry nobody's data and may be kept if checked again", async () => {
    for (const url of ["/api/health", "/api/openapi.json"]) {
      const answer = await t.app.inject({ method: "GET", url });
      expect(answer.statusCode).toBe(200);
      expect(answer.headers["cache-control"]).toBe("no-cache");
    }
  });
});
