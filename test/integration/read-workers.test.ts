import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Worker } from "node:worker_threads";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LightMyRequestResponse } from "fastify";
import { REPORT_DIMENSIONS } from "../../src/contracts/reports.js";
import { OPERATOR } from "../../src/server/actor.js";
import { openDatabase, type Database } from "../../src/server/db/database.js";
import { DEFAULT_READ_WORKERS } from "../../src/server/db/read-workers.js";
import { readXlsx } from "../../src/server/files/xlsx.js";
import { typologyReport } from "../../src/server/modules/reports/service.js";
import { clientFor, createTestApp, type TestApp } from "../support/app.js";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../support/databases.js";
import { buildMembership, buildOrganization, buildPartnership, buildWorld, type World } from "../support/factories.js";
import { buildInvolvementRecord } from "../support/involvement-factories.js";

const collaboration = { shared_decision_making: true, responsible_implementation: true, reporting_results: true };
const coordination = { coordinated_activities: true, proposal_copy: false };

/** What the pages that read off the main connection answer, per caller: reports, exports, the attention list, the audit trail as CSV. */
function readRequests(): Array<[keyof World["tokens"], string]> {
  const urls = [
    ...REPORT_DIMENSIONS.flatMap((by) =>
      ["lead", "partner"].map((perspective) => `/api/v1/reports/typology?by=${by}&perspective=${perspective}`),
    ),
    "/api/v1/reports/typology?by=program&perspective=lead&round=final",
    "/api/v1/reports/typology?by=sector&perspective=lead&format=csv",
    "/api/v1/reports/involvement",
    "/api/v1/reports/involvement?format=csv",
    ...["organizations", "contacts", "partnerships", "memberships"].map((entity) => `/api/v1/exports/registry?format=csv&entity=${entity}`),
    "/api/v1/exports/registry?format=xlsx",
    "/api/v1/attention",
    // The changes only: each download of the trail is itself recorded, so the two apps' downloads differ by the other's.
    "/api/v1/audit-events.csv?action=create",
  ];
  const callers: Array<keyof World["tokens"]> = ["admin", "programOfficer", "coordinator", "partner"];
  return callers.flatMap((caller) => urls.map((url): [keyof World["tokens"], string] => [caller, url]));
}

async function bodyOf(response: LightMyRequestResponse): Promise<unknown> {
  const type = String(response.headers["content-type"] ?? "");
  if (type.includes("spreadsheetml")) return readXlsx(response.rawPayload);
  return type.includes("json") ? response.json() : response.body;
}

