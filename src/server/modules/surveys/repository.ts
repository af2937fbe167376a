// Survey rounds and their respondents: every statement the rounds module runs. Counts come with each
// round in the same statement (correlated subqueries), so that a page of rounds is one query.
import { sql, type Kysely } from "kysely";
import type { Respondent } from "../../../contracts/surveys.js";
import type { RoundStatus } from "../../../domain/surveys/rounds.js";
import type { Insertable, Updateable } from "kysely";
import type { DB, SurveyRespondentsTable, SurveyRoundsTable } from "../../db/schema.js";
import { scopeFlag, type RowScope, type Scope } from "../access/scope.js";
import { endTokens } from "./mailing-repository.js";

function roundQuery(db: Kysely<DB>) {
  return db
    .selectFrom("survey_rounds")
    .innerJoin("partnerships", "partnerships.id", "survey_rounds.partnership_id")
    .innerJoin("programs", "programs.id", "partnerships.program_id")
    .selectAll("survey_rounds")
    .select((eb) => [
      "partnerships.name as partnership_name",
      "partnerships.program_id",
      "partnerships.lead_organization_id",
      "programs.code as program_code",
      eb
        .selectFrom("survey_respondents")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("survey_respondents.round_id", "=", "survey_rounds.id")
        .where("survey_respondents.revoked_at", "is", null)
        .as("invited_count"),
      eb
        .selectFrom("survey_respondents")
        .innerJoin("survey_responses", "survey_responses.respondent_id", "survey_respondents.id")
        .select((inner) => inner.fn.countAll<number>().as("n"))
        .whereRef("survey_respondents.round_id", "=", "survey_rounds.id")
        .where("survey_respondents.revoked_at", "is", null)
        .where("survey_responses.submitted_at", "is not", null)
        .as("submitted_count"),
    ]);
}

export type RoundRow = NonNullable<Awaited<ReturnType<typeof findRound>>>;

export function findRound(db: Kysely<DB>, id: string) {
  return roundQuery(db).where("survey_rounds.id", "=", id).executeTakeFirst();
}

export function findRoundsOfGroup(db: Kysely<DB>, groupId: string) {
  return roundQuery(db).where("survey_rounds.group_id", "=", groupId).orderBy("partnerships.name_key").execute();
}

export type RoundFlagScopes = { read: RowScope; run: RowScope; managePlan: RowScope };

/**
 * Whether the caller reads the round's partnership (no row when not), runs its surveys and manages its
 * plan, with the export of individual responses granted to the caller's account (null for none).
 */
export function findRoundFlags(db: Kysely<DB>, partnershipId: string, scopes: RoundFlagScopes, userId: string | null) {
  return db
    .selectFrom("partnerships")
    .select([scopeFlag("partnerships.id", scopes.run).as("can_run"), scopeFlag("partnerships.id", scopes.managePlan).as("can_manage_plan")])
    .select((eb) =>
      eb
        .selectFrom("users")
        .select("users.response_export")
        .where("users.id", "=", userId ?? "")
        .as("response_export"),
    )
    .where("partnerships.id", "=", partnershipId)
    .$call((qb) => (scopes.read ? qb.where("partnerships.id", "in", scopes.read) : qb))
    .executeTakeFirst();
}

/** A status as a condition on the round's dates, as of `today`. */
function statusCondition(status: RoundStatus, today: string) {
  switch (status) {
    case "scheduled":
      return sql<boolean>`survey_rounds.closed_at is null and survey_rounds.opens_on > ${today}`;
    case "open":
      return sql<boolean>`survey_rounds.closed_at is null and survey_rounds.opens_on <= ${today} and survey_rounds.closes_on >= ${today}`;
    case "closed":
      return sql<boolean>`(survey_rounds.closed_at is not null or survey_rounds.closes_on < ${today})`;
  }
}

