// Row-level scope: which rows a caller may see or change, as subqueries of ids that every
// repository query filters by. A row outside the scope is never loaded, so it reads as "not found".
// Every scope is built from the reach the abilities table (domain/access/abilities.ts) gives the
// caller's role for the action: this file says what each named reach means, not who has it.
import { sql, type Kysely, type RawBuilder, type SelectQueryBuilder } from "kysely";
import {
  ABILITIES,
  type GlobalAbility,
  type MembershipAction,
  type MembershipReach,
  type OrganizationAction,
  type OrganizationReach,
  type PartnershipAction,
  type PartnershipReach,
  type ProgramAction,
  type ProgramReach,
  type Reach,
  type ActionOf,
  type Resource,
} from "../../../domain/access/abilities.js";
import type { DB } from "../../db/schema.js";
import { isOperator, type Actor, type Caller } from "../../actor.js";

export type IdQuery = SelectQueryBuilder<DB, keyof DB, { id: string }>;

/** null means "no restriction" (administrators and the operator). */
export type Scope = IdQuery | null;

declare const narrowed: unique symbol;
/**
 * A scope cut down to one id, as made by `rowScope`. Single-row lookups take this type, so that one
 * cannot be handed a whole scope by mistake.
 */
export type RowScope = (IdQuery & { readonly [narrowed]: true }) | null;
// (Or to the few rows of one partnership: see membershipsOfPartnership.)

export type { ActionOf, Resource };

function noRows(db: Kysely<DB>): IdQuery {
  return db
    .selectFrom("partnerships")
    .select("partnerships.id as id")
    .where(sql<boolean>`1 = 0`);
}

/** Every row the reach names, as one union of the parts' subqueries. */
function fromReach<Name extends string>(db: Kysely<DB>, reach: Reach<Name>, part: (name: Name) => IdQuery): Scope {
  if (reach === "all") return null;
  if (reach === "none") return noRows(db);
  const [first, ...rest] = reach;
  return rest.reduce((union, name) => union.union(part(name)), part(first));
}

function assignedPrograms(db: Kysely<DB>, userId: string): IdQuery {
  return db.selectFrom("user_programs").select("user_programs.program_id as id").where("user_programs.user_id", "=", userId);
}

/**
 * The partnerships an organization leads or belongs to, confirmed or not: its own users must see a
 * partnership they are asked to join in order to confirm it (what the partnership's staff may do with
 * the organization is another matter, and waits for that confirmation: see organizationsIn).
 */
function partnershipsOfOrganization(db: Kysely<DB>, organizationId: string | null): IdQuery {
  if (organizationId === null) return noRows(db);
  return db
    .selectFrom("memberships")
    .select("memberships.partnership_id as id")
    .where("memberships.organization_id", "=", organizationId)
    .union(db.selectFrom("partnerships").select("partnerships.id as id").where("partnerships.lead_organization_id", "=", organizationId));
}

function partnershipPart(db: Kysely<DB>, actor: Actor, name: PartnershipReach): IdQuery {
  switch (name) {
    case "assignedPrograms":
      return db
        .selectFrom("partnerships")
        .select("partnerships.id as id")
        .where("partnerships.program_id", "in", assignedPrograms(db, actor.userId));
    case "coordinated":
      return db
        .selectFrom("partnership_coordinators")
        .select("partnership_coordinators.partnership_id as id")
        .where("partnership_coordinators.user_id", "=", actor.userId);
    case "ownOrganization":
      return partnershipsOfOrganization(db, actor.organizationId);
  }
}

function partnershipScope(db: Kysely<DB>, actor: Actor, action: PartnershipAction): Scope {
  return fromReach(db, ABILITIES[actor.role].partnership[action], (name) => partnershipPart(db, actor, name));
}

/**
 * The partnerships the caller may act on as a condition on the `partnerships` row itself, for counting
 * a program's partnerships: a program the caller is assigned is counted from the program's index
 * alone, without listing the caller's partnerships.
 */
export function partnershipCondition(db: Kysely<DB>, caller: Caller, action: PartnershipAction): RawBuilder<boolean> | null {
  if (isOperator(caller)) return null;
  const reach = ABILITIES[caller.role].partnership[action];
  if (reach === "all") return null;
  if (reach === "none") return sql<boolean>`1 = 0`;
  const conditions = reach.map((name) =>
    name === "assignedPrograms"
      ? sql<boolean>`partnerships.program_id in ${assignedPrograms(db, caller.userId)}`
      : sql<boolean>`partnerships.id in ${partnershipPart(db, caller, name)}`,
  );
  return sql<boolean>`(${sql.join(conditions, sql` or `)})`;
}

