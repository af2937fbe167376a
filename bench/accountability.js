// The accountability figures over the national portfolio with a year of commitments: three per
// membership (about 180,000), in every state, with their events, as the ledger writes them. Times the
// report over everything per program, partnership and member, one program's, and one partnership's
// view with its twelve-month trends. Run after `npm run build:server`:
//   node bench/accountability.js            (SQLite; BENCH_DATABASE_URL=postgres://… for PostgreSQL too)
//   BENCH_FRACTION=0.1 node bench/accountability.js
import { OPERATOR } from "../dist/server/actor.js";
import { newId } from "../dist/server/ids.js";
import { nameKey } from "../dist/domain/registry/name-key.js";
import { accountabilityReport, partnershipAccountability } from "../dist/server/modules/accountability/service.js";
import { generated } from "./national.js";
import { median } from "./timing.js";

const STAGES = ["prevention", "intervention", "enforcement", "reentry"];
const PER_MEMBERSHIP = 3;
const CHUNK = 200;
const AS_OF = "2026-06-30";

function addDays(date, days) {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
}

function random(seed) {
  let state = seed;
  return (n) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
}

/** A commitment and its events, pledged over the year to the as-of day, in a state drawn at random. */
function commitmentRows(membership, index, next) {
  const id = newId();
  const at = "2026-07-01T00:00:00.000Z";
  const pledgedOn = addDays("2025-07-01", next(330));
  const dueOn = addDays(pledgedOn, 14 + next(120));
  const events = [{ from: null, to: "pledged", on: pledgedOn }];
  let status = "pledged";
  let currentDueOn = dueOn;
  let firstSlippedOn = null;
  let deliveredOn = null;
  let withdrawnOn = null;
  let on = pledgedOn;
  const kind = next(10);
  if (kind >= 3) {
    on = addDays(on, 1 + next(20));
    events.push({ from: status, to: "in_progress", on });
    status = "in_progress";
  }
  if (kind >= 6 && kind <= 8) {
    on = addDays(on, 1 + next(40));
    const after = addDays(currentDueOn, 7 + next(60));
    events.push({ from: status, to: "slipped", on, dueBefore: currentDueOn, dueAfter: after, reason: "More time needed" });
    status = "slipped";
    currentDueOn = after;
    firstSlippedOn = on;
  }
  if (kind >= 5 && kind <= 8) {
    on = addDays(on, next(90));
    events.push({ from: status, to: "delivered", on });
    status = "delivered";
    deliveredOn = on;
  } else if (kind === 9) {
    on = addDays(on, next(60));
    events.push({ from: status, to: "withdrawn", on, reason: "No longer possible" });
    status = "withdrawn";
    withdrawnOn = on;
  }
  const description = `Commitment ${index + 1} of member ${membership.id.slice(-8)}`;
  return {
    commitment: {
      id,
      partnership_id: membership.partnership_id,
      organization_id: membership.organization_id,
      description,
      description_key: nameKey(description),
      axis: STAGES[next(4)],
      goal_id: null,
      objective_id: null,
      meeting_id: null,
      pledged_on: pledgedOn,
      due_on: dueOn,
      current_due_on: currentDueOn,
      status,
      status_on: on,
      delivered_on: deliveredOn,
      withdrawn_on: withdrawnOn,
      first_slipped_on: firstSlippedOn,
      evidence: null,
      evidence_url: null,
      version: 1,
      created_at: at,
      created_by: null,
      updated_at: at,
      updated_by: null,
    },
    events: events.map((event) => ({
      id: newId(),
      commitment_id: id,
      partnership_id: membership.partnership_id,
      at: `${event.on}T12:00:00.000Z`,
      user_id: null,
      from_status: event.from,
      to_status: event.to,
      effective_on: event.on,
      due_before: event.dueBefore ?? null,
      due_after: event.dueAfter ?? null,
      reason: event.reason ?? null,
      evidence: null,
      evidence_url: null,
      meeting_id: null,
    })),
  };
}

export async function pledgeAll(db) {
  const memberships = await db.selectFrom("memberships").select(["id", "partnership_id", "organization_id"]).orderBy("id").execute();
  const next = random(2002);
  let commitments = [];
  let events = [];
  let count = 0;
  const flush = async () => {
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < commitments.length; i += CHUNK)
        await trx
          .insertInto("commitments")
          .values(commitments.slice(i, i + CHUNK))
          .execute();
      for (let i = 0; i < events.length; i += CHUNK)
        await trx
          .insertInto("commitment_events")
          .values(events.slice(i, i + CHUNK))
          .execute();
    });
    commitments = [];
    events = [];
  };
  for (const membership of memberships) {
    for (let index = 0; index < PER_MEMBERSHIP; index += 1) {
      const rows = commitmentRows(membership, index, next);
      commitments.push(rows.commitment);
      events.push(...rows.events);
      count += 1;
    }
    if (commitments.length >= 5000) await flush();
  }
  await flush();
  return count;
}

async function time(label, run, repetitions = 5) {
  await run();
  const times = [];
  for (let i = 0; i < repetitions; i += 1) {
    const started = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  console.log(`  ${label}: median ${median(times).toFixed(0)} ms over ${repetitions}`);
}

async function bench(serverUrl, label) {
  const fraction = Number(process.env.BENCH_FRACTION ?? "1");
  const target = await generated(serverUrl, `accountability-${label}`, fraction);
  try {
    const db = target.database.db;
    const started = Date.now();
    const count = await pledgeAll(db);
    const events = await db
      .selectFrom("commitment_events")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    console.log(`${label}: ${count} commitments and ${events.n} events written in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const program = await db.selectFrom("programs").select("id").orderBy("code").executeTakeFirstOrThrow();
    const partnership = await db.selectFrom("partnerships").select("id").orderBy("id").executeTakeFirstOrThrow();
    const readDb = target.database.readDb;
    for (const by of ["program", "partnership", "member"]) {
      await time(`report by ${by}, everything`, () => accountabilityReport(readDb, OPERATOR, { by, asOf: AS_OF }));
    }
    await time("report by member, one program", () =>
      accountabilityReport(readDb, OPERATOR, { by: "member", asOf: AS_OF, program: program.id }),
    );
    await time("one partnership's view with trends", () => partnershipAccountability(readDb, OPERATOR, partnership.id, AS_OF), 21);
    const report = await accountabilityReport(readDb, OPERATOR, { by: "program", asOf: AS_OF });
    console.log(`  total as of ${AS_OF}: ${JSON.stringify({ ...report.total, axis: undefined })}`);
  } finally {
    await target.dispose();
  }
}

if (process.argv[1]?.endsWith("accountability.js")) {
  await bench(undefined, "sqlite");
  if (process.env.BENCH_DATABASE_URL) await bench(process.env.BENCH_DATABASE_URL, "postgres");
}
