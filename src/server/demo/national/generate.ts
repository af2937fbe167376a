// `convene demo --scale national`: a national portfolio of the size a funder follows, generated in
// memory and inserted in wide batches inside one transaction, for trying reports and measuring them.
import { SECTORS, type Role, type Sector } from "../../../domain/vocabulary.js";
import type { Database } from "../../db/database.js";
import type { NewMembership } from "../../db/schema.js";
import { randomToken } from "../../crypto.js";
import { now } from "../../ids.js";
import { hashPassword } from "../../modules/auth/passwords.js";
import { DEMO_ACCOUNTS } from "../portfolio/programs.js";
import { accountRows } from "./accounts.js";
import { NATIONAL_SIZE, planNationalPortfolio, type NationalSize } from "./plan.js";
import { idMaker, seededRandom } from "./random.js";
import { recordMaker } from "./records.js";
import { commitmentMaker, type LedgerPartnership } from "./commitments.js";
import { NATIONAL_REGIONS } from "./geography.js";
import {
  countExisting,
  insertCommitments,
  insertInvolvementRecords,
  insertStructure,
  insertSurveys,
  refreshStatistics,
} from "./repository.js";
import { healthCheckMaker } from "./surveys.js";

export const DEFAULT_SEED = 2002;

export type NationalOptions = {
  seed?: number;
  /** Counts to generate; the national ones unless a test asks for a smaller portfolio. */
  size?: NationalSize;
  /** The day dates are counted from (default today). */
  today?: Date;
};

export type NationalResult = {
  seed: number;
  counts: {
    programs: number;
    regions: number;
    partnerships: number;
    organizations: number;
    memberships: number;
    involvementRecords: number;
    commitments: number;
    commitmentEvents: number;
    /** Baseline health-check rounds and the responses submitted in them. */
    surveyRounds: number;
    surveyResponses: number;
  };
  /** The accounts created, with their shared password; null when the database had users already. */
  accounts: { password: string; accounts: { role: Role; email: string }[] } | null;
  seconds: number;
};

/** The database is not empty: generated figures would mix with real records. */
export class NotEmptyError extends Error {}

// Members whose records are made and inserted together: about 10,000 records at a time keeps memory flat.
const MEMBERS_PER_BATCH = 2_500;
// Partnerships whose ledgers are made and inserted together: some 8,000 commitments at a time.
const PARTNERSHIPS_PER_BATCH = 500;

function isSector(value: string): value is Sector {
  return (SECTORS as readonly string[]).includes(value);
}

/** Each partnership with its members as the ledger needs them, in the plan's order. */
function ledgerPartnerships(plan: ReturnType<typeof planNationalPortfolio>): LedgerPartnership[] {
  const sectors = new Map(plan.organizations.map((organization) => [organization.id, organization.sector]));
  const french = new Set(NATIONAL_REGIONS.filter((region) => region.french).map((region) => region.name));
  const byId = new Map<string, LedgerPartnership>();
  for (const row of plan.partnerships) {
    byId.set(row.id, {
      id: row.id,
      startDate: row.start_date ?? "",
      endDate: row.end_date ?? "",
      french: french.has(row.region ?? ""),
      members: [],
    });
  }
  for (const membership of plan.memberships) {
    const sector = sectors.get(membership.organization_id);
    const partnership = byId.get(membership.partnership_id);
    if (!sector || !isSector(sector) || !partnership) throw new Error("National portfolio: a membership outside the plan");
    partnership.members.push({
      organizationId: membership.organization_id,
      sector,
      joinedOn: membership.joined_on ?? partnership.startDate,
    });
  }
  return [...byId.values()];
}

function startOfDay(day: Date): number {
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
}