/**
 * Organizations that take part in the given partnerships (or in any, when null) through a confirmed
 * membership. The lead is a member like the others, so a partnership opened with an organization as its
 * lead gives no more than adding it would: nothing until it confirms.
 */
function organizationsIn(db: Kysely<DB>, partnerships: Scope): IdQuery {
  return db
    .selectFrom("memberships")
    .select("memberships.organization_id as id")
    .where("memberships.confirmed_at", "is not", null)
    .$call((qb) => (partnerships ? qb.where("memberships.partnership_id", "in", partnerships) : qb));
}

/**
 * The same, about one organization: its few confirmed memberships, each checked against the
 * partnerships' scope one at a time (a correlated EXISTS), so that the scope is never listed in full.
 */
function organizationIn(db: Kysely<DB>, partnerships: Scope, organizationId: string): IdQuery {
  return (
    db
      .selectFrom("memberships")
      .select("memberships.organization_id as id")
      .where("memberships.organization_id", "=", organizationId)
      .where("memberships.confirmed_at", "is not", null) as IdQuery
  ).$call((qb) =>
    partnerships
      ? qb.where((eb) =>
          eb.exists(eb.selectFrom(partnerships.as("reach")).select("reach.id").whereRef("reach.id", "=", "memberships.partnership_id")),
        )
      : qb,
  );
}

/** `one`: only this organization, narrowed inside every part. */
function organizationPart(db: Kysely<DB>, actor: Actor, name: OrganizationReach, one?: string): IdQuery {
  const ofOrganizations = (query: IdQuery) => (one === undefined ? query : query.where("organizations.id", "=", one));
  const inPartnerships = (partnerships: Scope) =>
    one === undefined ? organizationsIn(db, partnerships) : organizationIn(db, partnerships, one);
  switch (name) {
    case "ownOrganization":
      return actor.organizationId
        ? ofOrganizations(
            db.selectFrom("organizations").select("organizations.id as id").where("organizations.id", "=", actor.organizationId),
          )
        : noRows(db);
    case "inReadablePartnerships":
      return inPartnerships(partnershipScope(db, actor, "read"));
    case "inManageablePartnerships":
      return inPartnerships(partnershipScope(db, actor, "update"));
    case "createdByMe":
      return ofOrganizations(
        db.selectFrom("organizations").select("organizations.id as id").where("organizations.created_by", "=", actor.userId),
      );
  }
}

function organizationScope(db: Kysely<DB>, actor: Actor, action: OrganizationAction, one?: string): Scope {
  return fromReach(db, ABILITIES[actor.role].organization[action], (name) => organizationPart(db, actor, name, one));
}

function programPart(db: Kysely<DB>, actor: Actor, name: ProgramReach): IdQuery {
  switch (name) {
    case "assignedPrograms":
      return assignedPrograms(db, actor.userId);
    case "ofReadablePartnerships": {
      const partnerships = partnershipScope(db, actor, "read");
      return db
        .selectFrom("partnerships")
        .select("partnerships.program_id as id")
        .$call((qb) => (partnerships ? qb.where("partnerships.id", "in", partnerships) : qb));
    }
  }
}

function programScope(db: Kysely<DB>, actor: Actor, action: ProgramAction): Scope {
  return fromReach(db, ABILITIES[actor.role].program[action], (name) => programPart(db, actor, name));
}

function membershipsIn(db: Kysely<DB>, partnerships: Scope): IdQuery {
  return db
    .selectFrom("memberships")
    .select("memberships.id as id")
    .$call((qb) => (partnerships ? qb.where("memberships.partnership_id", "in", partnerships) : qb));
}

/** `within`: only the memberships of this partnership, with the partnership's own scope narrowed to it. */
function membershipPart(db: Kysely<DB>, actor: Actor, name: MembershipReach, within?: string): IdQuery {
  const partnerships = (action: PartnershipAction): Scope =>
    within === undefined ? partnershipScope(db, actor, action) : rowScope(db, actor, "partnership", action, within);
  const query = (() => {
    switch (name) {
      case "ownOrganization":
        return actor.organizationId
          ? db.selectFrom("memberships").select("memberships.id as id").where("memberships.organization_id", "=", actor.organizationId)
          : noRows(db);
      case "inReadablePartnerships":
        return membershipsIn(db, partnerships("read"));
      case "inManageablePartnerships":
        return membershipsIn(db, partnerships("update"));
      case "ofOrganizationsCreatedByMe":
        return db
          .selectFrom("memberships")
          .innerJoin("organizations", "organizations.id", "memberships.organization_id")
          .select("memberships.id as id")
          .where("organizations.created_by", "=", actor.userId);
    }
  })();
  return within === undefined ? query : query.where("memberships.partnership_id", "=", within);
}

