// Rows the reminders read, made directly in the database: commitments, meetings, and a member's
// representative contact (with an email address and a language).
import type { Kysely } from "kysely";
import { nameKey } from "../../src/domain/registry/name-key.js";
import type { DB } from "../../src/server/db/schema.js";
import { newId, now } from "../../src/server/ids.js";
import { buildContact, buildMembership, buildOrganization } from "./factories.js";
import { buildMeeting as buildScheduledMeeting, type MeetingOverrides } from "./meetings-factories.js";
import { firstVersion } from "./stamps.js";

let counter = 0;

/** Makes a contact of the organization the membership's representative. */
export async function buildRepresentative(
  db: Kysely<DB>,
  membershipId: string,
  organizationId: string,
  overrides: { email?: string | null; language?: "en" | "fr"; name?: string } = {},
) {
  counter += 1;
  const email = overrides.email === undefined ? `representative${counter}@example.org` : overrides.email;
  const contact = await buildContact(db, organizationId, { name: overrides.name, ...(email === null ? {} : { email }) });
  if (overrides.language)
    await db.updateTable("contacts").set({ preferred_language: overrides.language }).where("id", "=", contact.id).execute();
  await db.updateTable("memberships").set({ representative_contact_id: contact.id }).where("id", "=", membershipId).execute();
  return { ...contact, email };
}

/** A new member organization of the partnership with its representative. */
export async function buildRepresentedMember(
  db: Kysely<DB>,
  partnershipId: string,
  overrides: { name?: string; email?: string | null; language?: "en" | "fr"; contactName?: string } = {},
) {
  const organization = await buildOrganization(db, { name: overrides.name });
  const membership = await buildMembership(db, partnershipId, organization.id);
  const contact = await buildRepresentative(db, membership.id, organization.id, {
    email: overrides.email,
    language: overrides.language,
    name: overrides.contactName,
  });
  return { organization, membership, contact };
}

export async function buildCommitment(
  db: Kysely<DB>,
  partnershipId: string,
  organizationId: string,
  overrides: { description?: string; pledgedOn?: string; dueOn?: string; status?: string; deliveredOn?: string | null } = {},
) {
  counter += 1;
  const id = newId();
  const at = now();
  const description = overrides.description ?? `Commitment ${counter}`;
  const dueOn = overrides.dueOn ?? "2026-12-31";
  const pledgedOn = overrides.pledgedOn ?? "2026-06-01";
  await db
    .insertInto("commitments")
    .values({
      id,
      partnership_id: partnershipId,
      organization_id: organizationId,
      description,
      description_key: nameKey(description),
      axis: "prevention",
      goal_id: null,
      objective_id: null,
      meeting_id: null,
      pledged_on: pledgedOn,
      due_on: dueOn,
      current_due_on: dueOn,
      status: overrides.status ?? "pledged",
      status_on: overrides.deliveredOn ?? pledgedOn,
      delivered_on: overrides.deliveredOn ?? null,
      withdrawn_on: null,
      first_slipped_on: null,
      evidence: null,
      evidence_url: null,
      ...firstVersion(at),
    })
    .execute();
  return { id, description };
}

/** A meeting two days from the reminders' test day, two hours long. */
export function buildMeeting(db: Kysely<DB>, partnershipId: string, overrides: MeetingOverrides = {}) {
  const startsAt = overrides.startsAt ?? "2026-12-03T18:00:00.000Z";
  return buildScheduledMeeting(db, partnershipId, {
    location: "City hall",
    endsAt: new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString(),
    ...overrides,
    startsAt,
  });
}