/** A count and its noun, e.g. counted(1, "program") === "1 program", counted(3, "program") === "3 programs". */
function counted(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`;
}

function refusal(existing: Awaited<ReturnType<typeof countExisting>>): NotEmptyError | null {
  if (existing.partnerships === 0 && existing.organizations === 0 && existing.programs === 0) return null;
  return new NotEmptyError(
    `The database already holds ${counted(existing.partnerships, "partnership")}, ${counted(existing.organizations, "organization")} and ${counted(existing.programs, "program")}. ` +
      "The national portfolio is generated only into an empty database, so that its figures never mix with real records; " +
      "point CONVENE_DATA_DIR or DATABASE_URL at a new database and run it again.",
  );
}

/** Generates the portfolio into an empty database; the same seed, size and day give the same data. */
export async function generateNationalPortfolio(
  { db, dialect }: Pick<Database, "db" | "dialect">,
  options: NationalOptions = {},
): Promise<NationalResult> {
  const started = performance.now();
  // Asked first so that a refusal is immediate, and again inside the transaction in case another
  // process filled the database meanwhile.
  const early = refusal(await countExisting(db));
  if (early) throw early;
  const seed = options.seed ?? DEFAULT_SEED;
  const today = options.today ?? new Date();
  const at = now();
  const newId = idMaker(seededRandom(seed, "ids"), startOfDay(today));
  const plan = planNationalPortfolio({ random: seededRandom(seed, "structure"), newId, today, at }, options.size ?? NATIONAL_SIZE);
  const password = randomToken(12);
  const passwordHash = await hashPassword(password);
  const french = new Set(NATIONAL_REGIONS.filter((region) => region.french).map((region) => region.name));

  let involvementRecords = 0;
  let commitments = 0;
  let commitmentEvents = 0;
  let surveyRounds = 0;
  let surveyResponses = 0;
  const accounts = await db.transaction().execute(async (trx) => {
    const existing = await countExisting(trx);
    const late = refusal(existing);
    if (late) throw late;
    await insertStructure(trx, plan);
    const makeRecords = recordMaker(seededRandom(seed, "answers"), newId, at);
    for (let start = 0; start < plan.members.length; start += MEMBERS_PER_BATCH) {
      const records = plan.members.slice(start, start + MEMBERS_PER_BATCH).flatMap(makeRecords);
      await insertInvolvementRecords(trx, records);
      involvementRecords += records.length;
    }
    const makeLedger = commitmentMaker(seededRandom(seed, "commitments"), newId, at, today);
    const ledgers = ledgerPartnerships(plan);
    for (let start = 0; start < ledgers.length; start += PARTNERSHIPS_PER_BATCH) {
      const batch = ledgers.slice(start, start + PARTNERSHIPS_PER_BATCH).map(makeLedger);
      const rows = { commitments: batch.flatMap((ledger) => ledger.commitments), events: batch.flatMap((ledger) => ledger.events) };
      await insertCommitments(trx, rows);
      commitments += rows.commitments.length;
      commitmentEvents += rows.events.length;
    }
    const makeHealthCheck = healthCheckMaker(seededRandom(seed, "surveys"), newId, at, today);
    const membersOf = new Map<string, NewMembership[]>();
    for (const membership of plan.memberships) {
      const list = membersOf.get(membership.partnership_id);
      if (list) list.push(membership);
      else membersOf.set(membership.partnership_id, [membership]);
    }
    for (let start = 0; start < plan.partnerships.length; start += PARTNERSHIPS_PER_BATCH) {
      const batch = plan.partnerships
        .slice(start, start + PARTNERSHIPS_PER_BATCH)
        .map((partnership) => makeHealthCheck(partnership, membersOf.get(partnership.id) ?? [], french.has(partnership.region ?? "")));
      const rows = {
        rounds: batch.flatMap((made) => made.rounds),
        respondents: batch.flatMap((made) => made.respondents),
        responses: batch.flatMap((made) => made.responses),
      };
      await insertSurveys(trx, rows);
      surveyRounds += rows.rounds.length;
      surveyResponses += rows.responses.length;
    }
    // With users already there (an administrator created first), none are added and the demo is not loaded over it.
    if (existing.users > 0) return null;
    const rows = accountRows(plan, passwordHash, newId, at);
    await trx.insertInto("users").values(rows.users).execute();
    await trx.insertInto("user_programs").values(rows.userPrograms).execute();
    await trx.insertInto("partnership_coordinators").values(rows.coordinators).execute();
    return { password, accounts: DEMO_ACCOUNTS.map((account) => ({ role: account.role, email: account.email })) };
  });
  await refreshStatistics(db, dialect);

  return {
    seed,
    counts: {
      programs: plan.programs.length,
      regions: new Set(plan.partnerships.map((row) => row.region)).size,
      partnerships: plan.partnerships.length,
      organizations: plan.organizations.length,
      memberships: plan.memberships.length,
      involvementRecords,
      commitments,
      commitmentEvents,
      surveyRounds,
      surveyResponses,
    },
    accounts,
    seconds: (performance.now() - started) / 1000,
  };
}
