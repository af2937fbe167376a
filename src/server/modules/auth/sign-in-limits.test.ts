import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_WAIT_MS } from "../../../domain/sign-in/throttle.js";
import { createTestApp, type TestApp } from "../../../../test/support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { buildUser, TEST_PASSWORD } from "../../../../test/support/factories.js";

const PER_EMAIL = 3;
const PER_ADDRESS = 6;

/** Two instances of the app on one database, as behind a load balancer. */
async function twoInstances(dialect: (typeof DIALECTS)[number], env: NodeJS.ProcessEnv) {
  const dir = dialect === "sqlite" ? mkdtempSync(join(tmpdir(), "convene-sign-in-")) : null;
  const database: TestDatabase = await createTestDatabase(dialect, dir ? { sqliteFile: join(dir, "shared.sqlite") } : {});
  const settings = {
    CONVENE_LOGIN_MAX_ATTEMPTS: String(PER_EMAIL),
    CONVENE_LOGIN_MAX_ATTEMPTS_PER_ADDRESS: String(PER_ADDRESS),
    CONVENE_LOGIN_WINDOW_MINUTES: "15",
    ...env,
  };
  const instances: [TestApp, TestApp] = [
    await createTestApp(dialect, settings, database),
    await createTestApp(dialect, settings, database),
  ];
  return {
    database,
    instances,
    close: async () => {
      for (const instance of instances) await instance.close();
      await database.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

type Shared = Awaited<ReturnType<typeof twoInstances>>;

/** A sign-in on instance `index % 2`, from a client address given as the socket's or in X-Forwarded-For. */
function signIn(shared: Shared, index: number, email: string, password: string, from: Partial<InjectOptions> = {}) {
  const instance = shared.instances[index % 2] ?? shared.instances[0];
  return instance.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password }, ...from });
}

async function failuresCounted(shared: Shared, key: string): Promise<number> {
  const row = await shared.database.db.selectFrom("rate_limits").select("count").where("key", "=", key).executeTakeFirst();
  return Number(row?.count ?? 0);
}

