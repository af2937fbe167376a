// Requests generated from the OpenAPI document (every operation, every path and query parameter,
// bodies of wrong types, with extra fields, too long, with control and bidirectional characters in
// names, malformed or not UTF-8, of another content type, malformed multipart) sent as nobody, a
// forged token, every role's token and three roles' browser sessions. Two things must hold for each:
// the server never answers 5xx, and a refused request (4xx) changes nothing — every table's rows
// are fingerprinted after every request and compared with the fingerprint before it.
//
// FUZZ_RUNS (default 3000 on SQLite, a third of it on PostgreSQL) and FUZZ_SEED choose how many and
// which; a failure prints the seed and each distinct failure with one request that shows it.
import fc from "fast-check";
import type { LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../support/app.js";
import { DIALECTS } from "../support/databases.js";
import { buildWorld } from "../support/factories.js";
import { SECURITY_ACTIONS } from "../../src/contracts/audit.js";
import { changedTables, fingerprinter, tablesOf, type Ignored, type IgnoredRows } from "../support/fingerprint.js";
import { idPool, worldCallers, type Callers } from "../support/fuzz/callers.js";
import { MUST_BE_REFUSED, type BodyClass } from "../support/fuzz/bodies.js";
import { fuzzRequests, routesOf, type FuzzRequest, type OpenApiDocument, type Route } from "../support/fuzz/requests.js";
import { describeRequest, injectOptionsOf } from "../support/fuzz/send.js";

const RUNS = Number(process.env.FUZZ_RUNS ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_201);
const BATCH = 100;

/**
 * What a refused request may change: counters of sign-in and reset attempts, and when a session or
 * a token was last used (a caller is recognized before the request is refused).
 */
const CHANGES_ALLOWED_ON_REFUSAL: Ignored = {
  rate_limits: ["*"],
  sessions: ["last_seen_at", "expires_at"],
  api_tokens: ["last_used_at"],
};

/** A refusal is itself a security event (a refused write, a failed sign-in): the audit trail records it, and nothing else may change. */
const ROWS_ALLOWED_ON_REFUSAL: IgnoredRows = { audit_events: { column: "action", values: SECURITY_ACTIONS } };

type Failure = {
  kind: "server error" | "accepted" | "changed on refusal" | "send failed";
  request: FuzzRequest;
  status: number;
  detail: string;
  example: string;
};

function errorCodeOf(response: LightMyRequestResponse): string {
  try {
    return String(response.json<{ error?: { code?: string } }>().error?.code ?? "");
  } catch {
    return "";
  }
}

function signature(failure: Failure): string {
  return `${failure.kind}: ${failure.request.route.method} ${failure.request.route.path}, ${failure.request.bodyClass} body → ${failure.status} ${failure.detail}`;
}

async function fuzz(t: TestApp, callers: Callers, routes: Route[], runs: number, seed: number) {
  const tables = await tablesOf(t.database);
  const take = fingerprinter(t.database, tables, CHANGES_ALLOWED_ON_REFUSAL, ROWS_ALLOWED_ON_REFUSAL);
  const arbitrary = fuzzRequests(
    routes,
    callers.list.map((caller) => caller.weight),
  );
  const failures: Failure[] = [];
  const classes = new Map<BodyClass, number>();
  const statuses = new Map<number, number>();
  for (let batch = 0; batch * BATCH < runs; batch += 1) {
    await callers.restore();
    const pool = await idPool(t.database, tables);
    let before = await take();
    const requests = fc.sample(arbitrary, { seed: seed + batch, numRuns: Math.min(BATCH, runs - batch * BATCH) });
    for (const request of requests) {
      const caller = callers.list[request.who] ?? callers.list[0];
      if (!caller) throw new Error("no callers");
      const options = injectOptionsOf(request, pool, caller);
      const example = describeRequest(request, options, caller);
      classes.set(request.bodyClass, (classes.get(request.bodyClass) ?? 0) + 1);
      let response: LightMyRequestResponse;
      try {
        response = await t.app.inject(options);
      } catch (error) {
        failures.push({ kind: "send failed", request, status: 0, detail: String(error), example });
        continue;
      }
      const status = response.statusCode;
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const after = await take();
      if (status >= 500) failures.push({ kind: "server error", request, status, detail: errorCodeOf(response), example });
      else if (status < 400 && MUST_BE_REFUSED.has(request.bodyClass))
        failures.push({ kind: "accepted", request, status, detail: "", example });
      else if (status >= 400) {
        const changed = changedTables(before, after);
        if (changed.length > 0)
          failures.push({
            kind: "changed on refusal",
            request,
            status,
            detail: `${errorCodeOf(response)} changed ${changed.join(", ")}`,
            example,
          });
      }
      before = after;
    }
  }
  return { failures, classes, statuses };
}

function summary(failures: Failure[]): string[] {
  const distinct = new Map<string, { count: number; example: string }>();
  for (const failure of failures) {
    const key = signature(failure);
    const seen = distinct.get(key);
    distinct.set(key, { count: (seen?.count ?? 0) + 1, example: seen?.example ?? failure.example });
  }
  return [...distinct.entries()].sort().map(([key, { count, example }]) => `${key} (×${count}), e.g. ${example}`);
}

for (const dialect of DIALECTS) {
  describe(`fuzzing the API from its OpenAPI document (${dialect})`, () => {
    const runs = dialect === "sqlite" ? RUNS : Math.ceil(RUNS / 3);
    let t: TestApp;
    let callers: Callers;
    let routes: Route[];
    beforeAll(async () => {
      t = await createTestApp(dialect);
      const world = await buildWorld(t.database.db);
      callers = await worldCallers(t.app, t.database, world, t.config.sessionDays);
      routes = routesOf((await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json<OpenApiDocument>());
    });
    afterAll(() => t.close());

    it("a fingerprint tells a changed row from an unchanged database, and overlooks only what a refusal may change", async () => {
      const tables = await tablesOf(t.database);
      expect(tables).toEqual(expect.arrayContaining(["users", "organizations", "audit_events", "sessions", "rate_limits"]));
      const take = fingerprinter(t.database, tables, CHANGES_ALLOWED_ON_REFUSAL, ROWS_ALLOWED_ON_REFUSAL);
      const db = t.database.db;
      const first = await take();
      expect(changedTables(first, await take())).toEqual([]);
      await db.updateTable("sessions").set({ last_seen_at: new Date().toISOString() }).execute();
      await db.insertInto("rate_limits").values({ key: "fingerprint-test", count: 1, reset_at: new Date().toISOString() }).execute();
      expect(changedTables(first, await take())).toEqual([]);
      const organization = await db.selectFrom("organizations").select(["id", "notes"]).executeTakeFirstOrThrow();
      await db.updateTable("organizations").set({ notes: "changed" }).where("id", "=", organization.id).execute();
      expect(changedTables(first, await take())).toEqual(["organizations (4 → 4 rows)"]);
      await db.updateTable("organizations").set({ notes: organization.notes }).where("id", "=", organization.id).execute();
      await db.deleteFrom("rate_limits").where("key", "=", "fingerprint-test").execute();
      expect(changedTables(first, await take())).toEqual([]);
    });

    it(
      `${runs} generated requests: no 5xx, and no refused request changes a table`,
      async () => {
        expect(routes.length).toBeGreaterThan(60);
        const { failures, classes, statuses } = await fuzz(t, callers, routes, runs, SEED);
        const report = [`FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`, ...summary(failures)];
        if (process.env.FUZZ_REPORT) {
          console.log(
            [...report, `classes: ${JSON.stringify([...classes])}`, `statuses: ${JSON.stringify([...statuses].sort())}`].join("\n"),
          );
        }
        expect(failures.length === 0 ? [] : report).toEqual([]);
        // A run of some length reaches what it means to test: refusals of every class, and successes.
        if (runs >= 500) for (const bodyClass of MUST_BE_REFUSED) expect(classes.get(bodyClass) ?? 0, bodyClass).toBeGreaterThan(0);
        expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
      },
      Math.max(180_000, runs * (dialect === "sqlite" ? 80 : 200)),
    );
  });
}