for (const dialect of DIALECTS) {
  describe(`long reads off the event loop on ${dialect}`, () => {
    let dir: string;
    let database: TestDatabase;
    // The same database read the other way: on SQLite a second connection to the file without workers.
    let mainPath: Database;
    let t: TestApp;
    let main: TestApp;
    let world: World;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), "convene-read-workers-"));
      database = await createTestDatabase(dialect, { sqliteFile: join(dir, "convene.sqlite") });
      mainPath =
        dialect === "sqlite"
          ? openDatabase({ dialect: "sqlite", file: join(dir, "convene.sqlite"), readWorkers: 0 })
          : openDatabase({ dialect: "postgres", url: database.url ?? "", poolSize: 2, schema: database.schema ?? "" });
      t = await createTestApp(dialect, {}, database);
      main = await createTestApp(dialect, {}, { ...mainPath, url: database.url, schema: database.schema });
      const db = database.db;
      world = await buildWorld(db);
      const police = await buildOrganization(db, { sector: "police" });
      const policeMember = await buildMembership(db, world.partnerships.own.id, police.id);
      await buildInvolvementRecord(db, world.memberships.own.id, { perspective: "lead", answers: collaboration });
      await buildInvolvementRecord(db, world.memberships.own.id, { perspective: "partner", answers: coordination });
      await buildInvolvementRecord(db, policeMember.id, { perspective: "lead", answers: coordination });
      await buildInvolvementRecord(db, policeMember.id, { perspective: "lead", round: "final", answers: collaboration });
      await buildInvolvementRecord(db, world.memberships.foreign.id, { perspective: "partner", answers: { proposal_copy: true } });
      await buildPartnership(db, { programId: world.programs.own.id, name: "Partnership Without Records", region: "Québec" });
    });
    afterAll(async () => {
      await main.close();
      await mainPath.close();
      await t.close();
      await database.close();
      rmSync(dir, { recursive: true, force: true });
    });

    it(dialect === "sqlite" ? "reads on worker threads from a database file" : "reads through the same pool as everything else", () => {
      expect(database.readWorkers === null).toBe(dialect !== "sqlite");
      expect(mainPath.readWorkers).toBeNull();
    });

    it("refuses to write through the read database, whichever connection is behind it", async () => {
      for (const readDb of [database.readDb, mainPath.readDb]) {
        await expect(readDb.deleteFrom("programs").execute()).rejects.toThrow(/only reads/);
        await expect(readDb.updateTable("programs").set({ name: "Renamed" }).execute()).rejects.toThrow(/only reads/);
      }
      expect(await database.db.selectFrom("programs").select("id").execute()).toHaveLength(2);
    });

    it("answers every report, export and summary exactly as the main connection does, for every caller", async () => {
      for (const [caller, url] of readRequests()) {
        const [viaRead, viaMain] = await Promise.all([
          clientFor(t.app, world.tokens[caller]).get(url),
          clientFor(main.app, world.tokens[caller]).get(url),
        ]);
        expect(viaRead.statusCode, `${caller} ${url}: ${viaRead.body.slice(0, 300)}`).toBe(viaMain.statusCode);
        expect([200, 403]).toContain(viaRead.statusCode);
        expect(await bodyOf(viaRead), `${caller} ${url}`).toEqual(await bodyOf(viaMain));
      }
      const report = await clientFor(t.app, world.tokens.admin).get("/api/v1/reports/typology?by=program&perspective=lead");
      expect(report.json()).toMatchObject({ total: { total: 2 }, partnershipsWithoutRecords: 2 });
      if (dialect === "sqlite") expect(database.readWorkers?.threads().length).toBeGreaterThan(0);
    });

    it("sees committed data only: a write still in its transaction is not in the report", async () => {
      const query = { by: "program", perspective: "lead", round: "baseline" } as const;
      const before = await typologyReport(database.readDb, OPERATOR, query);
      const during = await database.db.transaction().execute(async (trx) => {
        await buildInvolvementRecord(trx, world.memberships.foreign.id, { perspective: "lead", answers: collaboration });
        return typologyReport(database.readDb, OPERATOR, query);
      });
      expect(during).toEqual(before);
      const after = await typologyReport(database.readDb, OPERATOR, query);
      expect(after.total.total).toBe(before.total.total + 1);
      expect(after).toEqual(await typologyReport(database.db, OPERATOR, query));
    });

    it("answers a statement that fails with an error, and the next report normally", async () => {
      const admin = clientFor(t.app, world.tokens.admin);
      const url = "/api/v1/reports/typology?by=region&perspective=lead";
      const good = await admin.get(url);
      expect(good.statusCode).toBe(200);
      await sql`alter table involvement_records rename to involvement_records_away`.execute(database.db);
      try {
        const failed = await admin.get(url);
        expect(failed.statusCode).toBe(500);
        expect(failed.json()).toMatchObject({ error: { code: "internal_error" } });
        expect(failed.body).not.toContain("involvement_records");
        expect((await t.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      } finally {
        await sql`alter table involvement_records_away rename to involvement_records`.execute(database.db);
      }
      const again = await admin.get(url);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(good.json());
    });

    if (dialect !== "sqlite") return;

    it("refuses a write even in raw SQL on the read connections of a file", async () => {
      await expect(sql`delete from programs`.execute(database.readDb)).rejects.toThrow(/readonly/);
      expect(await database.db.selectFrom("programs").select("id").execute()).toHaveLength(2);
    });

    it("answers a report whose worker dies with an error, and the next one from a new worker", async () => {
      const admin = clientFor(t.app, world.tokens.admin);
      const url = "/api/v1/reports/typology?by=partnership&perspective=lead";
      const good = await admin.get(url);
      expect(good.statusCode).toBe(200);
      const threads = database.readWorkers?.threads() ?? [];
      expect(threads.length).toBeGreaterThan(0);
      // The first statement sent to any worker ends that worker's thread while the statement is under way.
      let crashed: Worker | null = null;
      for (const thread of threads) {
        const send = thread.postMessage.bind(thread);
        thread.postMessage = (message: unknown) => {
          send(message);
          if (crashed) return;
          crashed = thread;
          void thread.terminate();
        };
      }
      const failed = await admin.get(url);
      expect(failed.statusCode).toBe(500);
      expect(failed.json()).toMatchObject({ error: { code: "internal_error" } });
      expect(crashed).not.toBeNull();
      expect(database.readWorkers?.threads()).not.toContain(crashed);
      expect((await t.app.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      const again = await admin.get(url);
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual(good.json());
    });

    it(`runs at most ${DEFAULT_READ_WORKERS} workers, however many reports are asked for at once`, async () => {
      const admin = clientFor(t.app, world.tokens.admin);
      const answers = await Promise.all(
        Array.from({ length: 3 * DEFAULT_READ_WORKERS }, (_, i) =>
          admin.get(`/api/v1/reports/typology?by=${REPORT_DIMENSIONS[i % REPORT_DIMENSIONS.length]}&perspective=lead`),
        ),
      );
      expect(answers.map((answer) => answer.statusCode)).toEqual(answers.map(() => 200));
      expect(database.readWorkers?.threads()).toHaveLength(DEFAULT_READ_WORKERS);
    });

    it("ends its workers when closed, failing what was under way instead of hanging", async () => {
      const file = join(dir, "closing.sqlite");
      const closing = await createTestDatabase("sqlite", { sqliteFile: file });
      const app = await createTestApp("sqlite", {}, closing);
      await buildWorld(closing.db);
      expect((await clientFor(app.app, null).get("/api/v1/reports/typology?by=program&perspective=lead")).statusCode, "signed out").toBe(
        401,
      );
      await typologyReport(closing.readDb, OPERATOR, { by: "program", perspective: "lead", round: "baseline" });
      const threads = closing.readWorkers?.threads() ?? [];
      expect(threads).toHaveLength(1);
      const exited = threads.map((thread) => new Promise((resolve) => thread.once("exit", resolve)));
      // A statement under way when the workers close fails; its thread ends once SQLite is done with it.
      const long = sql`with recursive n(i) as (select 1 union all select i + 1 from n limit 300000) select count(*) from n`
        .execute(closing.readDb)
        .then(
          () => null,
          (error: unknown) => error,
        );
      // Handed to a worker within this turn of the event loop; SQLite needs far longer than one turn to answer.
      await new Promise((resolve) => setImmediate(resolve));
      await closing.close();
      await app.close();
      expect(await long).toEqual(new Error("The read workers are closed"));
      await Promise.all(exited);
      expect(closing.readWorkers?.threads()).toEqual([]);
      await expect(closing.readDb.selectFrom("programs").select("id").execute()).rejects.toThrow(/destroyed/);
    });
  });
}