for (const dialect of DIALECTS) {
  describe(`sign-in limits shared by two instances on ${dialect}`, () => {
    let shared: Shared;
    beforeAll(async () => {
      shared = await twoInstances(dialect, {});
    });
    afterAll(() => shared.close());

    it("lets the right password in after many wrong ones from anywhere, on either instance, only slowed down", async () => {
      const user = await buildUser(shared.database.db, { role: "partner" });
      for (let attempt = 0; attempt < PER_EMAIL; attempt += 1) {
        const wrong = await signIn(shared, attempt, user.email, `wrong password ${attempt}`, {
          remoteAddress: `198.51.100.${attempt + 1}`,
        });
        expect(wrong.statusCode, `attempt ${attempt}`).toBe(401);
        expect(wrong.json().error.code).toBe("invalid_credentials");
      }
      expect(await failuresCounted(shared, `sign-in:email:${user.email}`)).toBe(PER_EMAIL);
      for (const index of [0, 1]) {
        const started = performance.now();
        const right = await signIn(shared, index, user.email, TEST_PASSWORD, { remoteAddress: "203.0.113.7" });
        expect(right.statusCode, right.body).toBe(200);
        // Held back before the check, as a wrong password would be: the wait says nothing about the password.
        expect(performance.now() - started).toBeGreaterThanOrEqual(FIRST_WAIT_MS - 20);
      }
      expect(await failuresCounted(shared, `sign-in:email:${user.email}`)).toBe(PER_EMAIL);
    });

    it("does not count successful sign-ins, however many, against the email or the client address", async () => {
      const user = await buildUser(shared.database.db, { role: "coordinator" });
      for (let attempt = 0; attempt < PER_ADDRESS * 2; attempt += 1) {
        const res = await signIn(shared, attempt, user.email, TEST_PASSWORD, { remoteAddress: "192.0.2.10" });
        expect(res.statusCode, `sign-in ${attempt}`).toBe(200);
      }
      expect(await failuresCounted(shared, `sign-in:email:${user.email}`)).toBe(0);
      expect(await failuresCounted(shared, "sign-in:address:192.0.2.10")).toBe(0);
    });

    it("counts an unknown email address like a known one with a wrong password", async () => {
      const user = await buildUser(shared.database.db, { role: "partner" });
      const known = await signIn(shared, 0, user.email, "not the password at all", { remoteAddress: "192.0.2.20" });
      const unknown = await signIn(shared, 1, "nobody-here@example.org", "not the password at all", { remoteAddress: "192.0.2.20" });
      expect(known.statusCode).toBe(401);
      expect(unknown.json()).toEqual(known.json());
      expect(await failuresCounted(shared, `sign-in:email:${user.email}`)).toBe(1);
      expect(await failuresCounted(shared, "sign-in:email:nobody-here@example.org")).toBe(1);
      expect(await failuresCounted(shared, "sign-in:address:192.0.2.20")).toBe(2);
    });
  });

  for (const trustProxy of [false, true]) {
    describe(`password spraying on ${dialect}, ${trustProxy ? "behind a trusted proxy" : "without a trusted proxy"}`, () => {
      let shared: Shared;
      beforeAll(async () => {
        shared = await twoInstances(dialect, { CONVENE_TRUST_PROXY: trustProxy ? "1" : "0" });
      });
      afterAll(() => shared.close());

      /** A request from `client`: through the proxy at 10.0.0.1 when trusted, else straight from its socket. */
      const from = (client: string, sent: string = client): Partial<InjectOptions> =>
        trustProxy ? { remoteAddress: "10.0.0.1", headers: { "x-forwarded-for": sent } } : { remoteAddress: client };

      it("refuses a client trying many email addresses with 429 and Retry-After, on both instances, and nobody else", async () => {
        const user = await buildUser(shared.database.db, { role: "partner" });
        for (let attempt = 0; attempt < PER_ADDRESS; attempt += 1) {
          const res = await signIn(shared, attempt, `target-${attempt}@example.org`, "Summer2026!!", from("198.51.100.66"));
          expect(res.statusCode, `attempt ${attempt}`).toBe(401);
        }
        for (const index of [0, 1]) {
          const refused = await signIn(shared, index, `target-more-${index}@example.org`, "Summer2026!!", from("198.51.100.66"));
          expect(refused.statusCode).toBe(429);
          expect(refused.json().error.code).toBe("rate_limited");
          expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
          expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(15 * 60);
        }
        // Even the right password: the client could otherwise keep trying until one answers 200.
        expect((await signIn(shared, 0, user.email, TEST_PASSWORD, from("198.51.100.66"))).statusCode).toBe(429);
        // Refused attempts did not count against the accounts they named.
        expect(await failuresCounted(shared, `sign-in:email:${user.email}`)).toBe(0);
        expect((await signIn(shared, 1, user.email, TEST_PASSWORD, from("203.0.113.99"))).statusCode).toBe(200);
      });

      it(
        trustProxy
          ? "takes the client address from the address the proxy added, not from what the client sent"
          : "ignores X-Forwarded-For: the client address is the connection's",
        async () => {
          const spoofed = (attempt: number): Partial<InjectOptions> =>
            trustProxy
              ? from("198.51.100.77", `192.0.2.${attempt + 1}, 198.51.100.77`)
              : { remoteAddress: "198.51.100.77", headers: { "x-forwarded-for": `192.0.2.${attempt + 1}` } };
          const answers: number[] = [];
          for (let attempt = 0; attempt <= PER_ADDRESS; attempt += 1) {
            answers.push((await signIn(shared, attempt, `spoof-${attempt}@example.org`, "Summer2026!!", spoofed(attempt))).statusCode);
          }
          expect(answers).toEqual([...Array.from({ length: PER_ADDRESS }, () => 401), 429]);
          expect(await failuresCounted(shared, "sign-in:address:198.51.100.77")).toBe(PER_ADDRESS + 1);
          if (trustProxy) {
            // A different client behind the same proxy is not refused.
            const other = await signIn(shared, 0, "spoof-other@example.org", "Summer2026!!", from("198.51.100.78"));
            expect(other.statusCode).toBe(401);
          }
        },
      );
    });
  }
}