function membershipScope(db: Kysely<DB>, actor: Actor, action: MembershipAction): Scope {
  return fromReach(db, ABILITIES[actor.role].membership[action], (name) => membershipPart(db, actor, name));
}

/**
 * The memberships of one partnership the caller may act on: the members table's abilities and a
 * single membership's check. Narrowed to the partnership in every part, so it costs the same whatever
 * the size of the caller's portfolio.
 */
export function membershipsOfPartnership(db: Kysely<DB>, caller: Caller, action: MembershipAction, partnershipId: string): RowScope {
  if (isOperator(caller)) return null;
  const scope = fromReach(db, ABILITIES[caller.role].membership[action], (name) => membershipPart(db, caller, name, partnershipId));
  return scope as RowScope;
}

const BUILDERS: { [R in Resource]: (db: Kysely<DB>, actor: Actor, action: ActionOf[R]) => Scope } = {
  partnership: partnershipScope,
  organization: organizationScope,
  program: programScope,
  membership: membershipScope,
};

/** The rows of a resource the caller may act on: for lists, filtered by or flagged per row. */
export function scopeOf<R extends Resource>(db: Kysely<DB>, caller: Caller, resource: R, action: ActionOf[R]): Scope {
  if (isOperator(caller)) return null;
  return BUILDERS[resource](db, caller, action);
}

/**
 * The scope cut down to one id: what every single-row check uses. Checking one row against a whole
 * scope makes the database list every row the caller may reach (SQLite materializes an IN subquery;
 * PostgreSQL hashes one used in a CASE), so a page about one row slowed down as the portfolio grew.
 * With the id inside, both databases push it down into the subquery and look up that one row.
 */
export function rowScope<R extends Resource>(db: Kysely<DB>, caller: Caller, resource: R, action: ActionOf[R], id: string): RowScope {
  if (isOperator(caller)) return null;
  // An organization's scope goes through partnerships, which no database narrows by itself: it is built about the one organization.
  if (resource === "organization") return organizationScope(db, caller, action as OrganizationAction, id) as RowScope;
  return narrow(db, scopeOf(db, caller, resource, action), id);
}

/** A scope cut down to one id, which both databases push down into the subquery. */
function narrow(db: Kysely<DB>, scope: Scope, id: string): RowScope {
  return scope ? (db.selectFrom(scope.as("scoped")).select("scoped.id as id").where("scoped.id", "=", id) as IdQuery as RowScope) : null;
}

/**
 * 1 when the column's id is in the scope, else 0, so that a query can say for each row what the
 * caller may do with it without a second query per row.
 */
export function scopeFlag(column: string, scope: Scope): RawBuilder<number> {
  return scope ? sql<number>`case when ${sql.ref(column)} in ${scope} then 1 else 0 end` : sql<number>`1`;
}

/** What the caller may do regardless of any row; the operator may do everything. */
export function may(caller: Caller, ability: GlobalAbility): boolean {
  return isOperator(caller) || ABILITIES[caller.role].global[ability];
}

/** Whose audit trail the caller reads, each as a scope: partnerships (with their members and records) and organizations (with their contacts). */
export type AuditScopes = { partnerships: Scope; organizations: Scope; securityEvents: boolean };

/**
 * The audit trail the caller may read, from the table's audit reaches: a partnership reach, and the
 * organizations the caller may read. The operator reads everything.
 */
export function auditScopes(db: Kysely<DB>, caller: Caller): AuditScopes {
  if (isOperator(caller)) return { partnerships: null, organizations: null, securityEvents: true };
  const reaches = ABILITIES[caller.role].audit;
  return {
    partnerships: fromReach(db, reaches.partnerships, (name) => partnershipPart(db, caller, name)),
    organizations: auditOrganizations(db, caller, reaches.organizations),
    securityEvents: reaches.security === "all",
  };
}

function auditOrganizations(db: Kysely<DB>, actor: Actor, reach: Reach<"readable">): Scope {
  if (reach === "all" || reach === "none") return fromReach(db, reach, () => noRows(db));
  // "readable" is the one named reach: the organizations the caller may read (all of them, for staff).
  return organizationScope(db, actor, "read");
}

/** One partnership's trail, if the caller reads it: the audit reach narrowed to that partnership. */
export function auditPartnershipRow(db: Kysely<DB>, caller: Caller, partnershipId: string): RowScope {
  return narrow(db, auditScopes(db, caller).partnerships, partnershipId);
}
