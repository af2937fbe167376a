// Row-level scope: which rows a caller may see or change, as subqueries of ids that every
// repository query filters by. A row outside the scope is never loaded, so it reads as "not found".
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from "kysely";
import type { Perspective } from "../../../contracts/involvement.js";
import type { DB } from "../../db/schema.js";
import type { Actor } from "../../actor.js";

export type IdQuery = SelectQueryBuilder<DB, keyof DB, { id: string }>;

/** null means "no restriction" (administrators). */
export type Scope = IdQuery | null;

function noRows(db: Kysely<DB>): IdQuery {
  return db
    .selectFrom("partnerships")
    .select("partnerships.id as id")
    .where(sql<boolean>`1 = 0`);
}

function assignedPrograms(db: Kysely<DB>, userId: string): IdQuery {
  return db.selectFrom("user_programs").select("user_programs.program_id as id").where("user_programs.user_id", "=", userId);
}

function partnershipsOfAssignedPrograms(db: Kysely<DB>, userId: string): IdQuery {
  return db.selectFrom("partnerships").select("partnerships.id as id").where("partnerships.program_id", "in", assignedPrograms(db, userId));
}

function partnershipsCoordinatedBy(db: Kysely<DB>, userId: string): IdQuery {
  return db
    .selectFrom("partnership_coordinators")
    .select("partnership_coordinators.partnership_id as id")
    .where("partnership_coordinators.user_id", "=", userId);
}

function partnershipsOfOrganization(db: Kysely<DB>, organizationId: string): IdQuery {
  return db
    .selectFrom("memberships")
    .select("memberships.partnership_id as id")
    .where("memberships.organization_id", "=", organizationId)
    .union(db.selectFrom("partnerships").select("partnerships.id as id").where("partnerships.lead_organization_id", "=", organizationId));
}

/** Partnerships the caller may read. */
export function visiblePartnerships(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
    case "evaluator":
      return partnershipsOfAssignedPrograms(db, actor.userId);
    case "coordinator":
      return partnershipsCoordinatedBy(db, actor.userId);
    case "partner":
      return actor.organizationId ? partnershipsOfOrganization(db, actor.organizationId) : noRows(db);
  }
}

/** Partnerships the caller may change (details, members). */
export function manageablePartnerships(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
      return partnershipsOfAssignedPrograms(db, actor.userId);
    case "coordinator":
      return partnershipsCoordinatedBy(db, actor.userId);
    case "evaluator":
    case "partner":
      return noRows(db);
  }
}

/** Organizations that take part (as lead or member) in the given partnerships. */
function organizationsIn(db: Kysely<DB>, partnerships: IdQuery): IdQuery {
  return db
    .selectFrom("memberships")
    .select("memberships.organization_id as id")
    .where("memberships.partnership_id", "in", partnerships)
    .union(db.selectFrom("partnerships").select("partnerships.lead_organization_id as id").where("partnerships.id", "in", partnerships));
}

function organizationsCreatedBy(db: Kysely<DB>, userId: string): IdQuery {
  return db.selectFrom("organizations").select("organizations.id as id").where("organizations.created_by", "=", userId);
}

function ownOrganization(db: Kysely<DB>, actor: Actor): IdQuery {
  return actor.organizationId
    ? db.selectFrom("organizations").select("organizations.id as id").where("organizations.id", "=", actor.organizationId)
    : noRows(db);
}

/**
 * Organizations the caller may read in the registry. The directory (name, sector, level) is shared by
 * staff so that a coordinator can find an agency before adding it; partners see only their own
 * organization and those they work with.
 */
export function visibleOrganizations(db: Kysely<DB>, actor: Actor): Scope {
  if (actor.role !== "partner") return null;
  const partnerships = visiblePartnerships(db, actor) ?? noRows(db);
  return ownOrganization(db, actor).union(organizationsIn(db, partnerships));
}

/** Organizations whose contacts (people's details) the caller may read. */
export function organizationsWithVisibleContacts(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "partner":
      return ownOrganization(db, actor);
    case "program_officer":
    case "evaluator":
    case "coordinator": {
      const partnerships = visiblePartnerships(db, actor) ?? noRows(db);
      return organizationsIn(db, partnerships).union(organizationsCreatedBy(db, actor.userId));
    }
  }
}

/** Organizations (and their contacts) the caller may change. */
export function manageableOrganizations(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "partner":
      return ownOrganization(db, actor);
    case "evaluator":
      return noRows(db);
    case "program_officer":
    case "coordinator": {
      const partnerships = manageablePartnerships(db, actor) ?? noRows(db);
      return organizationsIn(db, partnerships).union(organizationsCreatedBy(db, actor.userId));
    }
  }
}

/** Organizations the caller may delete: administrators any, others only those they registered. */
export function deletableOrganizations(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
    case "coordinator":
      return organizationsCreatedBy(db, actor.userId);
    case "evaluator":
    case "partner":
      return noRows(db);
  }
}

/** Programs the caller may read: staff see every program; partners those of their partnerships. */
export function visiblePrograms(db: Kysely<DB>, actor: Actor): Scope {
  if (actor.role !== "partner") return null;
  const partnerships = visiblePartnerships(db, actor) ?? noRows(db);
  return db.selectFrom("partnerships").select("partnerships.program_id as id").where("partnerships.id", "in", partnerships);
}

/**
 * Programs the caller may narrow a report to: staff assigned to programs, those programs; others, the
 * programs of the partnerships they see. Unlike the program list, an officer's report on another
 * officer's program would only ever be empty, so that program reads as not found.
 */