export async function listRounds(
  db: Kysely<DB>,
  partnershipId: string,
  filters: { status?: RoundStatus; instrument?: string; today: string },
  limit: number,
  offset: number,
) {
  const filtered = (qb: ReturnType<typeof roundQuery>) =>
    qb
      .where("survey_rounds.partnership_id", "=", partnershipId)
      .$call((inner) => (filters.status ? inner.where(statusCondition(filters.status, filters.today)) : inner))
      .$call((inner) => (filters.instrument ? inner.where("survey_rounds.instrument_id", "=", filters.instrument) : inner));
  const [rows, count] = await Promise.all([
    filtered(roundQuery(db))
      .orderBy("survey_rounds.opens_on", "desc")
      .orderBy("survey_rounds.created_at", "desc")
      .orderBy("survey_rounds.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    db
      .selectFrom("survey_rounds")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("survey_rounds.partnership_id", "=", partnershipId)
      .$call((inner) => (filters.status ? inner.where(statusCondition(filters.status, filters.today)) : inner))
      .$call((inner) => (filters.instrument ? inner.where("survey_rounds.instrument_id", "=", filters.instrument) : inner))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function insertRound(db: Kysely<DB>, row: Insertable<SurveyRoundsTable>): Promise<void> {
  await db.insertInto("survey_rounds").values(row).execute();
}

/** Saves a change made to the version read; false when someone else changed the round meanwhile. */
export async function updateRound(db: Kysely<DB>, id: string, version: number, patch: Updateable<SurveyRoundsTable>): Promise<boolean> {
  const result = await db
    .updateTable("survey_rounds")
    .set({ ...patch, version: version + 1 })
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertRespondents(db: Kysely<DB>, rows: Insertable<SurveyRespondentsTable>[]): Promise<void> {
  // In chunks, within SQLite's limit on bound values (15 columns a row).
  for (let start = 0; start < rows.length; start += 50) {
    await db
      .insertInto("survey_respondents")
      .values(rows.slice(start, start + 50))
      .execute();
  }
}

/** Moves the expiry of the round's links that still work (a new closing date, or the close). */
export async function setLinkExpiry(db: Kysely<DB>, roundId: string, expiresAt: string): Promise<void> {
  await db.updateTable("survey_respondents").set({ expires_at: expiresAt }).where("round_id", "=", roundId).execute();
}

export function findRespondent(db: Kysely<DB>, roundId: string, respondentId: string) {
  return db.selectFrom("survey_respondents").selectAll().where("id", "=", respondentId).where("round_id", "=", roundId).executeTakeFirst();
}

/** No longer asks the respondent, and ends every link they hold; false when revoked already. */
export async function revokeRespondent(db: Kysely<DB>, respondentId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("survey_respondents")
    .set({ revoked_at: at })
    .where("id", "=", respondentId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await endTokens(db, respondentId, at);
  return true;
}

type RespondentStatus = Respondent["status"];

function statusFilter(status: RespondentStatus) {
  switch (status) {
    case "not_started":
      return sql<boolean>`survey_responses.id is null`;
    case "started":
      return sql<boolean>`survey_responses.id is not null and survey_responses.submitted_at is null`;
    case "submitted":
      return sql<boolean>`survey_responses.submitted_at is not null`;
  }
}

/** A round's respondents with their organization, contact, the member they answer about and their response, by status when asked. */
function respondentQuery(db: Kysely<DB>, roundId: string, status?: RespondentStatus) {
  const query = db
    .selectFrom("survey_respondents")
    .innerJoin("organizations", "organizations.id", "survey_respondents.organization_id")
    .leftJoin("contacts", "contacts.id", "survey_respondents.contact_id")
    .leftJoin("memberships", "memberships.id", "survey_respondents.membership_id")
    .leftJoin("organizations as about", "about.id", "memberships.organization_id")
    .leftJoin("survey_responses", "survey_responses.respondent_id", "survey_respondents.id")
    .where("survey_respondents.round_id", "=", roundId);
  return status ? query.where(statusFilter(status)) : query;
}

/** How far each got, never what they answered. */
function withRespondentColumns(query: ReturnType<typeof respondentQuery>) {
  return query.select([
    "survey_respondents.id",
    "survey_respondents.contact_id",
    "survey_respondents.organization_id",
    "survey_respondents.perspective",
    "survey_respondents.membership_id",
    "survey_respondents.invited_at",
    "survey_respondents.last_reminded_at",
    "survey_respondents.revoked_at",
    "organizations.name as organization_name",
    "contacts.name as contact_name",
    "contacts.email as contact_email",
    "about.id as about_organization_id",
    "about.name as about_organization_name",
    "survey_responses.id as response_id",
    "survey_responses.submitted_at",
  ]);
}

/** A page of a round's respondents, by status when asked, in a stable order, with how many there are in all. */
export async function pageOfRespondents(
  db: Kysely<DB>,
  roundId: string,
  status: RespondentStatus | undefined,
  limit: number,
  offset: number,
) {
  const [rows, count] = await Promise.all([
    withRespondentColumns(respondentQuery(db, roundId, status))
      .orderBy("organizations.name_key")
      .orderBy("contacts.name")
      .orderBy("about.name_key")
      .orderBy("survey_respondents.id")
      .limit(limit)
      .offset(offset)
      .execute(),
    respondentQuery(db, roundId, status)
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** One respondent of a round as the list shows it. */
export function findRespondentRow(db: Kysely<DB>, roundId: string, respondentId: string) {
  return withRespondentColumns(respondentQuery(db, roundId)).where("survey_respondents.id", "=", respondentId).executeTakeFirst();
}

/** The response rate per organization answering, revoked links left out, organizations by name. */
export function organizationRates(db: Kysely<DB>, roundId: string) {
  return respondentQuery(db, roundId)
    .where("survey_respondents.revoked_at", "is", null)
    .groupBy(["survey_respondents.organization_id", "organizations.name", "organizations.name_key"])
    .select((eb) => [
      "survey_respondents.organization_id",
      "organizations.name as organization_name",
      eb.fn.countAll<number>().as("invited"),
      eb.fn.count<number>("survey_responses.submitted_at").as("submitted"),
    ])
    .orderBy("organizations.name_key")
    .orderBy("survey_respondents.organization_id")
    .execute();
}

export type RespondentRow = NonNullable<Awaited<ReturnType<typeof findRespondentRow>>>;
export type OrganizationRateRow = Awaited<ReturnType<typeof organizationRates>>[number];

/** The (contact, membership) pairs already asked in a round, to refuse asking them twice. */
export async function askedPairs(db: Kysely<DB>, roundId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom("survey_respondents")
    .select(["contact_id", "membership_id"])
    .where("round_id", "=", roundId)
    .where("revoked_at", "is", null)
    .execute();
  return new Set(rows.map((row) => `${row.contact_id ?? ""}|${row.membership_id ?? ""}`));
}

/**
 * The partnership's contacts among these ids, each with its organization's membership and whether the
 * caller reads that organization's contacts; contacts of organizations that are not members are left out.
 */
export function memberContacts(db: Kysely<DB>, partnershipId: string, contactIds: string[], readContacts: Scope) {
  return db
    .selectFrom("contacts")
    .innerJoin("memberships", (join) =>
      join.onRef("memberships.organization_id", "=", "contacts.organization_id").on("memberships.partnership_id", "=", partnershipId),
    )
    .select([
      "contacts.id",
      "contacts.name",
      "contacts.email",
      "contacts.preferred_language",
      "contacts.organization_id",
      "memberships.id as membership_id",
      scopeFlag("contacts.organization_id", readContacts).as("can_read"),
    ])
    .where("contacts.id", "in", contactIds)
    .execute();
}

/** The members of these partnerships with their representative, for rounds opened across a program. */
export function membersWithRepresentatives(db: Kysely<DB>, partnershipIds: string[], readContacts: Scope) {
  return db
    .selectFrom("memberships")
    .leftJoin("contacts", "contacts.id", "memberships.representative_contact_id")
    .select([
      "memberships.id",
      "memberships.partnership_id",
      "memberships.organization_id",
      "contacts.id as contact_id",
      "contacts.email",
      "contacts.preferred_language",
      scopeFlag("memberships.organization_id", readContacts).as("can_read"),
    ])
    .where("memberships.partnership_id", "in", partnershipIds)
    .orderBy("memberships.created_at")
    .orderBy("memberships.id")
    .execute();
}

/** Every membership of a partnership, the lead's included. */
export function membershipsOf(db: Kysely<DB>, partnershipId: string) {
  return db
    .selectFrom("memberships")
    .select(["memberships.id", "memberships.organization_id"])
    .where("memberships.partnership_id", "=", partnershipId)
    .orderBy("memberships.created_at")
    .orderBy("memberships.id")
    .execute();
}

/** These partnerships as the caller sees them: those outside its reading scope are left out; with the program and the run flag. */
export function partnershipsForProgramRounds(db: Kysely<DB>, ids: string[], read: Scope, run: Scope) {
  return db
    .selectFrom("partnerships")
    .select([
      "partnerships.id",
      "partnerships.program_id",
      "partnerships.lead_organization_id",
      scopeFlag("partnerships.id", run).as("can_run"),
    ])
    .where("partnerships.id", "in", ids)
    .$call((qb) => (read ? qb.where("partnerships.id", "in", read) : qb))
    .execute();
}

export async function programThreshold(db: Kysely<DB>, programId: string): Promise<number> {
  const row = await db.selectFrom("programs").select("survey_threshold").where("id", "=", programId).executeTakeFirst();
  return row?.survey_threshold ?? 3;
}

export async function responseExportOf(db: Kysely<DB>, userId: string): Promise<string | null> {
  const row = await db.selectFrom("users").select("response_export").where("id", "=", userId).executeTakeFirst();
  return row?.response_export ?? null;
}

/**
 * The program, if the caller reads it, with its threshold and whether the caller runs the surveys of
 * any of its partnerships (`run_surveys`, 1 or 0).
 */
export function findVisibleProgram(db: Kysely<DB>, programId: string, read: RowScope, run: Scope) {
  return db
    .selectFrom("programs")
    .select((eb) => [
      "programs.id",
      "programs.survey_threshold",
      run
        ? sql<number>`case when ${eb.exists(
            eb
              .selectFrom("partnerships as run_partnerships")
              .select("run_partnerships.id")
              .whereRef("run_partnerships.program_id", "=", "programs.id")
              .where("run_partnerships.id", "in", run),
          )} then 1 else 0 end`.as("run_surveys")
        : sql<number>`1`.as("run_surveys"),
    ])
    .where("programs.id", "=", programId)
    .$call((qb) => (read ? qb.where("programs.id", "in", read) : qb))
    .executeTakeFirst();
}
