// Rows made for one case only, placed on the own or foreign side of the world, so that a write in
// one case never changes what another case sees.
import { buildContact, buildMembership, buildOrganization, buildPartnership, buildProgram, buildUser } from "../../support/factories.js";
import type { Context } from "./matrix.js";

/**
 * A partnership seen from the own side just as the world's own partnership is: in the own program,
 * coordinated by the world's coordinator, led by the partner's organization.
 */
export async function throwawayPartnership({ db, world, side }: Context): Promise<string> {
  if (side === "own") {
    const partnership = await buildPartnership(db, {
      programId: world.programs.own.id,
      leadOrganizationId: world.organizations.ownMember.id,
    });
    await db
      .insertInto("partnership_coordinators")
      .values({ partnership_id: partnership.id, user_id: world.users.coordinator.id })
      .execute();
    return partnership.id;
  }
  const partnership = await buildPartnership(db, { programId: world.programs.foreign.id });
  return partnership.id;
}

export function worldPartnership({ world, side }: Context): string {
  return world.partnerships[side].id;
}

/** A new organization made a member of the world's own or foreign partnership. */
export async function throwawayMembership(context: Context): Promise<{ organizationId: string; membershipId: string }> {
  const organization = await buildOrganization(context.db);
  const membership = await buildMembership(context.db, worldPartnership(context), organization.id);
  return { organizationId: organization.id, membershipId: membership.id };
}

/** The member organization whose contacts the side's users work with. */
export function memberOrganization({ world, side }: Context): string {
  return side === "own" ? world.organizations.ownMember.id : world.organizations.foreignMember.id;
}

export async function throwawayContact(context: Context): Promise<string> {
  return (await buildContact(context.db, memberOrganization(context))).id;
}

/** An organization nothing refers to; own when the caller registered it. */
export async function unreferencedOrganization(context: Context, callerId: string): Promise<string> {
  return (await buildOrganization(context.db, { createdBy: context.side === "own" ? callerId : null })).id;
}

export async function throwawayProgram(context: Context): Promise<string> {
  return (await buildProgram(context.db)).id;
}

export async function throwawayUser(context: Context): Promise<string> {
  return (await buildUser(context.db, { role: "coordinator" })).id;
}

/** An organization in no partnership yet, visible to staff. */
export async function unusedOrganization(context: Context): Promise<string> {
  return (await buildOrganization(context.db)).id;
}