export function reportablePrograms(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
    case "evaluator":
      return assignedPrograms(db, actor.userId);
    case "coordinator":
    case "partner":
      return db
        .selectFrom("partnerships")
        .select("partnerships.program_id as id")
        .where("partnerships.id", "in", visiblePartnerships(db, actor) ?? noRows(db));
  }
}

/** Partnerships the caller may delete: administrators any, program officers those of their programs. */
export function deletablePartnerships(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
      return partnershipsOfAssignedPrograms(db, actor.userId);
    case "evaluator":
    case "coordinator":
    case "partner":
      return noRows(db);
  }
}

/**
 * Programs the caller may open a partnership in (or move one into). Program officers are held to
 * the programs assigned to them; coordinators, who have no program assignments, may use any program.
 */
export function programsOpenForPartnerships(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
    case "coordinator":
      return null;
    case "program_officer":
      return assignedPrograms(db, actor.userId);
    case "evaluator":
    case "partner":
      return noRows(db);
  }
}

function membershipsIn(db: Kysely<DB>, partnerships: IdQuery): IdQuery {
  return db.selectFrom("memberships").select("memberships.id as id").where("memberships.partnership_id", "in", partnerships);
}

function membershipsOfOwnOrganization(db: Kysely<DB>, actor: Actor): IdQuery {
  return actor.organizationId
    ? db.selectFrom("memberships").select("memberships.id as id").where("memberships.organization_id", "=", actor.organizationId)
    : noRows(db);
}

/**
 * Memberships whose involvement records (the lead's and the partner's answers) the caller may read.
 * Staff read those of every partnership they see; a partner reads only its own organization's, not
 * how other members rated their involvement.
 */
export function membershipsWithReadableInvolvement(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "partner":
      return membershipsOfOwnOrganization(db, actor);
    case "program_officer":
    case "evaluator":
    case "coordinator":
      return membershipsIn(db, visiblePartnerships(db, actor) ?? noRows(db));
  }
}

/**
 * Memberships whose involvement the caller may record from a perspective. The lead's view is given by
 * those who manage the partnership; the partner's view also by the partner organization itself.
 */
export function membershipsWithWritableInvolvement(db: Kysely<DB>, actor: Actor, perspective: Perspective): Scope {
  if (actor.role === "admin") return null;
  if (actor.role === "partner") return perspective === "partner" ? membershipsOfOwnOrganization(db, actor) : noRows(db);
  return membershipsIn(db, manageablePartnerships(db, actor) ?? noRows(db));
}

/** Programs whose default rubric the caller may choose: administrators any, evaluators those assigned to them. */
export function programsWithChoosableRubric(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "evaluator":
      return assignedPrograms(db, actor.userId);
    case "program_officer":
    case "coordinator":
    case "partner":
      return noRows(db);
  }
}

/**
 * Programs whose recommended composition the caller may change: administrators any, program officers
 * those assigned to them. The composition is the funder's expectation of every partnership in the program.
 */
export function programsWithEditableComposition(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
      return assignedPrograms(db, actor.userId);
    case "evaluator":
    case "coordinator":
    case "partner":
      return noRows(db);
  }
}

/** Rubrics are shared by every program, so writing them is a matter of role: administrators and evaluators. */
export function canAuthorRubrics(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "evaluator";
}

/**
 * The scope cut down to one id. Checking one row against a whole scope makes the database list every
 * row the caller may reach (SQLite materializes an IN subquery; PostgreSQL hashes one used in a CASE),
 * so a page about one partnership slowed down as the portfolio grew. With the id inside, both
 * databases push it down into the subquery and look up that one row.
 */
export function narrowedTo(db: Kysely<DB>, scope: Scope, id: string): Scope {
  return scope ? (db.selectFrom(scope.as("scoped")).select("scoped.id as id").where("scoped.id", "=", id) as IdQuery) : null;
}

/**
 * 1 when the column's id is in the scope, else 0, so that a query can say for each row what the
 * caller may do with it without a second query per row.
 */
export function scopeFlag(column: string, scope: Scope): RawBuilder<number> {
  return scope ? sql<number>`case when ${sql.ref(column)} in ${scope} then 1 else 0 end` : sql<number>`1`;
}

export function canCreateOrganizations(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "program_officer" || actor.role === "coordinator";
}

export function canCreatePartnerships(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "program_officer" || actor.role === "coordinator";
}

export function isAdmin(actor: Actor): boolean {
  return actor.role === "admin";
}

/**
 * Partnerships whose audit trail (the partnership, its memberships and their involvement records) the
 * caller may read: administrators all, program officers those of their programs, coordinators those
 * they coordinate. Evaluators and partners read no trail.
 */
export function partnershipsWithReadableAudit(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
      return null;
    case "program_officer":
      return partnershipsOfAssignedPrograms(db, actor.userId);
    case "coordinator":
      return partnershipsCoordinatedBy(db, actor.userId);
    case "evaluator":
    case "partner":
      return noRows(db);
  }
}

/**
 * Organizations whose registry trail (the organization and its contacts) the caller may read: those
 * it may see in the registry, for the roles that read a trail at all. Personal data in it is masked
 * unless the organization is also in organizationsWithVisibleContacts.
 */
export function organizationsWithReadableAudit(db: Kysely<DB>, actor: Actor): Scope {
  switch (actor.role) {
    case "admin":
    case "program_officer":
    case "coordinator":
      return visibleOrganizations(db, actor);
    case "evaluator":
    case "partner":
      return noRows(db);
  }
}

/** The roles that read an audit trail; others are refused the audit routes. */
export function canReadAudit(actor: Actor): boolean {
  return actor.role === "admin" || actor.role === "program_officer" || actor.role === "coordinator";
}
