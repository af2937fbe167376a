import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { FastifyInstance } from "fastify";
import { testConfig } from "../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../test/support/databases.js";
import { buildApp } from "../app.js";
import { MAX_PARAM_LENGTH } from "./errors.js";
import { newId, now } from "../ids.js";

for (const dialect of DIALECTS) {
  describe(`error mapping on ${dialect}`, () => {
    let t: { app: FastifyInstance; database: TestDatabase };
    beforeAll(async () => {
      const database = await createTestDatabase(dialect);
      t = { app: await buildApp(testConfig(), database), database };
      // A route that trips the unique constraint directly, as a lost race between two requests would.
      t.app.get("/api/test/duplicate", async () => {
        const row = { id: newId(), code: "DUP", name: "Duplicate", description: null, created_at: now(), updated_at: now() };
        await t.database.db.insertInto("programs").values(row).execute();
        await t.database.db
          .insertInto("programs")
          .values({ ...row, id: newId() })
          .execute();
        return {};
      });
      t.app.get("/api/test/crash", async () => {
        throw new Error("select secret from users -- internal detail");
      });
      await t.app.ready();
    });
    afterAll(async () => {
      await t.app.close();
      await t.database.close();
    });

    it("answers a unique-constraint race with 409 and no SQL", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/test/duplicate" });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe("conflict");
      expect(res.body).not.toMatch(/insert|constraint|programs/i);
    });

    it("answers an unexpected error with 500 and a safe message", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/test/crash" });
      expect(res.statusCode).toBe(500);
      expect(res.json()).toEqual({ error: { code: "internal_error", message: expect.any(String) } });
      expect(res.body).not.toMatch(/secret|select/i);
    });

    it("answers an unknown API route with the JSON error shape", async () => {
      const res = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe("not_found");
    });

    it("lets a route's schema judge a long path parameter, and answers one past the router's limit in the same shape and language", async () => {
      const key = (length: number) => `/api/v1/action-suggestions/${"k".repeat(length)}`;
      const french = { "accept-language": "fr" };
      // Signed out: a parameter within the router's limit reaches the route, which asks to sign in.
      expect((await t.app.inject({ method: "DELETE", url: key(101), headers: french })).statusCode).toBe(401);
      const tooLong = await t.app.inject({ method: "DELETE", url: key(MAX_PARAM_LENGTH + 1), headers: french });
      expect(tooLong.statusCode).toBe(414);
      expect(tooLong.json()).toEqual({ error: { code: "uri_too_long", message: "Une partie de l'adresse de la requête est trop longue" } });
      const badUrl = await t.app.inject({ method: "GET", url: "/api/v1/programs/%E0%A4%A", headers: french });
      expect(badUrl.statusCode).toBe(400);
      expect(badUrl.json()).toEqual({ error: { code: "validation_failed", message: "La requête est mal formée" } });
    });
  });
}
