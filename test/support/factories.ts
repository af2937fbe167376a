import type { Kysely } from "kysely";
import type { Role } from "../../src/domain/vocabulary.js";
import { nameKey } from "../../src/domain/registry/name-key.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { hashPassword } from "../../src/server/modules/auth/passwords.js";
import { createApiToken } from "../../src/server/modules/auth/service.js";

export const TEST_PASSWORD = "correct horse battery staple";
let passwordHash: Promise<string> | undefined;

let counter = 0;
function unique(label: string): string {
  counter += 1;
  return `${label} ${counter}`;
}

export async function buildProgram(db: Kysely<DB>, overrides: { code?: string; name?: string } = {}) {
  const id = newId();
  const at = now();
  const code = overrides.code ?? `P${++counter}`;
  await db
    .insertInto("programs")
    .values({ id, code, name: overrides.name ?? `Program ${code}`, description: null, created_at: at, updated_at: at })
    .execute();
  return { id, code };
}

export async function buildOrganization(
  db: Kysely<DB>,
  overrides: { name?: string; sector?: string; createdBy?: string | null; mandate?: boolean } = {},
) {
  const id = newId();
  const at = now();
  const name = overrides.name ?? unique("Organization");
  await db
    .insertInto("organizations")
    .values({
      id,
      name,
      name_key: nameKey(name),
      sector: overrides.sector ?? "social_services",
      government_level: "municipal",
      has_crime_prevention_mandate: overrides.mandate ? 1 : 0,
      website: null,
      notes: null,
      created_by: overrides.createdBy ?? null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, name };
}

export async function buildContact(db: Kysely<DB>, organizationId: string, overrides: { name?: string; email?: string } = {}) {
  const id = newId();
  const at = now();
  const name = overrides.name ?? unique("Contact");
  await db
    .insertInto("contacts")
    .values({
      id,
      organization_id: organizationId,
      name,
      title: null,
      email: overrides.email ?? null,
      phone: null,
      preferred_language: "en",
      verified_on: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id, name };
}

/** A partnership with its lead as a member, as everywhere else; creates its program and lead organization when none are given. */
export async function buildPartnership(
  db: Kysely<DB>,
  overrides: { programId?: string; leadOrganizationId?: string; name?: string; region?: string } = {},
) {
  const programId = overrides.programId ?? (await buildProgram(db)).id;
  const leadOrganizationId = overrides.leadOrganizationId ?? (await buildOrganization(db)).id;
  const id = newId();
  const at = now();
  const name = overrides.name ?? unique("Partnership");
  await db
    .insertInto("partnerships")
    .values({
      id,
      program_id: programId,
      name,
      name_key: nameKey(name),
      lead_organization_id: leadOrganizationId,
      region: overrides.region ?? "Ontario",
      priority_groups: JSON.stringify(["youth"]),
      focus_issues: JSON.stringify(["youth_violence"]),
      start_date: "2026-01-01",
      end_date: null,
      funding_end_date: null,
      status: "active",
      description: null,
      created_at: at,
      updated_at: at,
    })
    .execute();
  const leadMembership = await insertMembership(db, id, leadOrganizationId, { joinedOn: "2026-01-01", origin: null });
  return { id, name, programId, leadOrganizationId, leadMembershipId: leadMembership.id };
}

/** A confirmed membership, unless `confirmed: false` (one that awaits the organization's confirmation). */
export function buildMembership(db: Kysely<DB>, partnershipId: string, organizationId: string, overrides: { confirmed?: boolean } = {}) {
  return insertMembership(db, partnershipId, organizationId, { joinedOn: "2026-01-15", origin: "lead_approached", ...overrides });
}

async function insertMembership(
  db: Kysely<DB>,
  partnershipId: string,
  organizationId: string,
  fields: { joinedOn: string; origin: string | null; confirmed?: boolean },
) {
  const id = newId();
  const at = now();
  await db
    .insertInto("memberships")
    .values({
      id,
      partnership_id: partnershipId,
      organization_id: organizationId,
      joined_on: fields.joinedOn,
      left_on: null,
      representative_contact_id: null,
      origin: fields.origin,
      is_new_partner: 0,
      notes: null,
      confirmed_at: fields.confirmed === false ? null : at,
      created_at: at,
      updated_at: at,
    })
    .execute();
  return { id };
}

export async function buildUser(
  db: Kysely<DB>,
  overrides: { role?: Role; email?: string; organizationId?: string | null; programIds?: string[]; partnershipIds?: string[] } = {},
) {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const id = newId();
  const at = now();
  const email = overrides.email ?? `${unique("user").replace(" ", "")}@example.org`;
  await db
    .insertInto("users")
    .values({
      id,
      email,
      name: email,
      password_hash: await passwordHash,
      role: overrides.role ?? "admin",
      organization_id: overrides.organizationId ?? null,
      locale: "en",
      disabled: 0,
      created_at: at,
      updated_at: at,
    })
    .execute();
  for (const programId of overrides.programIds ?? [])
    await db.insertInto("user_programs").values({ user_id: id, program_id: programId }).execute();
  for (const partnershipId of overrides.partnershipIds ?? []) {
    await db.insertInto("partnership_coordinators").values({ user_id: id, partnership_id: partnershipId }).execute();
  }
  return { id, email };
}

/** A token for the user. Like every row a factory writes, it is given data: it leaves no event in the audit trail. */
export async function tokenFor(db: Kysely<DB>, userId: string): Promise<string> {
  const created = await createApiToken(db, userId, "test");
  await db.deleteFrom("audit_events").where("entity", "=", "api_token").where("entity_id", "=", created.id).execute();
  return created.token;
}

/**
 * Two programs, each with one partnership ("own" in program A, "foreign" in program B), and one user
 * of each role whose scope is the own side. Every row-level test asks: own works, foreign is unseen.
 */
export async function buildWorld(db: Kysely<DB>) {
  const programA = await buildProgram(db, { code: "CMP", name: "Community Mobilization Program" });
  const programB = await buildProgram(db, { code: "BAP", name: "Business Action Program" });
  const ownLead = await buildOrganization(db, { name: "Own Lead Agency", sector: "municipal_government" });
  const ownMember = await buildOrganization(db, { name: "Own Member School Board", sector: "schools" });
  const foreignLead = await buildOrganization(db, { name: "Foreign Lead Agency", sector: "municipal_government" });
  const foreignMember = await buildOrganization(db, { name: "Foreign Member Police", sector: "police", mandate: true });
  const own = await buildPartnership(db, { programId: programA.id, leadOrganizationId: ownLead.id, name: "Own Partnership" });
  const foreign = await buildPartnership(db, { programId: programB.id, leadOrganizationId: foreignLead.id, name: "Foreign Partnership" });
  const ownMembership = await buildMembership(db, own.id, ownMember.id);
  const foreignMembership = await buildMembership(db, foreign.id, foreignMember.id);
  const ownContact = await buildContact(db, ownMember.id, { name: "Own Contact", email: "own@example.org" });
  const foreignContact = await buildContact(db, foreignMember.id, { name: "Foreign Contact", email: "foreign@example.org" });

  const users = {
    admin: await buildUser(db, { role: "admin" }),
    programOfficer: await buildUser(db, { role: "program_officer", programIds: [programA.id] }),
    evaluator: await buildUser(db, { role: "evaluator", programIds: [programA.id] }),
    coordinator: await buildUser(db, { role: "coordinator", partnershipIds: [own.id] }),
    partner: await buildUser(db, { role: "partner", organizationId: ownMember.id }),
  };
  const tokens = {
    admin: await tokenFor(db, users.admin.id),
    programOfficer: await tokenFor(db, users.programOfficer.id),
    evaluator: await tokenFor(db, users.evaluator.id),
    coordinator: await tokenFor(db, users.coordinator.id),
    partner: await tokenFor(db, users.partner.id),
  };
  return {
    programs: { own: programA, foreign: programB },
    organizations: { ownLead, ownMember, foreignLead, foreignMember },
    partnerships: { own, foreign },
    memberships: { own: ownMembership, foreign: foreignMembership },
    contacts: { own: ownContact, foreign: foreignContact },
    users,
    tokens,
  };
}

export type World = Awaited<ReturnType<typeof buildWorld>>;
