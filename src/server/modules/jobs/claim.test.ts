import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, DIALECTS, type TestDatabase } from "../../../../test/support/databases.js";
import { openDatabase, type Database } from "../../db/database.js";
import { queueMail, type Mailer } from "../mail/outbox.js";
import { claimJobs, finishJob } from "./repository.js";

const mailer: Mailer = { delivers: true, link: (path) => `http://127.0.0.1${path}`, wake: () => undefined };

async function queue(database: TestDatabase, count: number): Promise<void> {
  await database.db.transaction().execute(async (trx) => {
    for (let index = 0; index < count; index += 1) {
      await queueMail(trx, mailer, {
        to: `person${index}@example.org`,
        userId: null,
        language: "en",
        template: "passwordReset",
        params: { name: "Person", email: `person${index}@example.org`, count: 1, link: "http://127.0.0.1/" },
      });
    }
  });
}

for (const dialect of DIALECTS) {
  describe(`claiming jobs on ${dialect}`, () => {
    let first: TestDatabase;
    let second: Database;
    let folder: string | null = null;

    beforeAll(async () => {
      if (dialect === "sqlite") {
        folder = mkdtempSync(join(tmpdir(), "convene-claims-"));
        const file = join(folder, "claims.sqlite");
        first = await createTestDatabase("sqlite", { sqliteFile: file });
        second = openDatabase({ dialect: "sqlite", file });
      } else {
        first = await createTestDatabase("postgres");
        second = openDatabase({ dialect: "postgres", url: first.url ?? "", poolSize: 4, schema: first.schema ?? undefined });
      }
    });

    afterAll(async () => {
      await second.close();
      await first.close();
      if (folder) rmSync(folder, { recursive: true, force: true });
    });

    it("gives each due job to exactly one of many concurrent claims from two connections", async () => {
      await queue(first, 80);
      const handles = [first.db, second.db];
      const claimedBy = new Map<string, string[]>();
      let round = 0;
      for (;;) {
        round += 1;
        const batches = await Promise.all(
          Array.from({ length: 8 }, (_, index) =>
            claimJobs(handles[index % 2] ?? first.db, dialect, "mail_messages", {
              workerId: `worker-${round}-${index}`,
              limit: 3,
              leaseMs: 60_000,
              at: new Date(),
            }),
          ),
        );
        const taken = batches.flat();
        if (taken.length === 0) break;
        for (const row of taken) claimedBy.set(row.id, [...(claimedBy.get(row.id) ?? []), row.claimed_by ?? ""]);
      }
      expect(claimedBy.size).toBe(80);
      expect([...claimedBy.values()].filter((workers) => workers.length !== 1)).toEqual([]);
      const left = await first.db.selectFrom("mail_messages").select("id").where("status", "=", "queued").execute();
      expect(left).toEqual([]);
    });

    it("lets another worker take a job whose lease ran out, and refuses the first worker's late outcome", async () => {
      await first.db.deleteFrom("mail_messages").execute();
      await queue(first, 1);
      const [stale] = await claimJobs(first.db, dialect, "mail_messages", {
        workerId: "stalled",
        limit: 5,
        leaseMs: 60_000,
        at: new Date(),
      });
      expect(stale?.attempts).toBe(1);
      // The worker stalls for longer than its lease.
      await first.db
        .updateTable("mail_messages")
        .set({ claimed_until: new Date(Date.now() - 1000).toISOString() })
        .execute();
      const [retaken] = await claimJobs(second.db, dialect, "mail_messages", {
        workerId: "fresh",
        limit: 5,
        leaseMs: 60_000,
        at: new Date(),
      });
      expect(retaken?.id).toBe(stale?.id);
      expect(retaken?.attempts).toBe(2);
      expect(await finishJob(first.db, "mail_messages", stale?.id ?? "", "stalled", { kind: "done" })).toBe(false);
      expect(await finishJob(second.db, "mail_messages", stale?.id ?? "", "fresh", { kind: "done" })).toBe(true);
      const row = await first.db.selectFrom("mail_messages").selectAll().executeTakeFirstOrThrow();
      expect([row.status, row.claimed_by, row.claimed_until]).toEqual(["sent", null, null]);
    });

    it("does not take a job before its next attempt is due, nor one held without an SMTP server", async () => {
      await first.db.deleteFrom("mail_messages").execute();
      await queue(first, 1);
      await first.db
        .updateTable("mail_messages")
        .set({ next_attempt_at: new Date(Date.now() + 60_000).toISOString() })
        .execute();
      await queueMail(
        first.db,
        { ...mailer, delivers: false },
        {
          to: "held@example.org",
          userId: null,
          language: "en",
          template: "passwordReset",
          params: { name: "Held", email: "held@example.org", count: 1, link: "http://127.0.0.1/" },
        },
      );
      const taken = await claimJobs(first.db, dialect, "mail_messages", { workerId: "w", limit: 5, leaseMs: 60_000, at: new Date() });
      expect(taken).toEqual([]);
    });
  });
}
