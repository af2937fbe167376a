// Claiming work from a queue table in the database, for any kind of job (mail now; reminders and
// surveys next). A claim is one atomic UPDATE: the rows it takes are marked with the worker's id
// and a lease, so two instances never take the same row, and a row whose worker stopped mid-way
// becomes claimable again once its lease has run out. Nothing is locked in memory.
import { sql, type Kysely, type Selectable } from "kysely";
import type { DialectName } from "../../db/database.js";
import type { DB, JobColumns } from "../../db/schema.js";

/** The tables that hold jobs: those with the job columns. */
export type JobTable = { [K in keyof DB]: DB[K] extends JobColumns ? K : never }[keyof DB];

export const JOB_STATUS = { queued: "queued", claimed: "sending", done: "sent", failed: "failed" } as const;

// Every job table has the same columns, so the queries are written once against this shape.
type Jobs = { jobs: JobColumns };
function asJobs(db: Kysely<DB>, table: JobTable): { jobs: Kysely<Jobs>; name: "jobs" } {
  return { jobs: db as unknown as Kysely<Jobs>, name: table as unknown as "jobs" };
}

export type Claim = { workerId: string; limit: number; leaseMs: number; at: Date };

/**
 * Takes up to `limit` due jobs for this worker: queued ones whose time has come, and claimed ones
 * whose lease has run out. On PostgreSQL the candidates are locked with SKIP LOCKED, so concurrent
 * claims pass each other instead of waiting; the outer condition is checked again on the locked row.
 * On SQLite the single UPDATE … RETURNING is atomic by itself (one writer at a time).
 * Each claim counts as an attempt.
 */
export async function claimJobs<T extends JobTable>(
  db: Kysely<DB>,
  dialect: DialectName,
  table: T,
  claim: Claim,
): Promise<Selectable<DB[T]>[]> {
  const { jobs, name } = asJobs(db, table);
  const at = claim.at.toISOString();
  const until = new Date(claim.at.getTime() + claim.leaseMs).toISOString();
  let candidates = jobs
    .selectFrom(name)
    .select("id")
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", JOB_STATUS.queued), eb("next_attempt_at", "<=", at)]),
        eb.and([eb("status", "=", JOB_STATUS.claimed), eb("claimed_until", "<", at)]),
      ]),
    )
    .orderBy("next_attempt_at")
    .orderBy("id")
    .limit(claim.limit);
  if (dialect === "postgres") candidates = candidates.forUpdate().skipLocked();
  const rows = await jobs
    .updateTable(name)
    .set({
      status: JOB_STATUS.claimed,
      claimed_by: claim.workerId,
      claimed_until: until,
      attempts: sql<number>`attempts + 1`,
    })
    .where("id", "in", candidates)
    .where((eb) =>
      eb.or([
        eb.and([eb("status", "=", JOB_STATUS.queued), eb("next_attempt_at", "<=", at)]),
        eb.and([eb("status", "=", JOB_STATUS.claimed), eb("claimed_until", "<", at)]),
      ]),
    )
    .returningAll()
    .execute();
  return rows as unknown as Selectable<DB[T]>[];
}

/** What became of a claimed job. Only the worker that holds the claim may record it. */
export type Outcome =
  | { kind: "done"; extra?: Record<string, string | number | null> }
  | { kind: "retry"; nextAttemptAt: string; error: string }
  | { kind: "failed"; error: string };

export async function finishJob(db: Kysely<DB>, table: JobTable, id: string, workerId: string, outcome: Outcome): Promise<boolean> {
  const { jobs, name } = asJobs(db, table);
  const release = { claimed_by: null, claimed_until: null };
  const patch =
    outcome.kind === "done"
      ? { ...release, ...outcome.extra, status: JOB_STATUS.done, last_error: null }
      : outcome.kind === "retry"
        ? { ...release, status: JOB_STATUS.queued, next_attempt_at: outcome.nextAttemptAt, last_error: outcome.error }
        : { ...release, status: JOB_STATUS.failed, last_error: outcome.error };
  const result = await jobs
    .updateTable(name)
    .set(patch as Partial<JobColumns>)
    .where("id", "=", id)
    .where("claimed_by", "=", workerId)
    .where("status", "=", JOB_STATUS.claimed)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Puts a job back in the queue to be tried now, from scratch. False when it is not in a status that allows it. */
export async function requeueJob(db: Kysely<DB>, table: JobTable, id: string, fromStatuses: string[], at: string): Promise<boolean> {
  const { jobs, name } = asJobs(db, table);
  const result = await jobs
    .updateTable(name)
    .set({ status: JOB_STATUS.queued, attempts: 0, next_attempt_at: at, claimed_by: null, claimed_until: null, last_error: null })
    .where("id", "=", id)
    .where("status", "in", fromStatuses)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
