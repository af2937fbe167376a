// Tokens are never enumerable: every link that cannot be used answers the same 404, byte for byte, on
// each of the three routes, and guessing from one address is refused with 429 and Retry-After.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InjectOptions } from "fastify";
import { createTestApp, type TestApp } from "../../../../test/support/app.js";
import { DIALECTS } from "../../../../test/support/databases.js";
import { buildRespondent, buildSurveyScene, dayFromToday } from "../../../../test/support/survey-response-factories.js";
import { randomToken } from "../../crypto.js";

type Route = (token: string) => InjectOptions;
const ROUTES: Record<string, Route> = {
  form: (token) => ({ method: "GET", url: `/api/v1/responses/${token}` }),
  save: (token) => ({ method: "PUT", url: `/api/v1/responses/${token}`, payload: { answers: { trust: 4 } } }),
  submit: (token) => ({ method: "POST", url: `/api/v1/responses/${token}/submit`, payload: { answers: { trust: 4, goals: "fully" } } }),
};

for (const dialect of DIALECTS) {
  describe(`personal link tokens (${dialect})`, () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp(dialect);
    });
    afterAll(() => t.close());

    it("answers an unknown, malformed, expired, revoked, closed or not yet open link with the same 404 on every route", async () => {
      const db = t.database.db;
      const open = await buildSurveyScene(db);
      const closedEarly = await buildSurveyScene(db, { closedAt: new Date().toISOString() });
      const pastClose = await buildSurveyScene(db, { opensOn: dayFromToday(-20), closesOn: dayFromToday(-1) });
      const notYetOpen = await buildSurveyScene(db, { opensOn: dayFromToday(2), closesOn: dayFromToday(20) });
      const tokens: Record<string, string> = {
        unknown: randomToken(),
        malformed: "%E2%80%AE..%2F' or 1=1 --",
        // Longer than any token; past the router's 256 characters every address is refused alike (414) before any route.
        "far too long": "x".repeat(100),
        expired: (await buildRespondent(db, open, { expiresAt: new Date(Date.now() - 1000).toISOString() })).token,
        revoked: (await buildRespondent(db, open, { revokedAt: new Date().toISOString() })).token,
        "closed early": (await buildRespondent(db, closedEarly)).token,
        "past its closing day": (await buildRespondent(db, pastClose)).token,
        "not yet open": (await buildRespondent(db, notYetOpen)).token,
      };
      const working = (await buildRespondent(db, open)).token;
      for (const [name, route] of Object.entries(ROUTES)) {
        const answers = new Map<string, string>();
        for (const [why, token] of Object.entries(tokens)) {
          const response = await t.app.inject({ ...route(token), remoteAddress: `10.2.0.${answers.size + 1}` });
          expect(response.statusCode, `${name}: ${why}`).toBe(404);
          answers.set(why, `${response.headers["content-type"]} ${response.body}`);
        }
        expect(new Set(answers.values()).size, name).toBe(1);
        expect(JSON.parse(answers.get("unknown")?.split(" ").slice(2).join(" ") ?? "{}")).toEqual({
          error: {
            code: "not_found",
            message:
              "This survey link does not work: it may have been mistyped, replaced by a newer one or withdrawn, or the survey is not open.",
          },
        });
        expect((await t.app.inject({ ...route(working), remoteAddress: "10.2.1.1" })).statusCode, name).toBe(200);
      }
      // Nothing was saved through any of them.
      const saved = await db.selectFrom("survey_responses").select("respondent_id").execute();
      expect(saved).toHaveLength(1);
    });

    it("refuses guessing from one address with 429 and Retry-After, a working link included, and never counts a working link's saves", async () => {
      const strict = await createTestApp(dialect, { CONVENE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: "3" }, t.database);
      try {
        const scene = await buildSurveyScene(t.database.db);
        const respondent = await buildRespondent(t.database.db, scene);
        const from = (remoteAddress: string, options: InjectOptions) => strict.app.inject({ ...options, remoteAddress });
        // A respondent saving answer after answer is never limited.
        for (let value = 1; value <= 5; value += 1) {
          const saved = await from("10.3.0.1", { ...ROUTES.save?.(respondent.token), payload: { answers: { trust: value } } });
          expect(saved.statusCode).toBe(200);
        }
        for (let guess = 0; guess < 3; guess += 1) {
          expect((await from("10.3.0.1", ROUTES.form?.(randomToken()) ?? {})).statusCode).toBe(404);
        }
        for (const route of Object.values(ROUTES)) {
          const limited = await from("10.3.0.1", route(randomToken()));
          expect(limited.statusCode).toBe(429);
          expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
          expect(limited.json().error.code).toBe("rate_limited");
        }
        expect((await from("10.3.0.1", ROUTES.form?.(respondent.token) ?? {})).statusCode).toBe(429);
        // Another address is not held back.
        expect((await from("10.3.0.2", ROUTES.form?.(respondent.token) ?? {})).statusCode).toBe(200);
        const french = await from("10.3.0.1", { ...ROUTES.form?.(randomToken()), headers: { "accept-language": "fr" } });
        expect(french.json().error.message).toMatch(
          /^Trop de liens d’enquête essayés depuis cette adresse\. Réessayez dans \d+\u00a0minutes?\.$/,
        );
      } finally {
        await strict.app.close();
      }
    });
  });
}
